import 'server-only';
// Organisers change events here: create, edit, publish, unpublish, cancel, duplicate, capacities,
// stream and materials. Every function takes the signed-in Organiser and checks the scope itself
// (an event outside it is "not found", a region outside it is refused), changes the event with its
// row locked, and writes an audit row in the same transaction. Calendar feeds follow `updated_at`
// (every edit) and `sequence` (time, place or status changes), so both move here.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Database, type Tx } from '@/db/client';
import { eventOrganisers, events, eventStreams, eventThemes, registrations } from '@/db/schema';
import { can, findEventInScope, type Organiser } from '@/lib/auth/guards';
import { getReferenceData } from '@/lib/reference';
import { writeAudit, diffSummary } from '@/lib/audit';
import { modesOf } from '@/lib/events/availability';
import { setEventCapacity } from '@/lib/registrations/service';
import { setEventStream } from '@/lib/streams/access';
import {
  type CancelInput,
  type EditorError,
  type EditorResult,
  type EventInput,
  type StreamInput,
} from './editor-schema';
import { notifyRegistrants } from './notify-registrants';
import { canManageSeries } from './series-editor';
import { isNamedOnSeries } from '@/lib/auth/co-organisers';
import { firstFreeSlug, isUniqueViolation, slugify } from './slug';
import { normaliseExtraRegions } from './regions';

export type { EditorError, EditorResult } from './editor-schema';

type EventRow = typeof events.$inferSelect;
type Fields = Record<string, string>;

const fail = <T>(
  error: EditorError,
  extra: { fields?: Fields; params?: Record<string, string | number> } = {},
): EditorResult<T> => ({ ok: false, error, ...extra });
const invalid = <T>(fields: Fields): EditorResult<T> => fail('editor.errors.invalid', { fields });

/** The columns the form sets (capacities go through setEventCapacity, which promotes from the waiting list). */
function columnsOf(i: EventInput) {
  return {
    kind: i.kind,
    titleFi: i.titleFi,
    titleSv: i.titleSv,
    summaryFi: i.summaryFi,
    summarySv: i.summarySv,
    descriptionFi: i.descriptionFi,
    descriptionSv: i.descriptionSv,
    scope: i.scope,
    regionCode: i.regionCode,
    extraRegionCodes: i.extraRegionCodes,
    provinceCode: i.provinceCode,
    format: i.format,
    language: i.language,
    visibility: i.visibility,
    organisingBody: i.organisingBody,
    organisingBodyFi: i.organisingBodyFi,
    organisingBodySv: i.organisingBodySv,
    venueName: i.venueName,
    venueAddress: i.venueAddress,
    city: i.city,
    venueNameSv: i.venueNameSv,
    venueAddressSv: i.venueAddressSv,
    startsAt: i.startsAt,
    endsAt: i.endsAt,
    waitlistEnabled: i.waitlistEnabled,
    freedPlaces: i.freedPlaces,
    offerHours: i.offerHours,
    registrationUrl: i.registrationUrl,
    registrationOpensAt: i.registrationOpensAt,
    registrationClosesAt: i.registrationClosesAt,
    contactName: i.contactName,
    contactNameSv: i.contactNameSv,
    contactEmail: i.contactEmail,
    contactPhone: i.contactPhone,
    isFree: i.isFree,
    priceNote: i.isFree ? null : i.priceNote,
    seriesId: i.seriesId,
  };
}

/** A change of these moves the event in people's calendars: `sequence` goes up and registrants may be told. */
const TIME_AND_PLACE = [
  'startsAt',
  'endsAt',
  'format',
  'venueName',
  'venueAddress',
  'venueNameSv',
  'venueAddressSv',
  'city',
] as const;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

async function isNamedOn(o: Organiser, eventId: number): Promise<boolean> {
  const [row] = await db()
    .select({ id: eventOrganisers.eventId })
    .from(eventOrganisers)
    .where(and(eq(eventOrganisers.eventId, eventId), eq(eventOrganisers.userId, o.id)));
  return !!row;
}

/**
 * Choices the schema cannot check alone: places and themes that exist, a province of the chosen
 * region, and what this organiser may choose — their own regions, national only as an admin or on a
 * national event they are named on, a series they manage. Keeping what the event already has is fine.
 * A session of a series the organiser is named on (a co-organiser of the series, e.g. a project
 * organiser) may be in any region or national: the series spans regions and its sessions are theirs.
 * So a project organiser, who has no region, creates events only inside its series.
 */
