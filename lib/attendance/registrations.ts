import 'server-only';
// An event's registrations as organisers see them: the list with search, filters and counts, the
// door list for check-in on a phone, and the person behind a check-in QR code. Every query takes
// the Organiser and puts their scope (lib/auth/guards `eventScope`) in its `where`.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrations } from '@/db/schema';
import { eventScope, type Organiser } from '@/lib/auth/guards';
import { scopedEvent, type ScopedEvent } from '@/lib/events/scoped';
import type { AttendanceFilters } from './filters';
import { matchesWords, queryWords } from './search';
import { verifyCheckInCode } from './qr';
import type { AttendanceResult } from './types';
import type { Locale } from '@/lib/i18n/routing';
import type { AnswerValue } from '@/db/schema';
import { answersOfRegistrations, eventQuestions, type EventQuestion } from '@/lib/questions/answers';
import { eventProgramme, picksOf, type ProgrammeSlot } from '@/lib/programme/programme';
import { openOffersOfEvent } from '@/lib/registrations/offers';

export type { ScopedEvent } from '@/lib/events/scoped';

export type Mode = 'onsite' | 'remote';
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

const rowColumns = {
  id: registrations.id,
  eventId: registrations.eventId,
  status: registrations.status,
  attendance: registrations.attendance,
  firstName: registrations.firstName,
  lastName: registrations.lastName,
  email: registrations.email,
  organisation: registrations.organisation,
  role: registrations.role,
  municipalityCode: registrations.municipalityCode,
  sectorCode: registrations.sectorCode,
  diet: registrations.diet,
  accessNeeds: registrations.accessNeeds,
  language: registrations.language,
  createdAt: registrations.createdAt,
  waitlistedAt: registrations.waitlistedAt,
  promotedAt: registrations.promotedAt,
  cancelledAt: registrations.cancelledAt,
  remoteJoinedAt: registrations.remoteJoinedAt,
  checkedInAt: registrations.checkedInAt,
  checkedInBy: registrations.checkedInBy,
  attendedOnsite: registrations.attendedOnsite,
};
export type RegistrationRow = {
  id: number;
  eventId: number;
  status: RegistrationStatus;
  attendance: Mode;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  role: string | null;
  municipalityCode: string | null;
  sectorCode: string | null;
  diet: string | null;
  accessNeeds: string | null;
  language: Locale;
  createdAt: Date;
  waitlistedAt: Date | null;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  remoteJoinedAt: Date | null;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  attendedOnsite: boolean | null;
  /** 1-based place in the waiting list of the person's mode; null unless waitlisted. */
  position: number | null;
  /** Answers to the event's own questions (lib/questions), by question id. */
  answers?: Map<number, AnswerValue>;
  /** Workshop picks (lib/programme): slot id → workshop id. */
  picks?: Map<number, number>;
  /** A waiting person's open offer of a freed place (lib/registrations/offers.ts): until when. */
  offerExpiresAt?: Date | null;
};

type PerMode = Record<Mode, number>;
export type RegistrationCounts = {
  total: number;
  confirmed: PerMode;
  waitlisted: PerMode;
  cancelled: PerMode;
  /** Confirmed people checked in at the door, marked present by hand, marked absent, joined the stream. */
  checkedIn: number;
  attended: number;
  absent: number;
  remoteJoined: number;
};

export type EventRegistrations = {
  event: ScopedEvent;
  /** The registrations matching the filters, in list order. */
  rows: RegistrationRow[];
  /** Every registration of the event (for names in notices and the filter choices). */
  all: RegistrationRow[];
  counts: RegistrationCounts;
  municipalityCodes: string[];
  sectorCodes: string[];
  /** The event's own registration questions, in order. */
  questions: EventQuestion[];
  /** The programme (slots with their workshops), for the workshop column, filter and move. */
  programme: ProgrammeSlot[];
};

const STATUS_ORDER: Record<RegistrationStatus, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };
const collator = new Intl.Collator('fi', { sensitivity: 'base' });

export function byName(a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }): number {
  return collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName);
}

/** Waiting-list places per mode in arrival order (the rule of lib/registrations `waitlistPosition`). */
function withPositions(rows: Omit<RegistrationRow, 'position'>[]): RegistrationRow[] {
  const waiting = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) || a.id - b.id);
  const next: PerMode = { onsite: 0, remote: 0 };
  const pos = new Map<number, number>();
  for (const w of waiting) pos.set(w.id, (next[w.attendance] += 1));
  return rows.map((r) => ({ ...r, position: pos.get(r.id) ?? null }));
}

function countsOf(rows: RegistrationRow[]): RegistrationCounts {
  const zero = (): PerMode => ({ onsite: 0, remote: 0 });
  const c: RegistrationCounts = {
    total: rows.length,
    confirmed: zero(),
    waitlisted: zero(),
    cancelled: zero(),
    checkedIn: 0,
    attended: 0,
    absent: 0,
    remoteJoined: 0,
  };
  for (const r of rows) {
    c[r.status][r.attendance] += 1;
    if (r.status !== 'confirmed') continue;
    if (r.checkedInAt) c.checkedIn += 1;
    if (r.attendedOnsite === true) c.attended += 1;
    if (r.attendedOnsite === false) c.absent += 1;
    if (r.remoteJoinedAt) c.remoteJoined += 1;
  }
  return c;
}

