// An admin's invitation reaches the invited person: a mail in Finnish and Swedish with the sign-in
// page's address and what they may do, written with the account (both or neither), over real SMTP.
// An organiser always has at least one region; re-inviting an existing address updates its regions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { auditLog, mailOutbox, organiserRegions, users } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { changeOrganiser, inviteAsAdmin } from '@/lib/auth/organisers';
import { organiserChangeSchema, organiserInviteSchema } from '@/lib/auth/organiser-schema';
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
afterAll(async () => {
  await sink.stop();
});

describe('inviting an organiser', () => {
  it('mails the invited person, in Finnish and Swedish, where to sign in and with which rights', async () => {
    const r = await inviteAsAdmin(admin, {
      email: 'ydinryhma.tays@pirkanmaa.example',
      name: 'Tiina Tampere',
      role: 'organiser',
      regions: ['TAYS', 'KYS'],
    });
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

  it('re-inviting an existing address updates its regions (audit-logged), creates no second account and sends no mail', async () => {
    const before = (await db().select().from(mailOutbox)).length;
    const again = await inviteAsAdmin(admin, {
      email: 'ydinryhma.tays@pirkanmaa.example',
      name: null,
      role: 'organiser',
      regions: ['TAYS', 'OYS'],
    });
    expect(again).toMatchObject({ ok: true, value: { created: false, changed: true } });
    expect((await db().select().from(mailOutbox)).length).toBe(before);
    const rows = await db()
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(users.email, 'ydinryhma.tays@pirkanmaa.example'));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe('Tiina Tampere');
    const regions = (
      await db()
        .select({ c: organiserRegions.regionCode })
        .from(organiserRegions)
        .where(eq(organiserRegions.userId, rows[0].id))
    )
      .map((r) => r.c)
      .sort();
    expect(regions).toEqual(['OYS', 'TAYS']);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `user:${rows[0].id}`));
    expect(audit.map((a) => a.action)).toEqual(['organiser.invite', 'organiser.invite']);
    expect(audit[1].summary).toMatchObject({
      before: { regions: ['KYS', 'TAYS'] },
      after: { email: 'ydinryhma.tays@pirkanmaa.example', role: 'organiser', regions: ['OYS', 'TAYS'] },
    });
  });

  it('refuses an organiser without regions: a translated field error, nothing saved, no mail', async () => {
    const form = { email: 'ei.aluetta@example.fi', name: '', role: 'organiser', regions: [] };
    const parsed = organiserInviteSchema.safeParse(form);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ['regions'],
      message: 'organisers.validation.regionsRequired',
    });
    expect(organiserChangeSchema.safeParse({ ...form, email: undefined }).success).toBe(false);
    // An admin needs no regions.
    expect(organiserInviteSchema.safeParse({ ...form, role: 'admin' }).success).toBe(true);

    const mails = (await db().select().from(mailOutbox)).length;
    const audits = (await db().select().from(auditLog)).length;
    // The domain function holds the rule too (the form is not the only caller).
    expect(
      await inviteAsAdmin(admin, { email: 'ei.aluetta@example.fi', name: null, role: 'organiser', regions: [] }),
    ).toEqual({ ok: false, error: 'organisers.errors.regionsRequired' });
    expect(await db().select().from(users).where(eq(users.email, 'ei.aluetta@example.fi'))).toHaveLength(0);
    const [existing] = await db()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'ydinryhma.tays@pirkanmaa.example'));
    expect(await changeOrganiser(admin, existing.id, { role: 'organiser', regions: [], name: null })).toEqual({
      ok: false,
      error: 'organisers.errors.regionsRequired',
    });
    expect(
      await inviteAsAdmin(admin, {
        email: 'ydinryhma.tays@pirkanmaa.example',
        name: null,
        role: 'organiser',
        regions: [],
      }),
    ).toEqual({ ok: false, error: 'organisers.errors.regionsRequired' });
    expect((await db().select().from(organiserRegions).where(eq(organiserRegions.userId, existing.id))).length).toBe(2);
    expect((await db().select().from(mailOutbox)).length).toBe(mails);
    expect((await db().select().from(auditLog)).length).toBe(audits);
  });

  it('an admin cannot demote themselves by re-inviting their own address', async () => {
    expect(
      await inviteAsAdmin(admin, { email: admin.email, name: null, role: 'organiser', regions: ['TAYS'] }),
    ).toEqual({ ok: false, error: 'organisers.errors.self' });
  });
});
