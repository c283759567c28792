import 'server-only';
// Registrations: sign-up, waiting list, cancellation and changes. Every change that affects places
// runs in one transaction that first locks the event row, so counting and inserting cannot
// interleave (no overbooking under any concurrency) and the mail goes to the outbox in the same
// transaction (no registration without its mail, no mail without its registration). The rules
// themselves — capacity, duplicates, the waiting list — are the database's (kokoon_register and
// kokoon_seats_left, migration 0013_house_register_rules); this module asks, it does not count.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { db, sqlClient, type Tx } from '@/db/client';
import { randomUUID } from 'node:crypto';
import { accessTokens, events, registrations, waitlistOffers } from '@/db/schema';
import { getReferenceData, withLocalCity } from '@/lib/reference';
import { computeAvailability, modesOf, registrationClosesAt, type Mode } from '@/lib/events/availability';
import { composeRegistrationMail, manageUrl, type MailEventRow } from '@/lib/mail/compose';
import { enqueue } from '@/lib/mail/outbox';
import type { MailKind } from '@/emails/render';
import { looksLikeSlug } from '@/lib/events/slug';
import { hitRateLimit, rateLimitWindow } from '@/lib/rate-limit';
import { hashToken, newToken } from './tokens';
import { hasRoom, seatsLeftIn } from './availability';
import type { DetailsInput, RegistrationInput } from './schema';
import type { Locale } from '@/lib/i18n/routing';
import type postgres from 'postgres';
import { checkSignUpAnswers, dropAnswersNotAskedOf } from '@/lib/questions/answers';
import { checkPicks, workshopField } from '@/lib/programme/pick-rules';
import {
  invitationSlots,
  registrationInvitationSlots,
  signUpPickRules,
  signUpProgramme,
  workshopFullValues,
} from '@/lib/programme/programme';
import { audienceFieldErrors } from '@/lib/audience/lists';
import { withAudience } from '@/lib/audience/store';
import { invitationRefusal } from '@/lib/invitations/check';
import { offerDeadline } from './offer-rules';
import { picksWithoutRoom } from '@/lib/programme/mode-switch';

export type RegistrationError =
  | 'registration.notFound'
  | 'registration.notOpen'
  | 'registration.closed'
  | 'registration.eventCancelled'
  | 'registration.full'
  | 'registration.modeFull'
  | 'registration.duplicate'
  | 'registration.spam'
  | 'registration.invalid'
  | 'registration.rateLimited'
  | 'registration.workshopFull'
  | 'registration.notInvited'
  | 'registration.elsewhere';

export type FieldErrors = Partial<Record<string, string>>;
export type Result<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: RegistrationError;
      fields?: FieldErrors;
      value?: T;
      retryAfterSeconds?: number;
      /** Values of the error's message (and its fields' messages): a full workshop's name and the others with room. */
      values?: Record<string, string>;
    };

export type RegistrationOutcome = {
  registrationId: number;
  status: 'confirmed' | 'waitlisted';
  position?: number;
  manageToken: string;
};

export type EventRow = MailEventRow & {
  capacityOnsite: number | null;
  capacityRemote: number | null;
  waitlistEnabled: boolean;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  visibility: 'public' | 'unlisted' | 'invited';
  /** How a freed place is given: at once, or as an offer (lib/registrations/offers.ts). */
  freedPlaces: 'at_once' | 'offer';
  offerHours: number;
  registrationUrl: string | null;
};

const eventColumns = {
  id: events.id,
  slug: events.slug,
  titleFi: events.titleFi,
  titleSv: events.titleSv,
  format: events.format,
  venueName: events.venueName,
  venueAddress: events.venueAddress,
  city: events.city,
  startsAt: events.startsAt,
  venueNameSv: events.venueNameSv,
  venueAddressSv: events.venueAddressSv,
  contactNameSv: events.contactNameSv,
  endsAt: events.endsAt,
  contactName: events.contactName,
  contactEmail: events.contactEmail,
  sequence: events.sequence,
  status: events.status,
  capacityOnsite: events.capacityOnsite,
  capacityRemote: events.capacityRemote,
  waitlistEnabled: events.waitlistEnabled,
  registrationOpensAt: events.registrationOpensAt,
  registrationClosesAt: events.registrationClosesAt,
  visibility: events.visibility,
  freedPlaces: events.freedPlaces,
  offerHours: events.offerHours,
  registrationUrl: events.registrationUrl,
};