async function checkChoices(
  o: Organiser,
  i: EventInput,
  existing: EventRow | null,
): Promise<{ fields: Fields; forbidden: boolean } | null> {
  const ref = await getReferenceData();
  const fields: Fields = {};
  let forbidden = false;
  if (i.regionCode && !ref.regions.some((r) => r.code === i.regionCode)) fields.regionCode = 'editor.validation.region';
  // Any region may be covered besides the owning one: covering grants no rights (lib/auth/guards).
  if (i.extraRegionCodes.some((c) => !ref.regions.some((r) => r.code === c)))
    fields.extraRegionCodes = 'editor.validation.extraRegions';
  else
    i.extraRegionCodes = normaliseExtraRegions(
      i.extraRegionCodes,
      i.regionCode,
      ref.regions.map((r) => r.code),
    );
  if (i.provinceCode) {
    const p = ref.provinces.find((x) => x.code === i.provinceCode);
    if (!p || p.regionCode !== i.regionCode) fields.provinceCode = 'editor.validation.provinceRegion';
  }
  const knownThemes = new Set(ref.themes.map((t) => t.id));
  if (i.themeIds.some((id) => !knownThemes.has(id))) fields.themeIds = 'editor.validation.theme';

  const inNamedSeries = i.seriesId !== null && (await isNamedOnSeries(o, i.seriesId));
  if (!can(o, 'actNationally') && !inNamedSeries) {
    if (i.scope === 'national') {
      const keeps = existing?.scope === 'national' && (await isNamedOn(o, existing.id));
      if (!keeps) {
        fields.scope = 'editor.validation.nationalNotAllowed';
        forbidden = true;
      }
    } else if (i.regionCode && !o.regions.includes(i.regionCode) && i.regionCode !== existing?.regionCode) {
      fields.regionCode = 'editor.validation.regionNotAllowed';
      forbidden = true;
    }
  }
  // An event reached only through a named series stays in it: saved outside, it would leave the
  // organiser's scope halfway through the save (its new places are set after the form's columns).
  if (existing && !can(o, 'actNationally') && !inNamedSeries && !fields.regionCode && !fields.scope) {
    const ownRegion = i.scope !== 'national' && !!i.regionCode && o.regions.includes(i.regionCode);
    if (!ownRegion && !(await isNamedOn(o, existing.id))) {
      fields.seriesId = 'editor.validation.seriesLeavesScope';
      forbidden = true;
    }
  }
  if (i.seriesId !== null && i.seriesId !== existing?.seriesId && !(await canManageSeries(o, i.seriesId))) {
    fields.seriesId = 'editor.validation.series';
    forbidden = true;
  }
  return Object.keys(fields).length ? { fields, forbidden } : null;
}

function choiceFailure<T>(c: { fields: Fields; forbidden: boolean }): EditorResult<T> {
  return fail(c.forbidden ? 'editor.errors.forbidden' : 'editor.errors.invalid', { fields: c.fields });
}

async function freeEventSlug(tx: Tx, base: string): Promise<string> {
  const rows = await tx
    .select({ slug: events.slug })
    .from(events)
    .where(sql`${events.slug} = ${base} or ${events.slug} like ${`${base}-%`}`);
  return firstFreeSlug(
    base,
    rows.map((r) => r.slug),
  );
}

async function slugTaken(tx: Tx, slug: string, exceptId?: number): Promise<boolean> {
  const [row] = await tx.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  return !!row && row.id !== exceptId;
}

async function setThemes(tx: Tx, eventId: number, themeIds: number[]): Promise<void> {
  await tx.delete(eventThemes).where(eq(eventThemes.eventId, eventId));
  if (themeIds.length) await tx.insert(eventThemes).values(themeIds.map((themeId) => ({ eventId, themeId })));
}

async function themeIdsOf(tx: Tx, eventId: number): Promise<number[]> {
  const rows = await tx.select({ id: eventThemes.themeId }).from(eventThemes).where(eq(eventThemes.eventId, eventId));
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Runs `work` in a transaction, again with a fresh slug if another event took ours meanwhile. */
async function withSlugRetry<T>(explicit: boolean, work: () => Promise<EditorResult<T>>): Promise<EditorResult<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (!isUniqueViolation(e, 'events_slug')) throw e;
      if (explicit) return invalid({ slug: 'editor.validation.slugTaken' });
      if (attempt >= 3) throw e;
    }
  }
}

