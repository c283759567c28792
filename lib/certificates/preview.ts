import 'server-only';
// Before an organiser sends a training's certificates: the certificate mail as it will go out, in
// Finnish and Swedish, how many of each language would get it now (attended, not anonymised, not
// mailed before: exactly whom sendCertificates queues), a sample PDF with the organiser's name, and
// "send a test to me" (lib/mail/test-send.ts) whose link opens no real registration.
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, trainingSeries } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { publicBaseUrl } from '@/lib/config';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { CertificateMailPayload } from '@/emails/followup';
import { previewInBothLanguages, previewName, type LanguageCounts, type MailPreview } from '@/lib/mail/preview';
import { queueTestMail, type TestMailResult } from '@/lib/mail/test-send';
import { ANONYMISED_EMAIL_DOMAIN } from '@/lib/retention/anonymise';
import { attendedSql, buildSampleCertificate, type CertificateFile, type CertificateResult } from './build';

async function trainingInScope(o: Organiser, eventId: number) {
  const event = await findEventInScope(o, eventId, { columns: ['id', 'kind', 'titleFi', 'titleSv', 'seriesId'] });
  if (!event) return { ok: false as const, error: 'certificate.notFound' as const };
  if (event.kind !== 'training') return { ok: false as const, error: 'certificate.notTraining' as const };
  const [series] = event.seriesId
    ? await db()
        .select({ titleFi: trainingSeries.titleFi, titleSv: trainingSeries.titleSv })
        .from(trainingSeries)
        .where(eq(trainingSeries.id, event.seriesId))
    : [];
  const title = (l: Locale) =>
    series ? localized(l, series.titleFi, series.titleSv) : localized(l, event.titleFi, event.titleSv);
  return { ok: true as const, value: { id: event.id, title } };
}

/** Who the bulk sending would reach now, by the language they chose; and how many got it already. */
async function recipientCounts(eventId: number): Promise<{ counts: LanguageCounts; already: number }> {
  const mailed = sql`exists (select 1 from certificates c where c.registration_id = ${registrations.id} and c.mailed_at is not null)`;
  const [row] = await db()
    .select({
      fi: sql<number>`count(*) filter (where not ${mailed} and ${registrations.language} = 'fi')::int`,
      sv: sql<number>`count(*) filter (where not ${mailed} and ${registrations.language} = 'sv')::int`,
      already: sql<number>`count(*) filter (where ${mailed})::int`,
    })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        attendedSql,
        sql`${registrations.email} not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}`,
      ),
    );
  return { counts: { fi: row.fi, sv: row.sv }, already: row.already };
}

function payload(o: Organiser, eventId: number, title: string, l: Locale, test: boolean): CertificateMailPayload {
  const name = previewName(o, l);
  return {
    kind: 'certificate',
    locale: l,
    firstName: name,
    title,
    registrationId: 0,
    // A link that opens no registration: the page says the link is not valid.
    manageUrl: `${publicBaseUrl()}/${l}/registrations/test`,
    ...(test ? { test: { eventId, name } } : {}),
  };
}

export type CertificatePreview = { counts: LanguageCounts; already: number; mails: MailPreview };

export async function certificatePreview(
  o: Organiser,
  eventId: number,
): Promise<CertificateResult<CertificatePreview>> {
  const event = await trainingInScope(o, eventId);
  if (!event.ok) return event;
  const [{ counts, already }, mails] = await Promise.all([
    recipientCounts(event.value.id),
    previewInBothLanguages('certificate', (l) => payload(o, event.value.id, event.value.title(l), l, false)),
  ]);
  return { ok: true, value: { counts, already, mails } };
}

/** A sample PDF of this training's certificate with the organiser's name; nothing is issued. */
export async function sampleCertificate(
  o: Organiser,
  eventId: number,
  locale: Locale,
  now = new Date(),
): Promise<CertificateResult<CertificateFile>> {
  const event = await trainingInScope(o, eventId);
  if (!event.ok) return event;
  return buildSampleCertificate(event.value.id, previewName(o, locale), locale, now);
}

/** The certificate mail, with a sample PDF, to the signed-in organiser only. */
export async function sendTestCertificate(
  o: Organiser,
  eventId: number,
  locale: Locale,
  now = new Date(),
): Promise<CertificateResult<{ to: string }> | Exclude<TestMailResult, { ok: true }>> {
  const event = await trainingInScope(o, eventId);
  if (!event.ok) return event;
  return queueTestMail(
    o,
    { eventId: event.value.id, kind: 'certificate', language: locale },
    { payload: payload(o, event.value.id, event.value.title(locale), locale, true) },
    now,
  );
}
