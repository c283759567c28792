import 'server-only';
// Everything Kokoon holds about one e-mail address, and its erasure (GDPR articles 15, 17 and 20).
// Used by the self-service (after the person proved the address through an e-mailed link) and by
// admins on request (audited). Erasure cancels the person's live registrations of upcoming events
// (the place goes to the next in line, as if they had cancelled), then anonymises every
// registration with the rule of the retention job (lib/retention/anonymise), so the statistics stay.
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { db } from '@/db/client';
import {
  certificates,
  dataRequests,
  devMailbox,
  events,
  mailOutbox,
  organiserRegions,
  registrations,
  surveyAnswers,
  surveyInvitations,
  surveyQuestions,
  surveyResponses,
  surveys,
  users,
  registrationAnswers,
  workshopPicks,
  programmeSlots,
  programmeWorkshops,
  registrationQuestions,
  waitlistOffers,
  eventInvitations,
} from '@/db/schema';
import { answerText } from '@/lib/questions/answers';
import { anonymiseRegistrations, ANONYMISED_EMAIL_DOMAIN } from '@/lib/retention/anonymise';
import { cancelLockedRegistration, withRegistrationLocked } from '@/lib/registrations/service';
import { audienceOf, NO_AUDIENCE, type AudienceAnswers } from '@/lib/audience/store';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A stable reference to an address for the audit log, which must not keep the address itself. */
export function personRef(email: string): string {
  return `person:${createHash('sha256').update(normaliseEmail(email)).digest('hex').slice(0, 16)}`;
}

const sameEmail = (email: string) => sql`lower(btrim(${registrations.email})) = ${normaliseEmail(email)}`;
const sameInvited = (email: string) => sql`lower(trim(${eventInvitations.email})) = ${normaliseEmail(email)}`;