/** A new event, always as a draft. The slug comes from the Finnish title unless the organiser gave one. */
export async function createEvent(
  o: Organiser,
  input: EventInput,
  now = new Date(),
): Promise<EditorResult<{ id: number; slug: string }>> {
  const choices = await checkChoices(o, input, null);
  if (choices) return choiceFailure(choices);
  return withSlugRetry(!!input.slug, () =>
    db().transaction(async (tx) => {
      if (input.slug && (await slugTaken(tx, input.slug)))
        return invalid<{ id: number; slug: string }>({ slug: 'editor.validation.slugTaken' });
      const slug = input.slug ?? (await freeEventSlug(tx, slugify(input.titleFi)));
      const [row] = await tx
        .insert(events)
        .values({
          ...columnsOf(input),
          capacityOnsite: input.capacityOnsite,
          capacityRemote: input.capacityRemote,
          slug,
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: events.id, slug: events.slug });
      await setThemes(tx, row.id, input.themeIds);
      await writeAudit(tx, o, 'event.create', `event:${row.id}`, {
        after: {
          slug,
          titleFi: input.titleFi,
          scope: input.scope,
          regionCode: input.regionCode,
          extraRegionCodes: input.extraRegionCodes,
          startsAt: input.startsAt.toISOString(),
          seriesId: input.seriesId,
        },
      });
      return { ok: true as const, value: row };
    }),
  );
}

export type UpdateOutcome = { notified: number; sequence: number; promoted: number[] };

/**
 * Save the form of an existing event. Any save moves `updated_at`; a new time or place also moves
 * `sequence` and, if the organiser asked, mails every registrant (`event_changed`, with their note)
 * in the same transaction. New capacities then go through setEventCapacity, which promotes.
 */
export async function updateEvent(
  o: Organiser,
  id: number,
  input: EventInput,
  now = new Date(),
): Promise<EditorResult<UpdateOutcome>> {
  const result = await withSlugRetry(!!input.slug, () =>
    db().transaction(async (tx): Promise<EditorResult<UpdateOutcome & { before: EventRow }>> => {
      const before = await findEventInScope(o, id, { lock: tx });
      if (!before) return fail('editor.errors.notFound');
      if (before.status === 'cancelled') return fail('editor.errors.cancelled');
      const choices = await checkChoices(o, input, before);
      if (choices) return choiceFailure(choices);

      let slug = before.slug;
      if (input.slug && input.slug !== before.slug) {
        // Published pages, feeds and other sites link to the slug: it changes only while a draft.
        if (before.status !== 'draft') return invalid({ slug: 'editor.validation.slugLocked' });
        if (await slugTaken(tx, input.slug, id)) return invalid({ slug: 'editor.validation.slugTaken' });
        slug = input.slug;
      }
      const [live] = await tx.execute<{ onsite: number; remote: number }>(sql`
      select count(*) filter (where attendance = 'onsite')::int as onsite, count(*) filter (where attendance = 'remote')::int as remote
      from ${registrations} where event_id = ${id} and status in ('confirmed', 'waitlisted')`);
      const modes = modesOf(input.format);
      if ((!modes.includes('onsite') && live.onsite > 0) || (!modes.includes('remote') && live.remote > 0)) {
        return invalid({ format: 'editor.validation.formatInUse' });
      }
      // People registered in Kokoon would be left with places Kokoon no longer keeps.
      if (input.registrationUrl && !before.registrationUrl && live.onsite + live.remote > 0) {
        return invalid({ registrationUrl: 'editor.validation.registrationUrlInUse' });
      }

      const cols = columnsOf(input);
      const moved = TIME_AND_PLACE.some((k) => !sameValue(before[k], cols[k]));
      const [after] = await tx
        .update(events)
        .set({ ...cols, slug, updatedAt: now, sequence: moved ? sql`${events.sequence} + 1` : before.sequence })
        .where(eq(events.id, id))
        .returning();
      const themesBefore = await themeIdsOf(tx, id);
      await setThemes(tx, id, input.themeIds);

      const notified =
        moved && input.notifyRegistrants && after.status === 'published'
          ? await notifyRegistrants(tx, after, 'event_changed', { fi: input.changeNoteFi, sv: input.changeNoteSv })
          : 0;
      const diff = diffSummary(
        { ...before, themeIds: themesBefore },
        { ...cols, slug, themeIds: [...input.themeIds].sort((a, b) => a - b) },
      );
      await writeAudit(tx, o, 'event.update', `event:${id}`, {
        ...(diff ?? { before: {}, after: {} }),
        ...(moved ? { sequence: after.sequence } : {}),
        ...(notified ? { notified, changeNoteFi: input.changeNoteFi, changeNoteSv: input.changeNoteSv } : {}),
      });
      return { ok: true, value: { notified, sequence: after.sequence, promoted: [], before } };
    }),
  );
  if (!result.ok) return result;
  const { before, ...outcome } = result.value;
  if (before.capacityOnsite !== input.capacityOnsite || before.capacityRemote !== input.capacityRemote) {
    const cap = await setCapacities(o, id, { onsite: input.capacityOnsite, remote: input.capacityRemote }, now);
    if (!cap.ok) return cap;
    outcome.promoted = cap.value.promoted;
  }
  return { ok: true, value: outcome };
}