/** Lock the event row for the rest of the transaction: all place changes of one event queue here. */
async function lockEvent(tx: Tx, where: ReturnType<typeof eq>): Promise<EventRow | undefined> {
  const [row] = await tx.select(eventColumns).from(events).where(where).for('update');
  return row as EventRow | undefined;
}

/** 1-based place in the waiting list of the registration's mode (arrival order). */
export async function waitlistPosition(
  tx: Tx | ReturnType<typeof db>,
  registrationId: number,
): Promise<number | undefined> {
  const rows = await tx.execute<{ pos: number }>(sql`
    select count(*)::int as pos from ${registrations} r, ${registrations} me
    where me.id = ${registrationId} and me.status = 'waitlisted'
      and r.event_id = me.event_id and r.attendance = me.attendance and r.status = 'waitlisted'
      and (r.waitlisted_at, r.id) <= (me.waitlisted_at, me.id)`);
  const pos = rows[0]?.pos;
  return pos ? pos : undefined;
}

/** Live manage links a registration keeps; a new one revokes the oldest beyond these. */
export const LIVE_MANAGE_LINKS = 5;

async function issueToken(
  tx: Tx,
  registrationId: number,
  purpose: 'manage' | 'feed' | 'stream' = 'manage',
): Promise<string> {
  const token = newToken();
  await tx.insert(accessTokens).values({ tokenHash: hashToken(token), purpose, registrationId });
  if (purpose === 'manage') {
    // Every mail about a registration carries a fresh manage link; the links of old mails lapse
    // instead of piling up without bound.
    await tx.execute(sql`
      update ${accessTokens} set revoked_at = now()
      where registration_id = ${registrationId} and purpose = 'manage' and revoked_at is null
        and token_hash not in (
          select token_hash from ${accessTokens}
          where registration_id = ${registrationId} and purpose = 'manage' and revoked_at is null
          order by created_at desc, token_hash limit ${LIVE_MANAGE_LINKS})`);
  }
  return token;
}

/** A fresh manage link for a mail written outside this module (the certificate mail), in `locale`. */
export async function issueManageUrl(tx: Tx, registrationId: number, locale: Locale): Promise<string> {
  return manageUrl(locale, await issueToken(tx, registrationId));
}

export type RegRow = typeof registrations.$inferSelect;

/** Writes a registration mail to the outbox in the caller's transaction, with a fresh manage link. */
async function mail(
  tx: Tx,
  kind: MailKind,
  reg: RegRow,
  event: EventRow,
  opts: {
    token?: string;
    position?: number;
    changeNote?: string | null;
    byOrganiser?: boolean;
    previousAttendance?: Mode;
    offerExpiresAt?: Date;
    workshop?: Parameters<typeof composeRegistrationMail>[3]['workshop'];
    answersMissing?: boolean;
  } = {},
) {
  const manageToken = opts.token ?? (await issueToken(tx, reg.id));
  const status = reg.status === 'cancelled' ? undefined : reg.status;
  const { previousAttendance } = opts;
  await enqueue(tx, {
    registrationId: reg.id,
    ...composeRegistrationMail(kind, reg, await withLocalCity(event, reg.language), {
      manageToken,
      position: opts.position,
      status,
      changeNote: opts.changeNote,
      byOrganiser: opts.byOrganiser,
      previousAttendance,
      offerExpiresAt: opts.offerExpiresAt,
      workshop: opts.workshop,
      answersMissing: opts.answersMissing,
      programme: await registrationInvitationSlots(event.id, reg.id, tx),
    }),
  });
}

/** The registration mails of lib/registrations/offers.ts (`offer`, `offer_expired`…) go through the same writer. */
export { mail as enqueueRegistrationMail };

/** The same, by registration id, for a caller that holds the event lock but not the rows (lib/programme). */
export async function enqueueRegistrationMailById(
  tx: Tx,
  kind: MailKind,
  registrationId: number,
  opts: Parameters<typeof mail>[4] = {},
): Promise<void> {
  const [reg] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  const [event] = await tx.select(eventColumns).from(events).where(eq(events.id, reg.eventId));
  await mail(tx, kind, reg, event as EventRow, opts);
}

