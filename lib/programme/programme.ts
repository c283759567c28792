import 'server-only';
// An event's programme as the public sees it (event page timetable, GET /api/events/{slug}, JSON-LD,
// calendar invitation) and the sign-up's view of it (which workshops a slot offers). Seats are asked
// of the database function the sign-up itself uses (kokoon_workshop_seats_left, migration 0019).
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { programmeSlots, programmeWorkshops, workshopPicks } from '@/db/schema';
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { formatClockRange, toHelsinkiIso } from '@/lib/time';
import { keyedTtlCache } from '@/lib/cache/ttl';
import type { FormSlot, PickRule } from './pick-rules';
import type { InvitationSlot } from '@/lib/calendar/programme';

type Client = Tx | ReturnType<typeof db>;

export type ProgrammeWorkshop = {
  id: number;
  titleFi: string;
  titleSv: string;
  capacity: number;
  remoteCapacity: number | null;
  sortOrder: number;
  /** Free on-site seats / remote seats (null: unlimited). */
  seatsLeft: number;
  remoteSeatsLeft: number | null;
};

export type ProgrammeSlot = {
  id: number;
  startsAt: Date;
  endsAt: Date;
  titleFi: string;
  titleSv: string;
  speakers: string[];
  roomFi: string | null;
  roomSv: string | null;
  sortOrder: number;
  workshops: ProgrammeWorkshop[];
};

/** An event's slots in time order, each with its workshops and their free seats (no scope: callers show it only where the event is visible). */
export async function eventProgramme(eventId: number, client: Client = db()): Promise<ProgrammeSlot[]> {
  const slots = await client
    .select()
    .from(programmeSlots)
    .where(eq(programmeSlots.eventId, eventId))
    .orderBy(asc(programmeSlots.startsAt), asc(programmeSlots.sortOrder), asc(programmeSlots.id));
  if (!slots.length) return [];
  const workshops = await client
    .select({
      id: programmeWorkshops.id,
      slotId: programmeWorkshops.slotId,
      titleFi: programmeWorkshops.titleFi,
      titleSv: programmeWorkshops.titleSv,
      capacity: programmeWorkshops.capacity,
      remoteCapacity: programmeWorkshops.remoteCapacity,
      sortOrder: programmeWorkshops.sortOrder,
      seatsLeft: sql<number>`kokoon_workshop_seats_left(${programmeWorkshops.id}, 'onsite')`,
      remoteSeatsLeft: sql<number | null>`kokoon_workshop_seats_left(${programmeWorkshops.id}, 'remote')`,
    })
    .from(programmeWorkshops)
    .where(
      inArray(
        programmeWorkshops.slotId,
        slots.map((s) => s.id),
      ),
    )
    .orderBy(asc(programmeWorkshops.sortOrder), asc(programmeWorkshops.id));
  return slots.map(({ eventId: _e, ...s }) => ({
    ...s,
    workshops: workshops
      .filter((w) => w.slotId === s.id)
      .map(({ slotId: _s, ...w }) => ({ ...w, seatsLeft: Number(w.seatsLeft) })),
  }));
}

/** The public API's shape (GET /api/events/{slug}): a stable contract, documented in the README. */
export function apiProgramme(slots: ProgrammeSlot[]) {
  return slots.map((s) => ({
    id: s.id,
    start: toHelsinkiIso(s.startsAt),
    end: toHelsinkiIso(s.endsAt),
    title: { fi: s.titleFi, sv: s.titleSv },
    speakers: s.speakers,
    room: s.roomFi ? { fi: s.roomFi, sv: s.roomSv || s.roomFi } : null,
    workshops: s.workshops.map((w) => ({
      id: w.id,
      title: { fi: w.titleFi, sv: w.titleSv },
      capacity: w.capacity,
      seatsLeft: w.seatsLeft,
      remoteCapacity: w.remoteCapacity,
      remoteSeatsLeft: w.remoteSeatsLeft,
    })),
  }));
}

export const slotTitle = (s: Pick<ProgrammeSlot, 'titleFi' | 'titleSv'>, locale: Locale) =>
  locale === 'sv' ? s.titleSv || s.titleFi : s.titleFi;
export const slotRoom = (s: Pick<ProgrammeSlot, 'roomFi' | 'roomSv'>, locale: Locale) =>
  locale === 'sv' ? s.roomSv || s.roomFi : s.roomFi;

/** Pure: the sign-up's rules from a programme (slots with workshops only). */
export const pickRulesOf = (slots: ProgrammeSlot[]): PickRule[] =>
  slots.filter((s) => s.workshops.length).map((s) => ({ slotId: s.id, workshopIds: s.workshops.map((w) => w.id) }));

// The sign-up reads an event's programme once per version of the event row: every programme edit
// touches that row (lib/programme/editor.ts), and kokoon_register refuses a sign-up composed from an
// older version ('stale'), after which the sign-up checks the picks again against the new one.
const rulesCache = keyedTtlCache((key) => loadPickRules(Number(key.split(':')[0])), 10 * 60_000);