export type PersonalData = {
  email: string;
  generatedAt: string;
  registrations: {
    id: number;
    event: { slug: string; title: string; start: string; end: string };
    status: string;
    attendance: string;
    firstName: string;
    lastName: string;
    organisation: string;
    municipality: string | null;
    sector: string | null;
    role: string | null;
    diet: string | null;
    accessNeeds: string | null;
    language: string;
    consent: boolean;
    registeredAt: string;
    cancelledAt: string | null;
    checkedInAt: string | null;
    attendedOnsite: boolean | null;
    remoteJoinedAt: string | null;
    /** Role category, organisation type and education levels as list codes; VIPU contact person yes/no. */
    audience: AudienceAnswers;
  }[];
  surveyInvitations: { event: string; sentAt: string; answered: boolean }[];
  /** Invitation lists of invited events (lib/invitations) the address is on. */
  eventInvitations: { event: string; language: string; invitedAt: string }[];
  /** Answers to the events' own registration questions (lib/questions), in Finnish. */
  registrationAnswers: { event: string; question: string; answer: string }[];
  /** Workshop picks of the events' programmes (lib/programme), in Finnish. */
  workshops: { event: string; slot: string; workshop: string; checkedInAt: string | null }[];
  /** Places offered from a waiting list (lib/registrations/offers.ts): when, until when, and the outcome. */
  waitlistOffers: { event: string; state: string; offeredAt: string; expiresAt: string; decidedAt: string | null }[];
  surveyAnswersWithName: {
    event: string;
    submittedOn: string;
    answers: { question: string; answer: string | number }[];
  }[];
  certificates: { event: string; issuedAt: string; mailedAt: string | null }[];
  mails: { kind: string; status: string; createdAt: string; sentAt: string | null }[];
  organiserAccount: { name: string | null; role: string; regions: string[]; invitedAt: string } | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Is there anything about this address (an organiser account, or a registration not yet anonymised)? */
export async function isKnownAddress(email: string): Promise<boolean> {
  const e = normaliseEmail(email);
  if (e.endsWith(`@${ANONYMISED_EMAIL_DOMAIN}`)) return false;
  const [r] = await db().select({ id: registrations.id }).from(registrations).where(sameEmail(e)).limit(1);
  if (r) return true;
  const [u] = await db().select({ id: users.id }).from(users).where(eq(users.email, e)).limit(1);
  if (u) return true;
  const [i] = await db().select({ id: eventInvitations.id }).from(eventInvitations).where(sameInvited(e)).limit(1);
  return !!i;
}

export async function collectPersonalData(email: string, now = new Date()): Promise<PersonalData> {
  const e = normaliseEmail(email);
  const regs = await db()
    .select({ reg: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(sameEmail(e))
    .orderBy(asc(events.startsAt));
  const ids = regs.map((r) => r.reg.id);
  const [invitations, named, certs, mails, [account]] = await Promise.all([
    ids.length
      ? db()
          .select({
            slug: events.slug,
            createdAt: surveyInvitations.createdAt,
            answeredAt: surveyInvitations.answeredAt,
          })
          .from(surveyInvitations)
          .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
          .innerJoin(events, eq(events.id, surveys.eventId))
          .where(inArray(surveyInvitations.registrationId, ids))
      : [],
    ids.length
      ? db()
          .select({ id: surveyResponses.id, on: surveyResponses.submittedOn, slug: events.slug })
          .from(surveyResponses)
          .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
          .innerJoin(events, eq(events.id, surveys.eventId))
          .where(inArray(surveyResponses.namedRegistrationId, ids))
      : [],
    ids.length
      ? db()
          .select({ slug: events.slug, issuedAt: certificates.issuedAt, mailedAt: certificates.mailedAt })
          .from(certificates)
          .innerJoin(registrations, eq(registrations.id, certificates.registrationId))
          .innerJoin(events, eq(events.id, registrations.eventId))
          .where(inArray(certificates.registrationId, ids))
      : [],
    db()
      .select({
        kind: mailOutbox.kind,
        status: mailOutbox.status,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
      })
      .from(mailOutbox)
      .where(sql`lower(${mailOutbox.toEmail}) = ${e}`)
      .orderBy(asc(mailOutbox.id)),
    db().select().from(users).where(eq(users.email, e)),
  ]);
  const answers = named.length
    ? await db()
        .select({ responseId: surveyAnswers.responseId, q: surveyQuestions, a: surveyAnswers })
        .from(surveyAnswers)
        .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
        .where(
          inArray(
            surveyAnswers.responseId,
            named.map((n) => n.id),
          ),
        )
    : [];
  const ownAnswers = ids.length
    ? await db()
        .select({
          registrationId: registrationAnswers.registrationId,
          value: registrationAnswers.value,
          q: registrationQuestions,
        })
        .from(registrationAnswers)
        .innerJoin(registrationQuestions, eq(registrationQuestions.id, registrationAnswers.questionId))
        .where(inArray(registrationAnswers.registrationId, ids))
        .orderBy(
          asc(registrationAnswers.registrationId),
          asc(sql`${registrationQuestions.seriesId} is not null`), // the event's own questions, then its series'
          asc(registrationQuestions.position),
        )
    : [];
  const audience = await audienceOf(regs.map(({ reg }) => reg.id));
  const picks = ids.length
    ? await db()
        .select({
          registrationId: workshopPicks.registrationId,
          slot: programmeSlots.titleFi,
          workshop: programmeWorkshops.titleFi,
          checkedInAt: workshopPicks.checkedInAt,
        })
        .from(workshopPicks)
        .innerJoin(programmeSlots, eq(programmeSlots.id, workshopPicks.slotId))
        .innerJoin(programmeWorkshops, eq(programmeWorkshops.id, workshopPicks.workshopId))
        .where(inArray(workshopPicks.registrationId, ids))
        .orderBy(asc(workshopPicks.registrationId), asc(programmeSlots.startsAt))
    : [];
  const offers = ids.length
    ? await db()
        .select()
        .from(waitlistOffers)
        .where(inArray(waitlistOffers.registrationId, ids))
        .orderBy(asc(waitlistOffers.id))
    : [];
  const invited = await db()
    .select({ slug: events.slug, language: eventInvitations.language, invitedAt: eventInvitations.invitedAt })
    .from(eventInvitations)
    .innerJoin(events, eq(events.id, eventInvitations.eventId))
    .where(sameInvited(e))
    .orderBy(asc(eventInvitations.invitedAt));
  const regions = account
    ? (await db().select().from(organiserRegions).where(eq(organiserRegions.userId, account.id))).map(
        (r) => r.regionCode,
      )
    : [];
  return {
    email: e,
    generatedAt: now.toISOString(),
    registrations: regs.map(({ reg: r, event: ev }) => ({
      id: r.id,
      event: { slug: ev.slug, title: ev.titleFi, start: ev.startsAt.toISOString(), end: ev.endsAt.toISOString() },
      status: r.status,
      attendance: r.attendance,
      firstName: r.firstName,
      lastName: r.lastName,
      organisation: r.organisation,
      municipality: r.municipalityCode,
      sector: r.sectorCode,
      role: r.role,
      diet: r.diet,
      accessNeeds: r.accessNeeds,
      language: r.language,
      consent: r.consent,
      registeredAt: r.createdAt.toISOString(),
      cancelledAt: iso(r.cancelledAt),
      checkedInAt: iso(r.checkedInAt),
      attendedOnsite: r.attendedOnsite,
      remoteJoinedAt: iso(r.remoteJoinedAt),
      audience: audience.get(r.id) ?? NO_AUDIENCE,
    })),
    registrationAnswers: ownAnswers.map((a) => ({
      event: regs.find((r) => r.reg.id === a.registrationId)!.event.slug,
      question: a.q.labelFi,
      answer: answerText(a.q, a.value, 'fi'),
    })),
    workshops: picks.map((p) => ({
      event: regs.find((r) => r.reg.id === p.registrationId)!.event.slug,
      slot: p.slot,
      workshop: p.workshop,
      checkedInAt: iso(p.checkedInAt),
    })),
    waitlistOffers: offers.map((o) => ({
      event: regs.find((r) => r.reg.id === o.registrationId)!.event.slug,
      state: o.state,
      offeredAt: o.offeredAt.toISOString(),
      expiresAt: o.expiresAt.toISOString(),
      decidedAt: iso(o.decidedAt),
    })),
    surveyInvitations: invitations.map((i) => ({
      event: i.slug,
      sentAt: i.createdAt.toISOString(),
      answered: !!i.answeredAt,
    })),
    eventInvitations: invited.map((i) => ({
      event: i.slug,
      language: i.language,
      invitedAt: i.invitedAt.toISOString(),
    })),
    surveyAnswersWithName: named.map((n) => ({
      event: n.slug,
      submittedOn: n.on,
      answers: answers
        .filter((a) => a.responseId === n.id)
        .map(({ q, a }) => ({
          question: q.textFi,
          answer:
            q.kind === 'scale'
              ? a.scale!
              : q.kind === 'choice'
                ? (q.optionsFi[a.choice!] ?? String(a.choice))
                : (a.text ?? ''),
        })),
    })),
    certificates: certs.map((c) => ({ event: c.slug, issuedAt: c.issuedAt.toISOString(), mailedAt: iso(c.mailedAt) })),
    mails: mails.map((m) => ({
      kind: m.kind,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
      sentAt: iso(m.sentAt),
    })),
    organiserAccount: account
      ? { name: account.name, role: account.role, regions, invitedAt: account.invitedAt.toISOString() }
      : null,
  };
}

export type ErasureReport = { cancelled: number; anonymised: number; organiserAccount: boolean };

export async function erasePersonalData(email: string, now = new Date()): Promise<ErasureReport> {
  const e = normaliseEmail(email);
  const live = await db()
    .select({ id: registrations.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(sameEmail(e), sql`${registrations.status} <> 'cancelled'`, sql`${events.endsAt} > ${now.toISOString()}`),
    );
  let cancelled = 0;
  for (const { id } of live) {
    // The same path as the person's own cancel button: the waiting list moves up in the same transaction.
    const r = await withRegistrationLocked(id, undefined, (tx, reg, event) =>
      cancelLockedRegistration(tx, reg, event, now),
    );
    if (r.ok) cancelled++;
  }
  const anonymised = await db().transaction(async (tx) => {
    const ids = (await tx.select({ id: registrations.id }).from(registrations).where(sameEmail(e))).map((r) => r.id);
    const n = await anonymiseRegistrations(tx, ids, now);
    // The person's workshop picks go too (a cancelled registration holds no seat anyway).
    if (ids.length) await tx.delete(workshopPicks).where(inArray(workshopPicks.registrationId, ids));
    // And their waiting-list offers (an open one was withdrawn and passed on by the cancellation above).
    if (ids.length) await tx.delete(waitlistOffers).where(inArray(waitlistOffers.registrationId, ids));
    // Mails to the address that belong to no registration (e.g. this very data-access link).
    await tx.delete(mailOutbox).where(sql`lower(${mailOutbox.toEmail}) = ${e}`);
    await tx.delete(devMailbox).where(sql`lower(${devMailbox.toEmail}) = ${e}`);
    await tx.delete(dataRequests).where(eq(dataRequests.email, e));
    // Invitation lists: the address goes, and with it its personal sign-up links.
    await tx.delete(eventInvitations).where(sameInvited(e));
    return n;
  });
  const [account] = await db().select({ id: users.id }).from(users).where(eq(users.email, e));
  return { cancelled, anonymised, organiserAccount: !!account };
}

/** The verified link's address, while it is valid. */
export async function emailForDataToken(tokenHash: string, now = new Date()): Promise<string | null> {
  const [row] = await db()
    .select({ email: dataRequests.email, expiresAt: dataRequests.expiresAt })
    .from(dataRequests)
    .where(eq(dataRequests.tokenHash, tokenHash));
  return row && row.expiresAt > now ? row.email : null;
}

/** Expired links are useless: dropped now and then (the retention job does it too). */
export async function sweepDataRequests(now = new Date()): Promise<void> {
  await db().delete(dataRequests).where(lt(dataRequests.expiresAt, now));
}