/** Whether the event takes registrations now; the error says why not. */
function windowError(e: EventRow, now: Date): RegistrationError | null {
  if (e.status === 'draft') return 'registration.notFound';
  if (e.status === 'cancelled') return 'registration.eventCancelled';
  if (now >= registrationClosesAt(e) || now >= e.endsAt) return 'registration.closed';
  if (e.registrationOpensAt && now < e.registrationOpensAt) return 'registration.notOpen';
  return null;
}

/** Municipality codes come from the cached reference data: no query, and outside any lock. */
async function isKnownMunicipality(code: string): Promise<boolean> {
  return (await getReferenceData()).municipalities.some((m) => m.code === code);
}

const UNKNOWN_MUNICIPALITY = {
  ok: false,
  error: 'registration.invalid',
  fields: { municipality: 'validation.municipality' },
} as const;

type RegisterOutcome = {
  outcome:
    | 'confirmed'
    | 'waitlisted'
    | 'duplicate'
    | 'duplicate_quiet'
    | 'full'
    | 'cancelled'
    | 'not_found'
    | 'stale'
    | 'rate_limited'
    | 'workshop_full'
    | 'workshop_unknown';
  registration_id: number | null;
  queue_position: number | null;
  /** kokoon_register_with: the slot whose workshop was full or unknown. */
  refused_slot?: number | null;
};

/** "You are already registered" mails per registration and hour; further duplicates get no mail. */
export const DUPLICATE_MAILS_PER_HOUR = 3;

/** The event row a sign-up composes its mails from, with its version (xmin: every UPDATE changes it). */
type SignUpEvent = EventRow & { version: string };

// Sign-ups keep the event row for a few seconds, so a rush makes one database call per sign-up.
// Never trusted blindly: kokoon_register compares the version under the event lock and answers
// 'stale' when the row has changed since, and a refusal (closed, not open…) is only ever given on a
// fresh read.
const EVENT_CACHE_MS = 10_000;
const eventCache = new Map<string, { event: SignUpEvent; at: number }>();

async function signUpEvent(slug: string, fresh: boolean): Promise<SignUpEvent | undefined> {
  const hit = eventCache.get(slug);
  if (!fresh && hit && performance.now() - hit.at < EVENT_CACHE_MS) return hit.event;
  const [row] = (await db()
    .select({ ...eventColumns, version: sql<string>`xmin::text` })
    .from(events)
    .where(eq(events.slug, slug))) as SignUpEvent[];
  if (eventCache.size >= 500) eventCache.clear();
  if (row) eventCache.set(slug, { event: row, at: performance.now() });
  else eventCache.delete(slug);
  return row;
}

type Refusal = {
  ok: false;
  error: RegistrationError;
  fields?: FieldErrors;
  retryAfterSeconds?: number;
  values?: Record<string, string>;
};

/** Why this event takes no sign-up of this mode now (null: it does). */
function eventRefusal(event: EventRow | undefined, input: RegistrationInput, now: Date): Refusal | null {
  if (!event) return { ok: false, error: 'registration.notFound' };
  // Listed with registration elsewhere (issue 17): Kokoon takes no sign-up; the answer names the page.
  if (event.registrationUrl && event.status === 'published')
    return { ok: false, error: 'registration.elsewhere', values: { url: event.registrationUrl } };
  const closed = windowError(event, now);
  if (closed) return { ok: false, error: closed };
  if (!modesOf(event.format).includes(input.attendance)) {
    return { ok: false, error: 'registration.invalid', fields: { attendance: 'validation.attendanceNotOffered' } };
  }
  return null;
}

export type SignUpOptions = {
  /** The client's rate limit (lib/rate-limit.ts), counted in the same database call as the sign-up. */
  rateLimit?: { key: string; perMinute: number };
};

/**
 * Sign a person up. Confirmed while places last, then waitlisted in arrival order (if the event
 * keeps a waiting list). A second sign-up with the same e-mail changes nothing and re-sends the
 * person their manage link (at most DUPLICATE_MAILS_PER_HOUR times an hour).
 *
 * The event is read (usually from the short cache above), the registration window checked and both
 * possible mails composed before the lock; the critical section is the database function
 * `kokoon_register` (migrations 0005, 0009, 0013): one statement that counts the rate limit, locks the
 * event row, checks it is the version the mails were composed from and its status, finds a
 * duplicate, counts the places and inserts the registration, its token and its mail. In a rush that
 * is one round trip per sign-up, and the lock is held only while PostgreSQL works, not while a round
 * trip waits for a busy Node process.
 */