export function signUpPickRules(eventId: number, version: string): Promise<PickRule[]> {
  return rulesCache.get(`${eventId}:${version}`);
}

async function loadPickRules(eventId: number): Promise<PickRule[]> {
  const slots = await db()
    .select({ slotId: programmeWorkshops.slotId, id: programmeWorkshops.id })
    .from(programmeWorkshops)
    .innerJoin(programmeSlots, eq(programmeSlots.id, programmeWorkshops.slotId))
    .where(eq(programmeSlots.eventId, eventId))
    .orderBy(asc(programmeWorkshops.slotId), asc(programmeWorkshops.id));
  const bySlot = new Map<number, number[]>();
  for (const w of slots) bySlot.set(w.slotId, [...(bySlot.get(w.slotId) ?? []), w.id]);
  return [...bySlot].map(([slotId, workshopIds]) => ({ slotId, workshopIds }));
}

/**
 * What a `workshop_full` answer says: the full workshop's title and the slot's other workshops that
 * still have a seat for the mode, in the reader's language.
 */
export async function workshopFullValues(
  eventId: number,
  slotId: number,
  workshopId: number | undefined,
  mode: 'onsite' | 'remote',
  locale: Locale,
): Promise<{ workshop: string; others: string; hasOthers: boolean }> {
  const slot = (await eventProgramme(eventId)).find((s) => s.id === slotId);
  const title = (w: ProgrammeWorkshop) => (locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi);
  const full = slot?.workshops.find((w) => w.id === workshopId);
  const left = (w: ProgrammeWorkshop) => (mode === 'onsite' ? w.seatsLeft : w.remoteSeatsLeft);
  const others = (slot?.workshops ?? []).filter((w) => w.id !== workshopId && (left(w) === null || left(w)! > 0));
  return { workshop: full ? title(full) : '', others: others.map(title).join(', '), hasOthers: others.length > 0 };
}

/** Workshop picks of these registrations: registration id → slot id → workshop id. */
export async function picksOf(
  registrationIds: readonly number[],
  client: Client = db(),
): Promise<Map<number, Map<number, number>>> {
  const out = new Map<number, Map<number, number>>();
  const ids = [...new Set(registrationIds)];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await client
      .select()
      .from(workshopPicks)
      .where(inArray(workshopPicks.registrationId, ids.slice(i, i + 5000)));
    for (const r of rows) {
      if (!out.has(r.registrationId)) out.set(r.registrationId, new Map());
      out.get(r.registrationId)!.set(r.slotId, r.workshopId);
    }
  }
  return out;
}

/** The slots with workshops as the sign-up form shows them, in the reader's language. */
export function formSlots(slots: ProgrammeSlot[], locale: Locale, eventStart: Date): FormSlot[] {
  return slots
    .filter((s) => s.workshops.length)
    .map((s) => ({
      id: s.id,
      title: slotTitle(s, locale),
      time: formatClockRange(s.startsAt, s.endsAt, locale, eventStart),
      workshops: s.workshops.map((w) => ({
        id: w.id,
        title: locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi,
        seatsLeft: w.seatsLeft,
        remoteSeatsLeft: w.remoteSeatsLeft,
        // Plural texts are formatted here: the form's own formatter fills in {name} placeholders only.
        seatsNote: seatsNote(w.seatsLeft, locale),
        remoteSeatsNote: seatsNote(w.remoteSeatsLeft, locale),
      })),
    }));
}

/** "3 paikkaa vapaana" / "täynnä"; null when the places are not limited. */
function seatsNote(left: number | null, locale: Locale): string | null {
  if (left === null) return null;
  return left <= 0 ? translate(locale, 'programme.full') : translate(locale, 'programme.seatsLeft', { count: left });
}

/** The programme as an invitation describes it, with this person's picks (slot id → workshop id). */
export function invitationSlots(slots: ProgrammeSlot[], picks?: ReadonlyMap<number, number>): InvitationSlot[] {
  return slots.map((s) => ({
    start: s.startsAt.toISOString(),
    end: s.endsAt.toISOString(),
    titleFi: s.titleFi,
    titleSv: s.titleSv,
    speakers: s.speakers,
    workshops: s.workshops.map((w) => ({ id: w.id, titleFi: w.titleFi, titleSv: w.titleSv })),
    picked: picks?.get(s.id) ?? null,
  }));
}

// The sign-up composes its mails before the lock: the programme is read once per version of the
// event row (every programme edit touches it), like the pick rules above.
const mailCache = keyedTtlCache((key) => eventProgramme(Number(key.split(':')[0])), 10 * 60_000);

export function signUpProgramme(eventId: number, version: string): Promise<ProgrammeSlot[]> {
  return mailCache.get(`${eventId}:${version}`);
}

/** A registration's invitation programme, read in the caller's transaction (the event lock held). */
export async function registrationInvitationSlots(
  eventId: number,
  registrationId: number,
  client: Client = db(),
): Promise<InvitationSlot[]> {
  const slots = await eventProgramme(eventId, client);
  if (!slots.length) return [];
  return invitationSlots(slots, (await picksOf([registrationId], client)).get(registrationId));
}
