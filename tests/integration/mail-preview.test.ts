// Issue 16: before certificates or the feedback survey go out, the organiser sees the mail in both
// languages, how many of each language would get it, and can send a test to themselves only —
// rate-limited per organiser, audited, with links that open no real data and a sample PDF.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent, createSeries } from '../support/factories';
import { db } from '@/db/client';
import { auditLog, certificates, mailOutbox, registrations, surveyInvitations, surveys } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { certificatePreview, sampleCertificate, sendTestCertificate } from '@/lib/certificates/preview';
import { surveyPreview, sendTestSurvey } from '@/lib/surveys/preview';
import { sendTestMessage } from '@/lib/messages/service';
import { TEST_MAILS_PER_MINUTE } from '@/lib/mail/test-send';
import { renderOutgoing } from '@/lib/mail/worker';
import { randomUUID } from 'node:crypto';

useTestDatabase();

const DAY = 86400_000;
let hyks: Organiser;
let tays: Organiser;

async function organiser(email: string, regions: string[], name: string | null): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role: 'organiser', regions });
  return { id, email, name, role: 'organiser', regions };
}

const pdfText = async (pdf: Uint8Array) =>
  (await extractText(new Uint8Array(pdf), { mergePages: true })).text.replace(/\s+/g, ' ');

/** A finished HYKS training: 3 + 1 attended (fi, sv) still to mail, 1 mailed, and people who get nothing. */
async function training() {
  const series = await createSeries(`preview-${randomUUID().slice(0, 8)}`);
  await db().execute(
    sql`update training_series set title_fi = 'Lapsen osallisuus', title_sv = 'Barnets delaktighet' where id = ${series.id}`,
  );
  const event = await createEvent({
    kind: 'training',
    seriesId: series.id,
    scope: 'region',
    regionCode: 'HYKS',
    startsAt: new Date(Date.now() - 2 * DAY),
  });
  await addRegistrations(event.id, 3, { attendedOnsite: true, language: 'fi' });
  await addRegistrations(event.id, 1, { remoteJoinedAt: new Date(), attendance: 'remote', language: 'sv' });
  await addRegistrations(event.id, 1, { language: 'sv' }); // registered, did not come
  await addRegistrations(event.id, 1, { status: 'waitlisted', attendedOnsite: true, language: 'fi' });
  await addRegistrations(event.id, 1, { attendedOnsite: true, email: 'x.1@anonymised.invalid', language: 'fi' });
  await addRegistrations(event.id, 1, { attendedOnsite: true, language: 'sv', lastName: 'Mailed' });
  const [mailed] = await db()
    .select()
    .from(registrations)
    .where(sql`${registrations.eventId} = ${event.id} and ${registrations.lastName} = 'Mailed'`);
  await db().insert(certificates).values({ registrationId: mailed.id, mailedAt: new Date() });
  return event;
}

const testMails = () =>
  db()
    .select()
    .from(mailOutbox)
    .where(sql`${mailOutbox.registrationId} is null`);

beforeAll(async () => {
  hyks = await organiser('hyks@preview.example', ['HYKS'], 'Helmi Hyks');
  tays = await organiser('tays@preview.example', ['TAYS'], null);
});