export async function registerParticipant(
  slug: string,
  input: RegistrationInput,
  now = new Date(),
  opts: SignUpOptions = {},
): Promise<Result<RegistrationOutcome>> {
  const limit = opts.rateLimit && opts.rateLimit.perMinute > 0 ? opts.rateLimit : undefined;
  const rate = rateLimitWindow(now);
  const rateLimited: Refusal = {
    ok: false,
    error: 'registration.rateLimited',
    retryAfterSeconds: rate.retryAfterSeconds,
  };
  // A request refused before the registration call still counts against its client's limit.
  const refuse = async (r: Refusal): Promise<Refusal> =>
    limit && !(await hitRateLimit(limit.key, limit.perMinute, now)).allowed ? rateLimited : r;

  if (input.website) return refuse({ ok: false, error: 'registration.spam' });
  if (!looksLikeSlug(slug)) return refuse({ ok: false, error: 'registration.notFound' });
  if (!(await isKnownMunicipality(input.municipality))) return refuse(UNKNOWN_MUNICIPALITY);
  const audienceErrors = await audienceFieldErrors(input);
  if (Object.keys(audienceErrors).length)
    return refuse({ ok: false, error: 'registration.invalid', fields: audienceErrors });
  let event = await signUpEvent(slug, false);
  let refusal = eventRefusal(event, input, now);
  if (refusal && event) refusal = eventRefusal((event = await signUpEvent(slug, true)), input, now);
  if (refusal || !event) return refuse(refusal!);

  const email = input.email.trim().toLowerCase();
  const token = newToken();
  const tokenHash = hashToken(token);
  const idempotencyKey = randomUUID();
  const onsite = input.attendance === 'onsite';
  const reg = {
    id: 0,
    firstName: input.firstName,
    lastName: input.lastName,
    email,
    language: input.language,
    attendance: input.attendance,
  } as const;
  let rateKey = limit ? limit.key : null;
  for (let attempt = 1; ; attempt++) {
    // An invited event takes only addresses on its list (lib/invitations): nothing is stored otherwise.
    const uninvited = await invitationRefusal(event, email);
    if (uninvited) return attempt === 1 ? refuse(uninvited) : uninvited;
    // Own questions: checked against this version of the event (kokoon_register refuses an older one).
    const answers = await checkSignUpAnswers(event.id, event.version, input.attendance, input.answers);
    // Workshop picks: one per slot that has workshops, checked against this version of the programme.
    const picks = checkPicks(await signUpPickRules(event.id, event.version), input.workshops);
    if (!answers.ok || !picks.ok) {
      const fields = { ...(answers.ok ? {} : answers.fields), ...(picks.ok ? {} : picks.fields) };
      const invalid: Refusal = { ok: false, error: 'registration.invalid', fields };
      return attempt === 1 ? refuse(invalid) : invalid;
    }
    const mailEvent = await withLocalCity(event, input.language);
    const programme = invitationSlots(
      await signUpProgramme(event.id, event.version),
      new Map(picks.picks.map((p) => [p.slot, p.workshop])),
    );
    const confirmedMail = composeRegistrationMail('confirmation', reg, mailEvent, { manageToken: token, programme });
    const waitlistedMail = composeRegistrationMail('waitlisted', reg, mailEvent, {
      manageToken: token,
      position: 0, // the function sets the position
      programme,
    });
    // Straight on the postgres.js client: this hot call needs none of the query builder.
    const ev = event;
    const args = (
      q: postgres.Sql,
    ) => q`${ev.id}, ${ev.version}, ${input.attendance}, ${email}, ${input.firstName}, ${input.lastName},
        ${input.organisation}, ${input.municipality}, ${input.sector}, ${input.role}, ${onsite ? input.diet : null},
        ${input.accessNeeds}, ${input.language}, ${now.toISOString()}, ${tokenHash},
        ${JSON.stringify(confirmedMail.payload)}::jsonb, ${JSON.stringify(waitlistedMail.payload)}::jsonb, ${idempotencyKey},
        ${rateKey}, ${rate.windowStart.toISOString()}, ${limit?.perMinute ?? 0}, ${DUPLICATE_MAILS_PER_HOUR}`;
    // With answers or workshop picks: kokoon_register_with (migration 0019) writes them in the same
    // statement as the registration, counting each picked workshop's seats under the event lock; a full
    // workshop rolls the whole sign-up back. Without: the plain call, unchanged.
    const rows = [...answers.values].map(([questionId, value]) => ({ question_id: questionId, value }));
    const q = sqlClient();
    const call =
      rows.length || picks.picks.length
        ? q<RegisterOutcome[]>`select * from kokoon_register_with(${args(q)},
            ${JSON.stringify(rows)}::jsonb, ${JSON.stringify(picks.picks)}::jsonb)`
        : q<RegisterOutcome[]>`select * from kokoon_register(${args(q)})`;
    const [r] = await withAudience(q, call, input);
    switch (r.outcome) {
      case 'confirmed':
        return { ok: true, value: { registrationId: r.registration_id!, status: 'confirmed', manageToken: token } };
      case 'waitlisted':
        return {
          ok: true,
          value: {
            registrationId: r.registration_id!,
            status: 'waitlisted',
            position: r.queue_position!,
            manageToken: token,
          },
        };
      case 'duplicate':
        await resendManageLink(r.registration_id!);
        return { ok: false, error: 'registration.duplicate' };
      case 'duplicate_quiet':
        return { ok: false, error: 'registration.duplicate' };
      case 'full':
        return { ok: false, error: 'registration.full' };
      case 'cancelled':
        eventCache.delete(slug);
        return { ok: false, error: 'registration.eventCancelled' };
      case 'rate_limited':
        return rateLimited;
      case 'workshop_full': {
        const slot = r.refused_slot!;
        const picked = picks.picks.find((p) => p.slot === slot)?.workshop;
        const v = await workshopFullValues(event.id, slot, picked, input.attendance, input.language);
        const values = { workshop: v.workshop, others: v.others, hasOthers: String(v.hasOthers) };
        const full: Refusal = {
          ok: false,
          error: 'registration.workshopFull',
          fields: { [workshopField(slot)]: 'registration.errors.workshopFull' },
          values,
        };
        // Rolled back with the sign-up, the request still counts against its client's limit.
        return rateKey ? refuse(full) : full;
      }
      case 'workshop_unknown':
        // The programme changed between the check and the call (its edit also changes the event row).
        return {
          ok: false,
          error: 'registration.invalid',
          fields: { [workshopField(r.refused_slot!)]: 'validation.workshopUnknown' },
        };
      case 'stale': {
        // The event changed since it was read: read it again (this request is counted already).
        if (attempt >= 5) throw new Error(`kokoon_register: event ${event.id} changed under ${attempt} attempts`);
        rateKey = null;
        const fresh = await signUpEvent(slug, true);
        const again = eventRefusal(fresh, input, now);
        if (again || !fresh) return again!;
        event = fresh;
        break;
      }
      default:
        eventCache.delete(slug);
        return { ok: false, error: 'registration.notFound' };
    }
  }
}