/** Change the places; people on the waiting list move up at once if room appears. */
export async function setCapacities(
  o: Organiser,
  id: number,
  capacity: { onsite: number | null; remote: number | null },
  now = new Date(),
): Promise<EditorResult<{ promoted: number[] }>> {
  const found = await findEventInScope(o, id, {
    columns: ['format', 'capacityOnsite', 'capacityRemote', 'registrationUrl'],
  });
  if (!found) return fail('editor.errors.notFound');
  const before = { format: found.format, onsite: found.capacityOnsite, remote: found.capacityRemote };
  const fields: Fields = {};
  for (const [key, v] of [
    ['capacityOnsite', capacity.onsite],
    ['capacityRemote', capacity.remote],
  ] as const) {
    if (v !== null && (!Number.isInteger(v) || v < 0)) fields[key] = 'editor.validation.capacity';
  }
  // An event with registration elsewhere has no places in Kokoon.
  if (before.format !== 'online' && capacity.onsite === null && !found.registrationUrl)
    fields.capacityOnsite = 'editor.validation.capacityOnsiteRequired';
  if (Object.keys(fields).length) return invalid(fields);
  const r = await setEventCapacity(id, capacity, now);
  if (!r.ok) return fail('editor.errors.notFound');
  await writeAudit(db(), o, 'event.capacity', `event:${id}`, {
    before: { capacityOnsite: before.onsite, capacityRemote: before.remote },
    after: { capacityOnsite: capacity.onsite, capacityRemote: capacity.remote },
    promoted: r.value.promoted.length,
  });
  return { ok: true, value: { promoted: r.value.promoted } };
}

/** Gaps an organiser should see before publishing; publishing anyway is their call. */
export type PublishWarning = 'noStream' | 'noTitleSv' | 'noSummarySv';

async function warningsOf(
  q: Tx | Database,
  e: { id: number; format: 'onsite' | 'online' | 'hybrid'; titleSv: string | null; summarySv: string | null },
): Promise<PublishWarning[]> {
  const out: PublishWarning[] = [];
  if (e.format !== 'onsite') {
    const [stream] = await q.select({ url: eventStreams.url }).from(eventStreams).where(eq(eventStreams.eventId, e.id));
    if (!stream?.url.trim()) out.push('noStream'); // remote participants would get no link
  }
  if (!e.titleSv?.trim()) out.push('noTitleSv'); // Swedish readers would see the Finnish text
  if (!e.summarySv?.trim()) out.push('noSummarySv');
  return out;
}

/** What publishing the event now would leave missing (none for an event that is not a draft). */
export async function publishWarnings(o: Organiser, id: number): Promise<EditorResult<PublishWarning[]>> {
  const e = await findEventInScope(o, id);
  if (!e) return fail('editor.errors.notFound');
  return { ok: true, value: e.status === 'draft' ? await warningsOf(db(), e) : [] };
}

/**
 * Draft → published: the event appears in the catalogue, the API and the feeds. With a gap (a
 * remote event without a stream, no Swedish title or summary) it is published only when the
 * organiser confirmed it after seeing the warnings.
 */
export async function publishEvent(
  o: Organiser,
  id: number,
  now = new Date(),
  { confirmed = false }: { confirmed?: boolean } = {},
): Promise<EditorResult<null>> {
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, id, { lock: tx });
    if (!e) return fail('editor.errors.notFound');
    if (e.status !== 'draft') return fail('editor.errors.notDraft');
    if (!confirmed && (await warningsOf(tx, e)).length > 0) return fail('editor.errors.publishWarnings');
    await tx.update(events).set({ status: 'published', updatedAt: now }).where(eq(events.id, id));
    await writeAudit(tx, o, 'event.publish', `event:${id}`, {
      before: { status: e.status },
      after: { status: 'published' },
    });
    return { ok: true, value: null };
  });
}

