// An admin's invitation reaches the invited person: a mail in Finnish and Swedish with the sign-in
// page's address and what they may do, written with the account (both or neither), over real SMTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { mailOutbox, users } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { inviteAsAdmin } from '@/lib/auth/organisers';
import type { Organiser } from '@/lib/auth/guards';
import { smtpTransport } from '@/lib/mail/transports';
import { drainOutbox } from '@/lib/mail/worker';

useTestDatabase();
process.env.APP_URL = 'https://kokoon.example';

let sink: SmtpSink;
let admin: Organiser;
beforeAll(async () => {
  sink = await startSmtpSink();
  const id = await inviteOrganiser(db(), { email: 'paakayttaja@oph.example', role: 'admin', regions: [] });
  admin = { id, email: 'paakayttaja@oph.example', name: null, role: 'admin', regions: [] };
});
afterAll(async () => { await sink.stop(); });

describe('inviting an organiser', () => {
  it('mails the invited person, in Finnish and Swedish, where to sign in and with which rights', async () => {
    const r = await inviteAsAdmin(admin, { email: 'ydinryhma.tays@pirkanmaa.example', name: 'Tiina Tampere', role: 'organiser', regions: ['TAYS', 'KYS'] });
    expect(r.ok).toBe(true);
    const start = sink.mails.length;
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 1, failed: 0 });
    const [mail] = (await sink.waitFor(start + 1)).slice(start);
    expect(mail.to).toBe('ydinryhma.tays@pirkanmaa.example');
    expect(mail.subject).toBe('Kutsu Kokoonin järjestäjäksi / Inbjudan att arrangera evenemang i Kokoon');
    expect(mail.text).toContain('https://kokoon.example/fi/signin');
    expect(mail.text).toContain('https://kokoon.example/sv/signin');
    expect(mail.text).toContain('järjestäjä, alueet TAYS, KYS');
    expect(mail.text).toContain('arrangör, områdena TAYS, KYS');
    // The invitation is no sign-in link: nothing in it signs anyone in.
    expect(mail.text).not.toMatch(/signin\/confirm|token=/);
  });

  it('sends nothing when the address already has an account', async () => {
    const before = (await db().select().from(mailOutbox)).length;
    const again = await inviteAsAdmin(admin, { email: 'ydinryhma.tays@pirkanmaa.example', name: null, role: 'organiser', regions: ['TAYS'] });
    expect(again).toEqual({ ok: false, error: 'organisers.errors.exists' });
    expect((await db().select().from(mailOutbox)).length).toBe(before);
    expect(await db().select({ id: users.id }).from(users).where(eq(users.email, 'ydinryhma.tays@pirkanmaa.example'))).toHaveLength(1);
  });
});