/** A second sign-up with the same address: the person gets a new manage link (and their place in line). */
async function resendManageLink(registrationId: number): Promise<void> {
  await db().transaction(async (tx) => {
    const [existing] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
    const [event] = (await tx.select(eventColumns).from(events).where(eq(events.id, existing.eventId))) as EventRow[];
    await mail(tx, 'duplicate', existing, event, { position: await waitlistPosition(tx, existing.id) });
  });
}

/** An open offer's seat (a waiting registration whose offer is open) counts as taken. */
const hasOpenOffer = sql`exists (select 1 from ${waitlistOffers} o
  where o.registration_id = ${registrations.id} and o.state = 'open')`;

/** Ends the registration's open offer, if any, in `state`; whether there was one. Caller holds the event lock. */
export async function closeOpenOffer(
  tx: Tx,
  registrationId: number,
  state: 'accepted' | 'declined' | 'expired' | 'withdrawn',
  now: Date,
): Promise<boolean> {
  const closed = await tx
    .update(waitlistOffers)
    .set({ state, decidedAt: now })
    .where(and(eq(waitlistOffers.registrationId, registrationId), eq(waitlistOffers.state, 'open')))
    .returning({ id: waitlistOffers.id });
  return closed.length > 0;
}

/**
 * Fill free places of a mode from its waiting list, first come first served, telling each person
 * by mail. On an event whose freed places go as offers (`freedPlaces = 'offer'`) the first in line
 * without an open offer gets one instead — the seat held for them until its deadline
 * (lib/registrations/offer-rules.ts; too close to the event the place is given at once). Runs inside
 * a transaction that holds the event lock. Returns the registrations given a place or an offer.
 */
