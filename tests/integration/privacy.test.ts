import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { findInDatabase } from '../support/scan';
import { db } from '@/db/client';
import { auditLog, dataRequests, mailOutbox, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { emailForDataLink, requestDataLink } from '@/lib/privacy/requests';
import { collectPersonalData, erasePersonalData, personRef } from '@/lib/privacy/data';
import { adminEmail, adminErase, adminExport, adminLookup } from '@/lib/privacy/admin';
import { POST as publicDownloadPOST } from '@/app/[locale]/my-data/[token]/download/route';
import { renderOutgoing } from '@/lib/mail/worker';

useTestDatabase();

const stats = async (eventId: number) =>
  db().execute(sql`select sector_code, municipality_code, attendance, count(*)::int as n
  from registrations where event_id = ${eventId} group by 1, 2, 3 order by 1, 2, 3`);

async function signUp(slug: string, o: Parameters<typeof person>[0]) {
  const r = await registerParticipant(slug, person(o));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('GDPR self-service', () => {
  it('mails a verified link only for a known address, answers the same for any address, and rate-limits', async () => {
    const event = await createEvent();
    await signUp(event.slug, { email: 'Tiina.Tunnettu@Kunta.example' });
    await db().delete(mailOutbox);

    expect(await requestDataLink('tuntematon@kunta.example', 'fi', '198.51.100.1')).toEqual({ ok: true });
    expect(await db().select().from(mailOutbox)).toHaveLength(0);
    expect(await requestDataLink('  tiina.tunnettu@kunta.example ', 'sv', '198.51.100.1')).toEqual({ ok: true });
    const [mail] = await db().select().from(mailOutbox);
    expect(mail).toMatchObject({ kind: 'data_access', toEmail: 'tiina.tunnettu@kunta.example', locale: 'sv' });
    const rendered = await renderOutgoing(mail);
    expect(rendered.subject).toBe('Dina uppgifter i tjänsten Kokoon');
    const token = /\/sv\/my-data\/([A-Za-z0-9_-]{43})/.exec(rendered.text)![1];
    expect(rendered.text).toContain('30 minuter');
    // Only the hash is stored; the link works for 30 minutes.
    expect(JSON.stringify(await db().select().from(dataRequests))).not.toContain(token);
    expect(await emailForDataLink(token)).toBe('tiina.tunnettu@kunta.example');
    expect(await emailForDataLink(token, new Date(Date.now() + 31 * 60_000))).toBeNull();
    expect(await emailForDataLink('B'.repeat(43))).toBeNull();

    // Per address: a second request in the same minute passes, a third does not (nor from elsewhere).
    expect((await requestDataLink('tiina.tunnettu@kunta.example', 'fi', '198.51.100.2')).ok).toBe(true);
    expect(await requestDataLink('tiina.tunnettu@kunta.example', 'fi', '198.51.100.3')).toMatchObject({
      ok: false,
      error: 'rateLimited',
    });
    // Per client: five a minute, known or not.
    for (let i = 0; i < 5; i++)
      expect((await requestDataLink(`muu${i}@kunta.example`, 'fi', '203.0.113.9')).ok).toBe(true);
    expect((await requestDataLink('muu9@kunta.example', 'fi', '203.0.113.9')).ok).toBe(false);
    expect(JSON.stringify(await db().execute(sql`select key from rate_limits`))).not.toContain('tiina');
  });

  it('shows everything about the address and erases it keeping the statistics; the waiting list moves up', async () => {
    const past = await createEvent({ startsAt: new Date(Date.now() + 86400_000) });
    const upcoming = await createEvent({ capacityOnsite: 1 });
    const email = 'sirkku.salainen@kunta.example';
    await signUp(past.slug, {
      email,
      firstName: 'Sirkku',
      lastName: 'Salainen',
      organisation: 'Salaisen koulu',
      municipality: '837',
      sector: 'health',
      role: 'Kuraattori',
    });
    const mine = await signUp(upcoming.slug, {
      email: email.toUpperCase(),
      firstName: 'Sirkku',
      lastName: 'Salainen',
      organisation: 'Salaisen koulu',
      diet: 'vegaani',
    });
    const next = await signUp(upcoming.slug, { firstName: 'Jonna', lastName: 'Jonossa' });
    expect(next.status).toBe('waitlisted');
    await db().execute(
      sql`update events set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' where id = ${past.id}`,
    );
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.eventId, past.id));
    const before = [await stats(past.id), await stats(upcoming.id)];

    const data = await collectPersonalData(email);
    expect(data.registrations).toHaveLength(2);
    expect(data.registrations[0]).toMatchObject({
      firstName: 'Sirkku',
      lastName: 'Salainen',
      organisation: 'Salaisen koulu',
      role: 'Kuraattori',
      attendedOnsite: true,
    });
    expect(data.registrations[1]).toMatchObject({ diet: 'vegaani', status: 'confirmed' });
    expect(data.mails.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(data)).not.toContain('Jonna');

    const report = await erasePersonalData(email);
    expect(report).toEqual({ cancelled: 1, anonymised: 2, organiserAccount: false });
    expect(
      await findInDatabase(['Sirkku', 'Salainen', 'sirkku.salainen', 'Salaisen koulu', 'Kuraattori', 'vegaani']),
    ).toEqual([]);
    const [promoted] = await db().select().from(registrations).where(eq(registrations.id, next.registrationId));
    expect(promoted.status).toBe('confirmed');
    const [cancelled] = await db().select().from(registrations).where(eq(registrations.id, mine.registrationId));
    expect(cancelled.status).toBe('cancelled');
    expect([await stats(past.id), await stats(upcoming.id)]).toEqual(before);
    expect((await collectPersonalData(email)).registrations).toHaveLength(0);
  });

  it('lets only an admin do the same on request, audited without the address', async () => {
    const admin = await inviteOrganiser(db(), { email: 'paakayttaja.gdpr@kokoon.example', role: 'admin', regions: [] });
    const a: Organiser = {
      id: admin,
      email: 'paakayttaja.gdpr@kokoon.example',
      name: null,
      role: 'admin',
      regions: [],
    };
    const organiser: Organiser = {
      id: await inviteOrganiser(db(), { email: 'hyks.gdpr@kokoon.example', role: 'organiser', regions: ['HYKS'] }),
      email: 'hyks.gdpr@kokoon.example',
      name: null,
      role: 'organiser',
      regions: ['HYKS'],
    };
    const event = await createEvent();
    const email = 'pyytaja@kunta.example';
    await signUp(event.slug, { email, firstName: 'Pirjo', lastName: 'Pyytäjä' });

    expect(await adminLookup(organiser, email)).toBeNull();
    const ref = await adminLookup(a, email);
    expect(ref).toBeTruthy();
    expect(await adminExport(organiser, ref!)).toBeNull();
    expect((await adminExport(a, ref!))!.registrations[0].lastName).toBe('Pyytäjä');
    expect(await adminErase(a, ref!)).toMatchObject({ anonymised: 1, cancelled: 1 });
    const log = await db().select().from(auditLog);
    expect(log.map((l) => l.action)).toEqual(['gdpr.lookup', 'gdpr.export', 'gdpr.erase']);
    expect(new Set(log.map((l) => l.target))).toEqual(new Set([personRef(email)]));
    expect(JSON.stringify(log)).not.toContain('pyytaja');
    expect(await findInDatabase(['Pyytäjä', 'pyytaja@'])).toEqual([]);
  });

  it("keeps an admin's lookup reference in the workspace: it never opens the public page or its download, nor a person's link the workspace", async () => {
    const admin: Organiser = {
      id: await inviteOrganiser(db(), { email: 'paakayttaja.ref@kokoon.example', role: 'admin', regions: [] }),
      email: 'paakayttaja.ref@kokoon.example',
      name: null,
      role: 'admin',
      regions: [],
    };
    const event = await createEvent();
    const email = 'viite.vain@kunta.example';
    await signUp(event.slug, { email, firstName: 'Veera', lastName: 'Viitattu' });
    const ref = (await adminLookup(admin, email))!;
    expect(await adminEmail(admin, ref)).toBe(email);

    // The public page, its erase action and its download all read the address through emailForDataLink.
    expect(await emailForDataLink(ref)).toBeNull();
    const download = (token: string, locale = 'fi') =>
      publicDownloadPOST(new NextRequest(`http://localhost/${locale}/my-data/${token}/download`, { method: 'POST' }), {
        params: Promise.resolve({ locale, token }),
      });
    for (const locale of ['fi', 'sv']) {
      const res = await download(ref, locale);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Viitattu');
    }

    // And the other way round: a person's e-mailed link is not a workspace reference.
    await db().delete(mailOutbox);
    await requestDataLink(email, 'fi', '198.51.100.77');
    const [mail] = await db().select().from(mailOutbox);
    const token = /\/fi\/my-data\/([A-Za-z0-9_-]{43})/.exec((await renderOutgoing(mail)).text)![1];
    expect(await emailForDataLink(token)).toBe(email);
    expect((await download(token)).status).toBe(200);
    expect(await adminEmail(admin, token)).toBeNull();
    expect(await adminExport(admin, token)).toBeNull();
    // Only the lookup was audited: the refused attempts read nothing.
    expect(
      (await db().select().from(auditLog)).filter((l) => l.target === personRef(email)).map((l) => l.action),
    ).toEqual(['gdpr.lookup']);
  });
});