describe('certificate preview', () => {
  it('counts who would get the certificate now per language and shows the mail in Finnish and Swedish', async () => {
    const event = await training();
    const r = await certificatePreview(hyks, event.id);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.counts).toEqual({ fi: 3, sv: 1 });
    expect(r.value.already).toBe(1);
    expect(r.value.mails.fi.subject).toBe('Osallistumistodistus: Lapsen osallisuus');
    expect(r.value.mails.sv.subject).toBe('Deltagarintyg: Barnets delaktighet');
    expect(r.value.mails.sv.text).toContain('Barnets delaktighet');
    expect(r.value.mails.fi.text).toContain('Hei Helmi Hyks,');
    // A preview is not a sending: nothing queued, nothing issued.
    expect(await testMails()).toEqual([]);
    expect(await db().select().from(certificates)).toHaveLength(1);
  });

  it('sends a test only to the signed-in organiser, marked as a test, with a sample PDF in their name and a link to nothing', async () => {
    const event = await training();
    const before = (await db().select().from(mailOutbox)).length;
    const r = await sendTestCertificate(hyks, event.id, 'sv');
    expect(r).toEqual({ ok: true, value: { to: 'hyks@preview.example' } });
    const all = await db().select().from(mailOutbox);
    expect(all).toHaveLength(before + 1); // nobody else gets anything
    const [mail] = all.filter((m) => m.registrationId === null);
    expect(mail).toMatchObject({ toEmail: 'hyks@preview.example', locale: 'sv', kind: 'certificate' });
    const out = await renderOutgoing(mail);
    expect(out.to).toBe('hyks@preview.example');
    expect(out.subject).toMatch(/^\[TEST\] .*Barnets delaktighet$/);
    expect(out.text).toContain('testmeddelande');
    expect(out.text).toContain('/sv/registrations/test');
    expect(out.attachments).toHaveLength(1);
    const text = await pdfText(out.attachments![0].content as Uint8Array);
    expect(text).toContain('Helmi Hyks');
    expect(text).toContain('KOK-TEST-00000');
    expect(text).toContain('Barnets delaktighet');
    // No certificate was issued for anyone, and the test is in the audit log.
    expect(await db().select().from(certificates)).toHaveLength(2);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'mail.test'));
    expect(audit.at(-1)).toMatchObject({
      actorEmail: 'hyks@preview.example',
      target: `event:${event.id}`,
      summary: { eventId: event.id, kind: 'certificate', language: 'sv' },
    });
  });

  it('gives a sample PDF with a sample name when the organiser has none, and refuses other regions', async () => {
    const event = await training();
    const sample = await sampleCertificate({ ...hyks, name: null }, event.id, 'fi');
    if (!sample.ok) throw new Error(sample.error);
    const text = await pdfText(sample.value.pdf);
    expect(text).toContain('Mervi Malli');
    expect(text).toContain('koulutukseen Lapsen'); // (the PDF text extractor drops some o's)
    expect(sample.value.filename).toMatch(/-test\.pdf$/);
    const mails = (await db().select().from(mailOutbox)).length;
    const audits = (await db().select().from(auditLog)).length;
    expect(await certificatePreview(tays, event.id)).toEqual({ ok: false, error: 'certificate.notFound' });
    expect(await sampleCertificate(tays, event.id, 'fi')).toEqual({ ok: false, error: 'certificate.notFound' });
    expect(await sendTestCertificate(tays, event.id, 'fi')).toEqual({ ok: false, error: 'certificate.notFound' });
    expect((await db().select().from(mailOutbox)).length).toBe(mails);
    expect((await db().select().from(auditLog)).length).toBe(audits);
    // Not a training: no certificates.
    const day = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect(await certificatePreview(hyks, day.id)).toEqual({ ok: false, error: 'certificate.notTraining' });
  });
});