export async function promoteFromWaitlist(tx: Tx, event: EventRow, mode: Mode, now = new Date()): Promise<number[]> {
  const promoted: number[] = [];
  if (event.status !== 'published' || now >= event.endsAt) return promoted;
  // The free places as the sign-up function counts them (the transaction's own changes and open offers included).
  const left = await seatsLeftIn(tx, event.id, mode);
  const free = left === null ? Number.MAX_SAFE_INTEGER : left;
  if (free <= 0) return promoted;
  const deadline = event.freedPlaces === 'offer' && left !== null ? offerDeadline(event, now) : null;
  const waiting = await tx
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, event.id),
        eq(registrations.attendance, mode),
        eq(registrations.status, 'waitlisted'),
        sql`not ${hasOpenOffer}`,
      ),
    )
    .orderBy(asc(registrations.waitlistedAt), asc(registrations.id))
    .limit(Math.min(free, 10_000));
  for (const w of waiting) {
    if (deadline) {
      await tx
        .insert(waitlistOffers)
        .values({ registrationId: w.id, eventId: event.id, offeredAt: now, expiresAt: deadline });
      await mail(tx, 'offer', w, event, { offerExpiresAt: deadline });
      promoted.push(w.id);
      continue;
    }
    const [reg] = await tx
      .update(registrations)
      .set({ status: 'confirmed', promotedAt: now, waitlistedAt: null, updatedAt: now })
      .where(eq(registrations.id, w.id))
      .returning();
    await mail(tx, 'promoted', reg, event);
    promoted.push(reg.id);
  }
  return promoted;
}

/** Organiser changes capacity: store it and promote from the waiting list at once. */
export async function setEventCapacity(
  eventId: number,
  capacity: { onsite: number | null; remote: number | null },
  now = new Date(),
) {
  return db().transaction(async (tx) => {
    const event = await lockEvent(tx, eq(events.id, eventId));
    if (!event) return { ok: false as const, error: 'registration.notFound' as const };
    await tx
      .update(events)
      .set({ capacityOnsite: capacity.onsite, capacityRemote: capacity.remote, updatedAt: now })
      .where(eq(events.id, eventId));
    const updated = { ...event, capacityOnsite: capacity.onsite, capacityRemote: capacity.remote };
    const promoted = [
      ...(await promoteFromWaitlist(tx, updated, 'onsite', now)),
      ...(await promoteFromWaitlist(tx, updated, 'remote', now)),
    ];
    return { ok: true as const, value: { promoted } };
  });
}

export type ManagedRegistration = {
  registration: RegRow;
  event: EventRow & { summaryFi: string; summarySv: string | null; kind: string };
  position?: number;
  availability: ReturnType<typeof computeAvailability>;
};

export async function registrationIdForToken(token: string): Promise<number | undefined> {
  const [row] = await db()
    .select({ id: accessTokens.registrationId })
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.tokenHash, hashToken(token)),
        eq(accessTokens.purpose, 'manage'),
        sql`${accessTokens.revokedAt} is null`,
      ),
    );
  return row?.id;
}

/** What the manage page shows; null for an unknown or revoked token. */
export async function getManagedRegistration(token: string, now = new Date()): Promise<ManagedRegistration | null> {
  const id = await registrationIdForToken(token);
  if (!id) return null;
  const [reg] = await db().select().from(registrations).where(eq(registrations.id, id));
  if (!reg) return null;
  const [event] = await db()
    .select({ ...eventColumns, summaryFi: events.summaryFi, summarySv: events.summarySv, kind: events.kind })
    .from(events)
    .where(eq(events.id, reg.eventId));
  const [counts] = await db().execute<{ onsite: number; remote: number }>(sql`
    select count(*) filter (where attendance = 'onsite')::int as onsite, count(*) filter (where attendance = 'remote')::int as remote
    from ${registrations} where event_id = ${reg.eventId} and (status = 'confirmed' or (status = 'waitlisted' and ${hasOpenOffer}))`);
  const availability = computeAvailability(
    { ...event, confirmedOnsite: counts.onsite, confirmedRemote: counts.remote },
    now,
  );
  return {
    registration: reg,
    event: event as ManagedRegistration['event'],
    position: await waitlistPosition(db(), reg.id),
    availability,
  };
}