/** Published → draft, only while nobody is registered (they would lose their event without a word). */
export async function unpublishEvent(o: Organiser, id: number, now = new Date()): Promise<EditorResult<null>> {
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, id, { lock: tx });
    if (!e) return fail('editor.errors.notFound');
    if (e.status !== 'published') return fail('editor.errors.notPublished');
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(and(eq(registrations.eventId, id), inArray(registrations.status, ['confirmed', 'waitlisted'])));
    if (n > 0) return fail('editor.errors.hasRegistrations', { params: { count: n } });
    await tx
      .update(events)
      .set({ status: 'draft', updatedAt: now, sequence: sql`${events.sequence} + 1` })
      .where(eq(events.id, id));
    await writeAudit(tx, o, 'event.unpublish', `event:${id}`, {
      before: { status: 'published' },
      after: { status: 'draft' },
    });
    return { ok: true, value: null };
  });
}

/**
 * Cancel a published event: it stays public, marked cancelled (feeds keep it with STATUS:CANCELLED),
 * and every confirmed or waitlisted person gets `event_cancelled` with the organiser's note.
 */
export async function cancelEvent(
  o: Organiser,
  id: number,
  input: CancelInput,
  now = new Date(),
): Promise<EditorResult<{ notified: number }>> {
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, id, { lock: tx });
    if (!e) return fail('editor.errors.notFound');
    if (e.status === 'cancelled') return fail('editor.errors.cancelled');
    // A draft was never public: nobody to tell, nothing to mark. It simply stays unpublished.
    if (e.status !== 'published') return fail('editor.errors.notPublished');
    const [after] = await tx
      .update(events)
      .set({ status: 'cancelled', updatedAt: now, sequence: sql`${events.sequence} + 1` })
      .where(eq(events.id, id))
      .returning();
    const notified = await notifyRegistrants(tx, after, 'event_cancelled', {
      fi: input.changeNoteFi,
      sv: input.changeNoteSv,
    });
    await writeAudit(tx, o, 'event.cancel', `event:${id}`, {
      before: { status: e.status },
      after: { status: 'cancelled' },
      notified,
      changeNoteFi: input.changeNoteFi,
      changeNoteSv: input.changeNoteSv,
    });
    return { ok: true, value: { notified } };
  });
}

/** A copy as a new draft (themes and named organisers too; no registrations, stream or materials). */
export async function duplicateEvent(
  o: Organiser,
  id: number,
  now = new Date(),
): Promise<EditorResult<{ id: number; slug: string }>> {
  return withSlugRetry(false, () =>
    db().transaction(async (tx) => {
      const src = await findEventInScope(o, id, { lock: tx });
      if (!src) return fail<{ id: number; slug: string }>('editor.errors.notFound');
      const { id: _id, slug: _slug, status: _status, sequence: _seq, createdAt: _c, updatedAt: _u, ...copy } = src;
      const slug = await freeEventSlug(tx, slugify(src.titleFi));
      const [row] = await tx
        .insert(events)
        .values({ ...copy, slug, status: 'draft', sequence: 0, createdAt: now, updatedAt: now })
        .returning({ id: events.id, slug: events.slug });
      await setThemes(tx, row.id, await themeIdsOf(tx, id));
      const named = await tx
        .select({ userId: eventOrganisers.userId })
        .from(eventOrganisers)
        .where(eq(eventOrganisers.eventId, id));
      if (named.length)
        await tx.insert(eventOrganisers).values(named.map((n) => ({ eventId: row.id, userId: n.userId })));
      await writeAudit(tx, o, 'event.duplicate', `event:${row.id}`, {
        from: `event:${id}`,
        after: { slug, status: 'draft' },
      });
      return { ok: true as const, value: row };
    }),
  );
}

/** Set or change the live stream (kept apart from the event; only registered remote participants reach it). */
export async function setStream(o: Organiser, id: number, input: StreamInput): Promise<EditorResult<null>> {
  const event = await findEventInScope(o, id, { columns: ['format'] });
  if (!event) return fail('editor.errors.notFound');
  const [stream] = await db().select({ url: eventStreams.url }).from(eventStreams).where(eq(eventStreams.eventId, id));
  const e = { format: event.format, url: stream?.url ?? null };
  if (e.format === 'onsite') return invalid({ url: 'editor.validation.streamOnsite' });
  await setEventStream(id, input);
  // The address itself stays out of the log: only where it points.
  const host = (u: string | null) => (u ? new URL(u).host : null);
  await writeAudit(db(), o, 'event.stream', `event:${id}`, {
    before: { host: host(e.url) },
    after: { host: host(input.url) },
  });
  return { ok: true, value: null };
}

export { addEventMaterial } from '@/lib/materials/editor'; // materials live in lib/materials