describe('feedback survey preview', () => {
  async function withSurvey() {
    const event = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'Verkostopäivä',
      titleSv: 'Nätverksdag',
      startsAt: new Date(Date.now() - DAY),
    });
    const [survey] = await db().insert(surveys).values({ eventId: event.id }).returning();
    await addRegistrations(event.id, 2, { attendedOnsite: true, language: 'fi' });
    await addRegistrations(event.id, 2, { attendedOnsite: true, language: 'sv' });
    await addRegistrations(event.id, 1, { language: 'fi' }); // did not come
    const [first] = await db()
      .select()
      .from(registrations)
      .where(sql`${registrations.eventId} = ${event.id} and ${registrations.language} = 'sv'`)
      .limit(1);
    await db()
      .insert(surveyInvitations)
      .values({ surveyId: survey.id, registrationId: first.id, tokenHash: randomUUID(), locale: 'sv' });
    return { event, survey };
  }

  it('counts who would be invited now per language, and a test goes to the organiser with a link that opens no survey', async () => {
    const { event, survey } = await withSurvey();
    const r = await surveyPreview(hyks, event.id);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.counts).toEqual({ fi: 2, sv: 1 });
    expect(r.value.already).toBe(1);
    expect(r.value.mails.fi.subject).toBe('Anna palautetta: Verkostopäivä');
    expect(r.value.mails.sv.text).toContain('Nätverksdag');

    const before = await testMails();
    expect(await sendTestSurvey(hyks, event.id, 'fi')).toEqual({ ok: true, value: { to: 'hyks@preview.example' } });
    const [mail] = (await testMails()).filter((m) => !before.some((b) => b.id === m.id));
    const out = await renderOutgoing(mail);
    expect(out.to).toBe('hyks@preview.example');
    expect(out.subject).toBe('[TESTI] Anna palautetta: Verkostopäivä');
    expect(out.text).toContain('/fi/feedback/test');
    expect(out.text).toContain('testiviesti');
    // Nobody was invited by the test.
    expect(await db().select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id))).toHaveLength(
      1,
    );
    expect((await db().select().from(surveys).where(eq(surveys.id, survey.id)))[0].invitedCount).toBe(0);
  });

  it('says so when the event has no survey, and refuses other regions', async () => {
    const plain = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect(await surveyPreview(hyks, plain.id)).toEqual({ ok: false, error: 'mailPreview.errors.noSurvey' });
    const { event } = await withSurvey();
    expect(await surveyPreview(tays, event.id)).toEqual({ ok: false, error: 'mailPreview.errors.notFound' });
    expect(await sendTestSurvey(tays, event.id, 'sv')).toEqual({ ok: false, error: 'mailPreview.errors.notFound' });
  });
});

describe('test sends are rate-limited per organiser', () => {
  it(`allows ${TEST_MAILS_PER_MINUTE} a minute across certificates, surveys and messages, then refuses with the wait`, async () => {
    const o = await organiser('busy@preview.example', ['HYKS'], 'Kiireinen');
    const other = await organiser('calm@preview.example', ['HYKS'], null);
    const event = await training();
    const now = new Date('2026-12-02T10:00:15Z');
    for (let i = 0; i < TEST_MAILS_PER_MINUTE; i++)
      expect(await sendTestCertificate(o, event.id, 'fi', now)).toMatchObject({ ok: true });
    const mine = () => db().select().from(mailOutbox).where(eq(mailOutbox.toEmail, o.email));
    expect(await mine()).toHaveLength(TEST_MAILS_PER_MINUTE);
    expect(await sendTestCertificate(o, event.id, 'sv', now)).toEqual({
      ok: false,
      error: 'mailPreview.errors.rateLimited',
      params: { seconds: 45 },
    });
    // The message form's test counts against the same limit (one shared "send a test to me").
    const message = {
      audience: 'registrants' as const,
      subjectFi: 'Testi',
      bodyFi: 'Teksti',
      subjectSv: null,
      bodySv: null,
      formKey: randomUUID(),
      testLanguage: 'fi' as const,
    };
    expect(await sendTestMessage(o, event.id, message, now)).toMatchObject({ error: 'mailPreview.errors.rateLimited' });
    expect(await mine()).toHaveLength(TEST_MAILS_PER_MINUTE);
    // Another organiser is not held up, and the next minute the first may test again.
    expect(await sendTestCertificate(other, event.id, 'fi', now)).toMatchObject({ ok: true });
    expect(await sendTestCertificate(o, event.id, 'fi', new Date('2026-12-02T10:01:01Z'))).toMatchObject({ ok: true });
  });

  it("audits the message form's test too", async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const r = await sendTestMessage(hyks, event.id, {
      audience: 'registrants',
      subjectFi: 'Ennakkotehtävä',
      bodyFi: 'Tuokaa palvelukartta.',
      subjectSv: null,
      bodySv: null,
      formKey: randomUUID(),
      testLanguage: 'fi',
    });
    expect(r).toMatchObject({ ok: true });
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'mail.test'));
    expect(audit.at(-1)).toMatchObject({ summary: { eventId: event.id, kind: 'message', language: 'fi' } });
  });
});
