import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries } from '../support/factories';
import { person } from '../support/registrations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { certificates, mailOutbox, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { buildCertificate, sendCertificates } from '@/lib/certificates';
import { drainOutbox } from '@/lib/mail/worker';
import { smtpTransport } from '@/lib/mail/transports';
import { helsinkiTime } from '@/lib/time';
import { GET as certificateRoute } from '@/app/[locale]/registrations/[token]/certificate/route';

useTestDatabase();

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

async function organiser(email: string, regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role: 'organiser', regions });
  return { id, email, name: null, role: 'organiser', regions };
}

const pdfText = async (pdf: Buffer | Uint8Array) =>
  (await extractText(new Uint8Array(pdf), { mergePages: true })).text.replace(/\s+/g, ' ');

async function signUp(slug: string, o: Parameters<typeof person>[0] = {}) {
  const r = await registerParticipant(slug, person(o));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('attendance certificates', () => {
  it('gives attendees of a finished training a PDF in their language with name, course, date, hours and organiser', async () => {
    const series = await createSeries('tuvet-todistus');
    await db()
      .execute(sql`update training_series set title_fi = 'Lapsen osallisuus ja oikeudet', title_sv = 'Barnets delaktighet och rättigheter',
      trainers = 'Kaisa Nieminen ja Åke Öhman' where id = ${series.id}`);
    const training = await createEvent({
      kind: 'training',
      seriesId: series.id,
      scope: 'region',
      regionCode: 'TYKS',
      titleFi: 'Osallisuus – Turku',
      titleSv: 'Delaktighet – Åbo',
      venueName: 'ICT-talo',
      city: 'Turku',
    });
    const aino = await signUp(training.slug, { firstName: 'Äänekäs', lastName: 'Öljynen' });
    const sara = await signUp(training.slug, { firstName: 'Sara', lastName: 'Åberg', language: 'sv' });
    const absent = await signUp(training.slug);
    await db()
      .update(registrations)
      .set({ attendedOnsite: true, checkedInAt: new Date() })
      .where(eq(registrations.id, aino.registrationId));
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.id, sara.registrationId));

    expect(await buildCertificate(aino.registrationId)).toEqual({ ok: false, error: 'certificate.notOver' });
    // The training was on Wed 3 April 2024, 9.00–15.30 Helsinki time.
    await db().execute(sql`update events set starts_at = ${helsinkiTime(2024, 4, 3, 9, 0).toISOString()}::timestamptz,
      ends_at = ${helsinkiTime(2024, 4, 3, 15, 30).toISOString()}::timestamptz where id = ${training.id}`);

    const fi = await buildCertificate(aino.registrationId);
    if (!fi.ok) throw new Error(fi.error);
    const text = await pdfText(fi.value.pdf);
    expect(text).toContain('Osallistumistodistus');
    expect(text).toContain('Äänekäs Öljynen');
    expect(text).toContain('Lapsen osallisuus ja oikeudet');
    expect(text).toContain('Osallisuus – Turku');
    expect(text).toContain('ke 3.4.2024');
    expect(text).toContain('6,5 tuntia');
    expect(text).toContain('TUVET / VIP-verkosto');
    expect(text).toContain('Kaisa Nieminen ja Åke Öhman');
    expect(text).toContain(fi.value.number);
    // The same number every time.
    const again = await buildCertificate(aino.registrationId);
    expect(again.ok && again.value.number).toBe(fi.value.number);

    const sv = await buildCertificate(sara.registrationId);
    if (!sv.ok) throw new Error(sv.error);
    const svText = await pdfText(sv.value.pdf);
    expect(svText).toContain('Deltagarintyg');
    expect(svText).toContain('Sara Åberg');
    expect(svText).toContain('Barnets delaktighet och rättigheter');
    expect(svText).toContain('ons 3.4.2024');
    expect(svText).toContain('6,5 timmar');
    expect(svText).toContain('VIP-nätverket');

    expect(await buildCertificate(absent.registrationId)).toEqual({ ok: false, error: 'certificate.notAttended' });
    const day = await createEvent({ startsAt: new Date(Date.now() + 86400_000) });
    const other = await signUp(day.slug);
    await db().execute(
      sql`update events set starts_at = now() - interval '8 hours', ends_at = now() - interval '2 hours' where id = ${day.id}`,
    );
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.id, other.registrationId));
    expect(await buildCertificate(other.registrationId)).toEqual({ ok: false, error: 'certificate.notTraining' });

    // The manage page's download: the manage token is the authority; anything else is a 404.
    const get = (token: string) =>
      certificateRoute(new NextRequest(`http://localhost/fi/registrations/${token}/certificate`), {
        params: Promise.resolve({ locale: 'fi', token }),
      });
    const res = await get(aino.manageToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(new Uint8Array(await res.arrayBuffer()))).toContain('Äänekäs Öljynen');
    expect((await get(absent.manageToken)).status).toBe(404);
    expect((await get('x'.repeat(43))).status).toBe(404);
  });

  it('lets an organiser in scope mail them in bulk, each once, with the PDF attached', async () => {
    const tyks = await organiser('tyks.cert@kokoon.example', ['TYKS']);
    const kys = await organiser('kys.cert@kokoon.example', ['KYS']);
    const training = await createEvent({
      kind: 'training',
      scope: 'region',
      regionCode: 'TYKS',
      titleFi: 'Koulutuspäivä',
      titleSv: 'Utbildningsdag',
    });
    const a = await signUp(training.slug, { firstName: 'Iida', lastName: 'Läsnä' });
    const b = await signUp(training.slug, {
      firstName: 'Björn',
      lastName: 'Närvarande',
      language: 'sv',
      attendance: 'onsite',
    });
    await signUp(training.slug, { firstName: 'Eino', lastName: 'Poissa' });
    expect(await sendCertificates(tyks, training.id)).toEqual({ ok: false, error: 'certificate.notOver' });
    await db().execute(
      sql`update events set starts_at = now() - interval '8 hours', ends_at = now() - interval '2 hours' where id = ${training.id}`,
    );
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.id, a.registrationId));
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.id, b.registrationId));
    await db().delete(mailOutbox);

    expect(await sendCertificates(kys, training.id)).toEqual({ ok: false, error: 'certificate.notFound' });
    expect(await sendCertificates(tyks, training.id)).toEqual({ ok: true, value: { queued: 2, already: 0 } });
    expect(await sendCertificates(tyks, training.id)).toEqual({ ok: true, value: { queued: 0, already: 2 } });
    // A sign-in link asked for after the bulk sending still goes out first.
    await db()
      .insert(mailOutbox)
      .values({
        kind: 'signin',
        toEmail: 'tyks.cert@kokoon.example',
        locale: 'fi',
        idempotencyKey: 'signin-behind-bulk',
        payload: { kind: 'signin', locale: 'fi', url: 'http://localhost/fi/signin/confirm?token=x' },
      });
    const before = sink.mails.length;
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 3, failed: 0 });
    const all = await sink.waitFor(before + 3);
    expect(all[before].subject).toBe('Kirjautumislinkki Kokooniin');
    const mails = all.slice(before + 1);
    const sv = mails.find((m) => m.subject === 'Deltagarintyg: Utbildningsdag')!;
    const fi = mails.find((m) => m.subject === 'Osallistumistodistus: Koulutuspäivä')!;
    for (const [mail, name] of [
      [fi, 'Iida Läsnä'],
      [sv, 'Björn Närvarande'],
    ] as const) {
      const pdf = mail.parsed.attachments.find((x) => x.contentType === 'application/pdf');
      expect(pdf, mail.subject).toBeTruthy();
      expect(await pdfText(pdf!.content)).toContain(name);
    }
    expect(fi.text).toContain('Liitteenä on osallistumistodistuksesi');
    const rows = (await db().select().from(certificates)).filter((c) =>
      [a.registrationId, b.registrationId].includes(c.registrationId),
    );
    expect(rows.map((c) => c.mailedAt !== null)).toEqual([true, true]);
    // Even once the sent mails are swept from the outbox, nobody gets a second one.
    await db().delete(mailOutbox);
    expect(await sendCertificates(tyks, training.id)).toEqual({ ok: true, value: { queued: 0, already: 2 } });
  });
});
