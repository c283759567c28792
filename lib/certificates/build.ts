// Attendance certificates for trainings (continuing education). A person marked attended — checked
// in or marked present on site, or joined the stream — gets a PDF in their language once the
// training is over: from their manage page, or by mail when an organiser sends them in bulk
// (through the outbox; the worker renders the PDF when it sends). The certificate gets its number
// the first time it is issued; anonymisation removes it with the registration's personal data.
// No `server-only`: the separate mail worker process (npm run worker) renders certificates too.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { accessTokens, certificates, events, registrations, trainingSeries } from '@/db/schema';
import { localized } from '@/lib/i18n/messages';
import { hashToken } from '@/lib/registrations/tokens';
import { formatDate, formatShortDate, helsinkiDate } from '@/lib/time';
import { isAnonymisedEmail } from '@/lib/retention/anonymise';
import { renderCertificatePdf, type CertificateData } from './pdf';
import { mailTranslator } from '@/emails/messages';
import { certificateTexts } from './texts';
import { cityName } from '@/lib/reference';
import type { Locale } from '@/lib/i18n/routing';

export type CertificateError =
  'certificate.notFound' | 'certificate.notTraining' | 'certificate.notOver' | 'certificate.notAttended';
export type CertificateResult<T> = { ok: true; value: T } | { ok: false; error: CertificateError };

type Reg = { status: string; attendedOnsite: boolean | null; remoteJoinedAt: Date | null; email: string };

/** Attended: marked present on site (a check-in marks it) or joined the stream; never a cancelled or waiting one. */
export function hasAttended(r: Reg): boolean {
  return (
    r.status === 'confirmed' && !isAnonymisedEmail(r.email) && (r.attendedOnsite === true || r.remoteJoinedAt !== null)
  );
}

export const attendedSql = sql`${registrations.status} = 'confirmed' and (${registrations.attendedOnsite} = true or ${registrations.remoteJoinedAt} is not null)`;

/** Why this registration has no certificate, or null when it has one. */
export function certificateBlocker(
  e: { kind: string; endsAt: Date },
  r: Reg,
  now = new Date(),
): CertificateError | null {
  if (e.kind !== 'training') return 'certificate.notTraining';
  if (now < e.endsAt) return 'certificate.notOver';
  if (!hasAttended(r)) return 'certificate.notAttended';
  return null;
}

/** Hours of the training day, to the half hour (6, 6.5); the PDF writes them in the reader's language. */
export function trainingHours(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 1800_000) / 2;
}

async function load(registrationId: number) {
  const [row] = await db()
    .select({ reg: registrations, event: events, series: trainingSeries })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(trainingSeries, eq(trainingSeries.id, events.seriesId))
    .where(eq(registrations.id, registrationId));
  return row;
}

export type CertificateFile = { pdf: Buffer; filename: string; number: string; locale: Locale; title: string };

type EventRow = typeof events.$inferSelect;
type SeriesRow = typeof trainingSeries.$inferSelect;

/** What a certificate of this training says, for a person of this name, language and attendance. */
async function certificateFile(
  event: EventRow,
  series: SeriesRow | null,
  person: { locale: Locale; name: string; mode: 'onsite' | 'remote'; number: string },
  now: Date,
): Promise<CertificateFile> {
  const { locale, number } = person;
  const sessionTitle = localized(locale, event.titleFi, event.titleSv);
  const course = series ? localized(locale, series.titleFi, series.titleSv) : sessionTitle;
  const data: CertificateData = {
    locale,
    name: person.name,
    course,
    session: series ? sessionTitle : null,
    date: formatDate(event.startsAt, locale),
    hours: trainingHours(event.startsAt, event.endsAt),
    mode: person.mode,
    place: [event.venueName, await cityName(event.city, locale)].filter(Boolean).join(', ') || null,
    trainers: series?.trainers || null,
    organiser: [series?.project, certificateTexts(locale).organiserNetwork].filter(Boolean).join(' / '),
    number,
    issued: formatShortDate(now, locale),
  };
  const pdf = await renderCertificatePdf(data);
  const base = mailTranslator(locale)('certificate.filename');
  return { pdf, filename: `${base}-${event.slug}.pdf`, number, locale, title: course };
}

/** The PDF for one registration (issuing its number the first time), or why there is none. */
export async function buildCertificate(
  registrationId: number,
  now = new Date(),
): Promise<CertificateResult<CertificateFile>> {
  const row = await load(registrationId);
  if (!row) return { ok: false, error: 'certificate.notFound' };
  const { reg, event, series } = row;
  const blocked = certificateBlocker(event, reg, now);
  if (blocked) return { ok: false, error: blocked };
  await db().insert(certificates).values({ registrationId }).onConflictDoNothing();
  const [cert] = await db().select().from(certificates).where(eq(certificates.registrationId, registrationId));
  const year = helsinkiDate(cert.issuedAt).year;
  const file = await certificateFile(
    event,
    series,
    {
      locale: reg.language,
      name: `${reg.firstName} ${reg.lastName}`.trim(),
      mode: reg.remoteJoinedAt && reg.attendedOnsite !== true ? 'remote' : 'onsite',
      number: `KOK-${year}-${String(cert.id).padStart(5, '0')}`,
    },
    now,
  );
  return { ok: true, value: file };
}

/** The number a sample certificate carries instead of a real one: no certificate is issued. */
export const SAMPLE_CERTIFICATE_NUMBER = 'KOK-TEST-00000';

/**
 * A sample certificate of a training for the organiser's preview and test mail: the name given (the
 * organiser's), a sample number, nothing issued or stored. The caller has checked the organiser's
 * scope (lib/certificates/preview.ts); the worker builds it again when it sends the test mail.
 */
export async function buildSampleCertificate(
  eventId: number,
  name: string,
  locale: Locale,
  now = new Date(),
): Promise<CertificateResult<CertificateFile>> {
  const [row] = await db()
    .select({ event: events, series: trainingSeries })
    .from(events)
    .leftJoin(trainingSeries, eq(trainingSeries.id, events.seriesId))
    .where(eq(events.id, eventId));
  if (!row) return { ok: false, error: 'certificate.notFound' };
  if (row.event.kind !== 'training') return { ok: false, error: 'certificate.notTraining' };
  const file = await certificateFile(
    row.event,
    row.series,
    { locale, name, mode: 'onsite', number: SAMPLE_CERTIFICATE_NUMBER },
    now,
  );
  return { ok: true, value: { ...file, filename: file.filename.replace(/\.pdf$/, '-test.pdf') } };
}

/** The manage link's registration id (the token is the only authority on the participant side). */
export async function registrationForManageToken(token: string): Promise<number | null> {
  const [row] = await db()
    .select({ id: accessTokens.registrationId })
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.tokenHash, hashToken(token)),
        eq(accessTokens.purpose, 'manage'),
        isNull(accessTokens.revokedAt),
      ),
    );
  return row?.id ?? null;
}

/** Marks a certificate mailed (called by the worker once the mail is out). */
export async function markCertificateMailed(registrationId: number, now = new Date()): Promise<void> {
  await db().update(certificates).set({ mailedAt: now }).where(eq(certificates.registrationId, registrationId));
}