export function matchesFilters(r: RegistrationRow, f: AttendanceFilters, words = queryWords(f.q)): boolean {
  return (
    (!f.mode || r.attendance === f.mode) &&
    (!f.status || r.status === f.status) &&
    (!f.sector || r.sectorCode === f.sector) &&
    (!f.municipality || r.municipalityCode === f.municipality) &&
    matchesWords([`${r.firstName} ${r.lastName}`, r.email, r.organisation], words) &&
    (!f.answer || hasAnswer(r, f.answer)) &&
    (!f.workshop || [...(r.picks?.values() ?? [])].includes(Number(f.workshop)))
  );
}

/** Does the person's answer to a choice or yes/no question include this option ("<question>:<option|yes|no>")? */
function hasAnswer(r: RegistrationRow, filter: string): boolean {
  const [qid, want] = filter.split(':');
  const v = r.answers?.get(Number(qid));
  if (v === undefined) return false;
  if (want === 'yes' || want === 'no') return v === (want === 'yes');
  return Array.isArray(v) ? v.includes(Number(want)) : v === Number(want);
}

/** Confirmed first (by name), then each mode's waiting list in order, then the cancelled. */
function listOrder(a: RegistrationRow, b: RegistrationRow): number {
  const s = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
  if (s) return s;
  if (a.status === 'waitlisted') return a.attendance.localeCompare(b.attendance) || a.position! - b.position!;
  return byName(a, b);
}

/**
 * An event's registrations matching the filters, with counts over all of them. Search matches name,
 * e-mail and organisation, case- and accent-insensitively. Filtering happens here rather than in SQL
 * so that the same rule serves the page, the exports and the door list (an event has at most a few
 * thousand registrations), independent of the database's collation.
 */
export async function listEventRegistrations(
  o: Organiser,
  eventId: number,
  filters: AttendanceFilters = {},
): Promise<AttendanceResult<EventRegistrations>> {
  const event = await scopedEvent(o, eventId);
  if (!event) return { ok: false, error: 'attendance.notFound' };
  const raw = await db()
    .select(rowColumns)
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.eventId, event.id), eventScope(o)));
  const all = withPositions(raw as Omit<RegistrationRow, 'position'>[]);
  const [questions, answers, programme, picks] = await Promise.all([
    eventQuestions(event.id),
    answersOfRegistrations(all.map((r) => r.id)),
    eventProgramme(event.id),
    picksOf(all.map((r) => r.id)),
  ]);
  const offers = await openOffersOfEvent(event.id);
  for (const r of all) {
    r.answers = answers.get(r.id) ?? new Map();
    r.picks = picks.get(r.id) ?? new Map();
    r.offerExpiresAt = offers.get(r.id) ?? null;
  }
  const words = queryWords(filters.q);
  const rows = all.filter((r) => matchesFilters(r, filters, words)).sort(listOrder);
  const codes = (pick: (r: RegistrationRow) => string | null) =>
    [...new Set(all.map(pick).filter((c): c is string => !!c))].sort();
  return {
    ok: true,
    value: {
      event,
      rows,
      all,
      counts: countsOf(all),
      municipalityCodes: codes((r) => r.municipalityCode),
      sectorCodes: codes((r) => r.sectorCode),
      questions,
      programme,
    },
  };
}

/** What the door list needs per person (no e-mail or other details travel to the phone). */
export type DoorPerson = {
  id: number;
  firstName: string;
  lastName: string;
  organisation: string;
  attendance: Mode;
  status: RegistrationStatus;
  position: number | null;
  checkedInAt: string | null;
};

/**
 * Everyone registered to come on site, for check-in at the door: confirmed first, by name. Remote
 * participants are neither listed nor counted here: their attendance is the stream's.
 */
export async function listDoor(
  o: Organiser,
  eventId: number,
): Promise<
  AttendanceResult<{ event: ScopedEvent; people: DoorPerson[]; counts: RegistrationCounts; programme: ProgrammeSlot[] }>
> {
  const r = await listEventRegistrations(o, eventId);
  if (!r.ok) return r;
  const people = r.value.rows
    .filter((p) => p.attendance === 'onsite')
    .map((p) => ({
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      organisation: p.organisation,
      attendance: p.attendance,
      status: p.status,
      position: p.position,
      checkedInAt: p.checkedInAt?.toISOString() ?? null,
    }));
  return {
    ok: true,
    value: {
      event: r.value.event,
      people,
      counts: countsOf(r.value.all.filter((p) => p.attendance === 'onsite')),
      programme: r.value.programme,
    },
  };
}

export type CheckInTarget = {
  event: ScopedEvent;
  person: {
    id: number;
    firstName: string;
    lastName: string;
    organisation: string;
    attendance: Mode;
    status: RegistrationStatus;
    checkedInAt: Date | null;
  };
};

/** The registration behind a check-in QR code: not found for a forged code and for another region's event alike. */
export async function findByCheckInCode(o: Organiser, code: string): Promise<AttendanceResult<CheckInTarget>> {
  const id = verifyCheckInCode(code);
  if (!id) return { ok: false, error: 'attendance.notFound' };
  const [row] = await db()
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      organisation: registrations.organisation,
      attendance: registrations.attendance,
      status: registrations.status,
      checkedInAt: registrations.checkedInAt,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.id, id), eventScope(o)));
  if (!row) return { ok: false, error: 'attendance.notFound' };
  const event = await scopedEvent(o, row.eventId);
  if (!event) return { ok: false, error: 'attendance.notFound' };
  const { eventId: _e, ...person } = row;
  return { ok: true, value: { event, person } };
}
