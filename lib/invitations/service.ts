import 'server-only';
// The invitation list of an invited event (issue 17): the organiser adds addresses (scope-checked,
// in one transaction with their invitation mails in the outbox); the sign-up asks `invitationRefusal`
// before it registers anyone for an invited event; the personal sign-up link finds its address.
// Removing an address (./manage.ts) touches the event row under its lock, so a sign-up that was
// checked before the removal is answered 'stale' by kokoon_register and checked again.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventInvitations, events, registrations } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { publicBaseUrl } from '@/lib/config';
import { enqueueMany } from '@/lib/mail/outbox';
import { eventPlace, type EventInvitationMailPayload } from '@/lib/mail/compose';
import { localized } from '@/lib/i18n/messages';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { hashToken, looksLikeToken, newToken } from '@/lib/registrations/tokens';
import { looksLikeSlug } from '@/lib/events/slug';
import { withLocalCity } from '@/lib/reference';
import { formatEventTime } from '@/lib/time';
import { parseInvitationList } from './parse';

export { invitationRefusal } from './check';

export type { EventInvitationMailPayload as InvitationMailPayload } from '@/lib/mail/compose';

type Refusal = { ok: false; error: string; params?: Record<string, string | number>; fields?: Record<string, string> };
export type InviteResult = { ok: true; value: { invited: number; already: number } } | Refusal;

/** The personal sign-up link of an invitation (the token is in no database row, only in the mail). */
export function invitationUrl(locale: Locale, slug: string, token: string): string {
  return `${publicBaseUrl()}/${locale}/events/${slug}/invitation/${token}`;
}

/** The event columns an invitation mail is written from. */
export const INVITING_EVENT_COLUMNS = [
  'id',
  'slug',
  'status',
  'visibility',
  'titleFi',
  'titleSv',
  'format',
  'venueName',
  'venueNameSv',
  'venueAddress',
  'venueAddressSv',
  'city',
  'startsAt',
  'endsAt',
] as const;
type InvitingEvent = Pick<typeof events.$inferSelect, (typeof INVITING_EVENT_COLUMNS)[number]>;

/** The outbox rows of invitation mails in `language`, each with its personal sign-up link. */
export async function invitationMails(event: InvitingEvent, language: Locale, to: { email: string; token: string }[]) {
  const local = await withLocalCity(
    { ...event, contactName: null, contactEmail: null, contactNameSv: null, sequence: 0 },
    language,
  );
  const place = eventPlace(local, language);
  return to.map(({ email, token }) => ({
    toEmail: email,
    locale: language,
    payload: {
      kind: 'event_invitation',
      locale: language,
      title: localized(language, event.titleFi, event.titleSv),
      when: formatEventTime(event.startsAt, event.endsAt, language),
      place,
      url: invitationUrl(language, event.slug, token),
    } satisfies EventInvitationMailPayload,
  }));
}

/**
 * Adds the pasted addresses to an invited event's list and queues each new one its invitation mail
 * in `language`. All or nothing: one bad address refuses the whole paste, naming it. Addresses
 * already on the list are left as they were (no second mail).
 */
export async function inviteToEvent(
  o: Organiser,
  eventId: number,
  input: { addresses: unknown; language: unknown },
  now = new Date(),
): Promise<InviteResult> {
  const language = input.language;
  if (typeof language !== 'string' || !isLocale(language))
    return {
      ok: false,
      error: 'invitations.errors.invalid',
      fields: { language: 'invitations.validation.language' },
    };
  const parsed = parseInvitationList(input.addresses);
  if (!parsed.ok) return { ok: false, error: parsed.error, params: parsed.params, fields: { addresses: parsed.error } };
  return db().transaction(async (tx): Promise<InviteResult> => {
    const event = await findEventInScope(o, eventId, { lock: tx, columns: INVITING_EVENT_COLUMNS });
    if (!event) return { ok: false, error: 'invitations.errors.notFound' };
    if (event.visibility !== 'invited') return { ok: false, error: 'invitations.errors.notInvitedEvent' };
    if (event.status !== 'published' || now >= event.endsAt) return { ok: false, error: 'invitations.errors.closed' };
    const tokens = new Map(parsed.emails.map((email) => [email, newToken()]));
    const added = await tx
      .insert(eventInvitations)
      .values(
        parsed.emails.map((email) => ({
          eventId: event.id,
          email,
          language,
          tokenHash: hashToken(tokens.get(email)!),
          invitedAt: now,
          invitedBy: o.id,
        })),
      )
      .onConflictDoNothing()
      .returning({ email: eventInvitations.email });
    await enqueueMany(
      tx,
      await invitationMails(
        event,
        language,
        added.map(({ email }) => ({ email, token: tokens.get(email)! })),
      ),
    );
    return { ok: true, value: { invited: added.length, already: parsed.emails.length - added.length } };
  });
}

export type InvitationRow = { id: number; email: string; language: Locale; invitedAt: Date; registered: boolean };

/** The invitation list as its organiser sees it (null: no such event in their scope). */
export async function listInvitations(o: Organiser, eventId: number): Promise<InvitationRow[] | null> {
  const event = await findEventInScope(o, eventId, { columns: ['id'] });
  if (!event) return null;
  return db()
    .select({
      id: eventInvitations.id,
      email: eventInvitations.email,
      language: eventInvitations.language,
      invitedAt: eventInvitations.invitedAt,
      registered: sql<boolean>`exists (select 1 from ${registrations} r where r.event_id = ${qualified(eventInvitations.eventId)}
        and lower(trim(r.email)) = lower(trim(${qualified(eventInvitations.email)})) and r.status <> 'cancelled')`,
    })
    .from(eventInvitations)
    .where(eq(eventInvitations.eventId, event.id))
    .orderBy(asc(eventInvitations.invitedAt), asc(eventInvitations.email));
}

/** The address and language of a personal sign-up link, or null (unknown token, other event). */
export async function findInvitation(slug: string, token: string): Promise<{ email: string; language: Locale } | null> {
  if (!looksLikeSlug(slug) || !looksLikeToken(token)) return null;
  const [row] = await db()
    .select({ email: eventInvitations.email, language: eventInvitations.language })
    .from(eventInvitations)
    .innerJoin(events, eq(events.id, eventInvitations.eventId))
    .where(and(eq(events.slug, slug), eq(eventInvitations.tokenHash, hashToken(token))))
    .limit(1);
  return row ?? null;
}