/**
 * Runs `change` on a registration with its event locked. With `eventCondition` (an organiser's
 * scope, lib/auth/guards `eventScope`) an event outside it is treated exactly like a missing one.
 */
export async function withRegistrationLocked<T>(
  registrationId: number,
  eventCondition: SQL | undefined,
  change: (tx: Tx, reg: RegRow, event: EventRow) => Promise<Result<T>>,
): Promise<Result<T>> {
  return db().transaction(async (tx) => {
    const [peek] = await tx
      .select({ eventId: registrations.eventId })
      .from(registrations)
      .where(eq(registrations.id, registrationId));
    if (!peek) return { ok: false, error: 'registration.notFound' };
    const byId = eq(events.id, peek.eventId);
    const event = await lockEvent(tx, eventCondition ? and(byId, eventCondition)! : byId);
    const [reg] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
    if (!event || !reg) return { ok: false, error: 'registration.notFound' };
    return change(tx, reg, event);
  });
}

/** Runs `change` on the token's registration with its event locked. */
async function withManagedRegistration<T>(
  token: string,
  change: (tx: Tx, reg: RegRow, event: EventRow) => Promise<Result<T>>,
): Promise<Result<T>> {
  const id = await registrationIdForToken(token);
  if (!id) return { ok: false, error: 'registration.notFound' };
  return withRegistrationLocked(id, undefined, change);
}

/**
 * Cancels a registration whose event the caller holds locked (withRegistrationLocked): the place
 * goes to the first in line and both are told by mail. `byOrganiser` words the mail for a
 * cancellation made on the person's behalf.
 */
export async function cancelLockedRegistration(
  tx: Tx,
  reg: RegRow,
  event: EventRow,
  now: Date,
  opts: { byOrganiser?: boolean } = {},
): Promise<Result<{ promoted: number[] }>> {
  if (reg.status === 'cancelled') return { ok: true, value: { promoted: [] } }; // a second click changes nothing
  // The organiser cancelled the whole event and told everyone: nothing left for the person to cancel.
  if (event.status === 'cancelled' && !opts.byOrganiser) return { ok: false, error: 'registration.eventCancelled' };
  if (now >= event.endsAt) return { ok: false, error: 'registration.closed' };
  const [updated] = await tx
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now, waitlistedAt: null })
    .where(eq(registrations.id, reg.id))
    .returning();
  await mail(tx, 'cancelled', updated, event, { byOrganiser: opts.byOrganiser });
  // A seat held by the person's open offer is freed like a confirmed one.
  const offered = await closeOpenOffer(tx, reg.id, 'withdrawn', now);
  const promoted =
    reg.status === 'confirmed' || offered ? await promoteFromWaitlist(tx, event, reg.attendance, now) : [];
  return { ok: true, value: { promoted } };
}

/** The person cancels: their place goes to the first in line, both are told by mail. */
export async function cancelRegistration(token: string, now = new Date()): Promise<Result<{ promoted: number[] }>> {
  return withManagedRegistration(token, (tx, reg, event) => cancelLockedRegistration(tx, reg, event, now));
}

/**
 * An organiser gives a waiting person a place now, ahead of the line if need be and even beyond the
 * capacity (their decision; `overCapacity` says so). The caller holds the event lock
 * (withRegistrationLocked); the person is told by mail with the calendar invitation.
 */
export async function promoteLockedRegistration(
  tx: Tx,
  reg: RegRow,
  event: EventRow,
  now: Date,
): Promise<Result<{ overCapacity: boolean }>> {
  if (reg.status !== 'waitlisted') return { ok: false, error: 'registration.invalid' };
  if (event.status === 'cancelled') return { ok: false, error: 'registration.eventCancelled' };
  if (now >= event.endsAt) return { ok: false, error: 'registration.closed' };
  // A person with an open offer already holds their seat: confirming them takes no other.
  const offered = await closeOpenOffer(tx, reg.id, 'accepted', now);
  const overCapacity = !offered && !(await hasRoom(tx, event.id, reg.attendance));
  const [updated] = await tx
    .update(registrations)
    .set({ status: 'confirmed', promotedAt: now, waitlistedAt: null, updatedAt: now })
    .where(eq(registrations.id, reg.id))
    .returning();
  await mail(tx, 'promoted', updated, event);
  return { ok: true, value: { overCapacity } };
}

