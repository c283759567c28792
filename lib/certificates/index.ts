import 'server-only';
// The organiser's side of attendance certificates: sending them in bulk (see ./build.ts for the rules).
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { certificates, registrations, trainingSeries } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { localized } from '@/lib/i18n/messages';
import { issueManageUrl } from '@/lib/registrations/service';
import { attendedSql, type CertificateResult } from './build';
import { completePayload, enqueue } from '@/lib/mail/outbox';

export * from './build';

/**
 * An organiser sends the certificates of a training they manage to everyone marked attended, each
 * at most once (idempotency key `certificate:<registration id>`). Returns how many were queued now
 * and how many had been sent before.
 */
export async function sendCertificates(
  o: Organiser,
  id: number,
  now = new Date(),
): Promise<CertificateResult<{ queued: number; already: number }>> {
  const event = await findEventInScope(o, id);
  if (!event) return { ok: false, error: 'certificate.notFound' };
  if (event.kind !== 'training') return { ok: false, error: 'certificate.notTraining' };
  if (now < event.endsAt) return { ok: false, error: 'certificate.notOver' };
  const [series] = event.seriesId
    ? await db().select().from(trainingSeries).where(eq(trainingSeries.id, event.seriesId))
    : [];
  const attended = await db()
    .select()
    .from(registrations)
    .where(
      and(eq(registrations.eventId, id), attendedSql, sql`${registrations.email} not like '%@anonymised.invalid'`),
    );
  // Mailed once is enough, even after the sent mail itself has been swept from the outbox.
  const mailed = new Set(
    (
      await db()
        .select({ id: certificates.registrationId })
        .from(certificates)
        .innerJoin(registrations, eq(registrations.id, certificates.registrationId))
        .where(and(eq(registrations.eventId, id), sql`${certificates.mailedAt} is not null`))
    ).map((c) => c.id),
  );
  return db().transaction(async (tx) => {
    let queued = 0;
    for (const r of attended.filter((a) => !mailed.has(a.id))) {
      const title = series
        ? localized(r.language, series.titleFi, series.titleSv)
        : localized(r.language, event.titleFi, event.titleSv);
      const payload = {
        kind: 'certificate',
        locale: r.language,
        firstName: r.firstName,
        title,
        registrationId: r.id,
      } as const;
      const id = await enqueue(tx, {
        toEmail: r.email,
        locale: r.language,
        registrationId: r.id,
        payload,
        key: `certificate:${r.id}`,
      });
      if (id === null) continue; // already queued
      // The mail says the certificate can also be downloaded from the registration page: link to it
      // (a manage link is issued only for a mail that goes).
      await completePayload(tx, id, { ...payload, manageUrl: await issueManageUrl(tx, r.id, r.language) });
      queued += 1;
    }
    await writeAudit(tx, o, 'certificates.send', `event:${id}`, { eventId: id, queued, attended: attended.length });
    return { ok: true, value: { queued, already: attended.length - queued } } as const;
  });
}