/**
 * Moves a registration whose event the caller holds locked to the other mode, only if that mode has
 * a free place (a waiting person joins the other mode's line at its end); the person is told by
 * mail and a freed place goes to the first in line. Answers to own questions not asked of the new
 * mode are dropped; a required one of the new mode left unanswered blocks nothing (the manage page
 * asks for it). The participant may do this while registration is open; an organiser (`byOrganiser`)
 * until the event ends.
 */
export async function moveLockedRegistration(
  tx: Tx,
  reg: RegRow,
  event: EventRow,
  attendance: Mode,
  now: Date,
  opts: { byOrganiser?: boolean } = {},
): Promise<Result<{ promoted: number[]; changed: boolean }>> {
  if (reg.status === 'cancelled') return { ok: false, error: 'registration.closed' };
  if (reg.attendance === attendance) return { ok: true, value: { promoted: [], changed: false } };
  const closed = opts.byOrganiser
    ? event.status === 'cancelled'
      ? 'registration.eventCancelled'
      : now >= event.endsAt
        ? 'registration.closed'
        : null
    : windowError(event, now);
  if (closed) return { ok: false, error: closed };
  if (!modesOf(event.format).includes(attendance))
    return { ok: false, error: 'registration.invalid', fields: { attendance: 'validation.attendanceNotOffered' } };
  if (reg.status === 'confirmed' && !(await hasRoom(tx, event.id, attendance)))
    return { ok: false, error: 'registration.modeFull' };
  // Each workshop seat the person holds (confirmed or waiting) moves to the other mode with them.
  if ((await picksWithoutRoom(tx, reg.id, attendance)).length) return { ok: false, error: 'registration.workshopFull' };
  // An open offer is for a seat of the old mode: it ends, and the seat passes on below.
  const offered = await closeOpenOffer(tx, reg.id, 'withdrawn', now);
  const [updated] = await tx
    .update(registrations)
    .set({
      attendance,
      updatedAt: now,
      // Diet concerns the lunch on site; access needs (captions, interpretation…) go with the person in both modes.
      diet: attendance === 'remote' ? null : reg.diet,
      accessNeeds: reg.accessNeeds,
      waitlistedAt: reg.status === 'waitlisted' ? sql`clock_timestamp()` : null,
    })
    .where(eq(registrations.id, reg.id))
    .returning();
  // Answers to questions the new mode is not asked (an on-site lunch choice) go with the old mode.
  const { missingRequired } = await dropAnswersNotAskedOf(tx, reg, attendance);
  // A mail that says what changed (from which mode to which, and where the person stands now), and
  // asks for the new mode's required answers while the manage page can still take them.
  await mail(tx, 'attendance_changed', updated, event, {
    position: updated.status === 'waitlisted' ? await waitlistPosition(tx, updated.id) : undefined,
    previousAttendance: reg.attendance,
    answersMissing: missingRequired > 0 && now < registrationClosesAt(event),
  });
  const promoted =
    reg.status === 'confirmed' || offered ? await promoteFromWaitlist(tx, event, reg.attendance, now) : [];
  return { ok: true, value: { promoted, changed: true } };
}

/** Switch between on site and remote, only if the other mode has a free place. */
export async function changeAttendance(
  token: string,
  attendance: Mode,
  now = new Date(),
): Promise<Result<{ promoted: number[] }>> {
  return withManagedRegistration(token, (tx, reg, event) => moveLockedRegistration(tx, reg, event, attendance, now));
}

/** Update name, organisation and the other details; e-mail and places stay as they are. */
export async function updateDetails(token: string, input: DetailsInput, now = new Date()): Promise<Result<null>> {
  return withManagedRegistration(token, async (tx, reg, event) => {
    if (event.status === 'cancelled') return { ok: false, error: 'registration.eventCancelled' };
    if (reg.status === 'cancelled') return { ok: false, error: 'registration.closed' };
    if (!(await isKnownMunicipality(input.municipality))) return UNKNOWN_MUNICIPALITY;
    const onsite = reg.attendance === 'onsite';
    await tx
      .update(registrations)
      .set({
        firstName: input.firstName,
        lastName: input.lastName,
        organisation: input.organisation,
        municipalityCode: input.municipality,
        sectorCode: input.sector,
        role: input.role,
        language: input.language,
        updatedAt: now,
        diet: onsite ? input.diet : null,
        accessNeeds: input.accessNeeds,
      })
      .where(eq(registrations.id, reg.id));
    return { ok: true, value: null };
  });
}
