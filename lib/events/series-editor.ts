import 'server-only';
// Training series in the workspace: create and edit a series, list its sessions, and prefill a new
// session from it. Who may manage a series (`seriesScope`: its co-organisers, or an organiser whose
// scope holds every session) is decided in lib/auth/guards.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, eventThemes, seriesOrganisers, trainingSeries } from '@/db/schema';
import { eventScope, seriesScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit, diffSummary } from '@/lib/audit';
import type { EditorResult, EventFormValues, SeriesFormValues, SeriesInput } from './editor-schema';
import { localInputs } from './editor-schema';
import { isValidId } from '@/lib/ids';
import { firstFreeSlug, isUniqueViolation, slugify } from './slug';

export { seriesScope }; // the rule lives in lib/auth/guards

export async function canManageSeries(o: Organiser, seriesId: number): Promise<boolean> {
  if (!isValidId(seriesId)) return false;
  const [row] = await db()
    .select({ id: trainingSeries.id })
    .from(trainingSeries)
    .where(and(eq(trainingSeries.id, seriesId), seriesScope(o)));
  return !!row;
}

export type SeriesListItem = {
  id: number;
  slug: string;
  titleFi: string;
  titleSv: string | null;
  project: string;
  sessions: number;
};

export async function listManageableSeries(o: Organiser): Promise<SeriesListItem[]> {
  return db()
    .select({
      id: trainingSeries.id,
      slug: trainingSeries.slug,
      titleFi: trainingSeries.titleFi,
      titleSv: trainingSeries.titleSv,
      project: trainingSeries.project,
      sessions: sql<number>`(select count(*)::int from ${events} e where e.series_id = ${qualified(trainingSeries.id)})`,
    })
    .from(trainingSeries)
    .where(seriesScope(o))
    .orderBy(desc(trainingSeries.createdAt), desc(trainingSeries.id));
}

async function freeSeriesSlug(base: string): Promise<string> {
  const rows = await db()
    .select({ slug: trainingSeries.slug })
    .from(trainingSeries)
    .where(sql`${trainingSeries.slug} = ${base} or ${trainingSeries.slug} like ${`${base}-%`}`);
  return firstFreeSlug(
    base,
    rows.map((r) => r.slug),
  );
}

export async function createSeries(
  o: Organiser,
  input: SeriesInput,
  now = new Date(),
): Promise<EditorResult<{ id: number; slug: string }>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const slug = await freeSeriesSlug(slugify(input.titleFi));
      return await db().transaction(async (tx) => {
        const [row] = await tx
          .insert(trainingSeries)
          .values({ ...input, slug, createdBy: o.id, createdAt: now, updatedAt: now })
          .returning({ id: trainingSeries.id, slug: trainingSeries.slug });
        // A project organiser has no region: without being named on the series it made, it could not
        // add a single session to it (its sessions may lie in any region). Named at once, like the
        // admin would name it; region organisers manage their series through their region.
        if (o.role === 'project') await tx.insert(seriesOrganisers).values({ seriesId: row.id, userId: o.id });
        await writeAudit(tx, o, 'series.create', `series:${row.id}`, { after: { slug, ...input } });
        return { ok: true as const, value: row };
      });
    } catch (e) {
      // Someone took the same slug a moment ago: pick the next one.
      if (attempt < 3 && isUniqueViolation(e, 'training_series_slug')) continue;
      throw e;
    }
  }
}

export async function updateSeries(
  o: Organiser,
  id: number,
  input: SeriesInput,
  now = new Date(),
): Promise<EditorResult<null>> {
  if (!isValidId(id)) return { ok: false, error: 'editor.errors.notFound' };
  return db().transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(trainingSeries)
      .where(and(eq(trainingSeries.id, id), seriesScope(o)))
      .for('update');
    if (!before) return { ok: false as const, error: 'editor.errors.notFound' as const };
    await tx
      .update(trainingSeries)
      .set({ ...input, updatedAt: now })
      .where(eq(trainingSeries.id, id));
    await writeAudit(tx, o, 'series.update', `series:${id}`, diffSummary(before, input) ?? { before: {}, after: {} });
    return { ok: true as const, value: null };
  });
}

export type SeriesSession = {
  id: number;
  slug: string;
  titleFi: string;
  titleSv: string | null;
  status: 'draft' | 'published' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  city: string | null;
};
export type EditableSeries = { id: number; slug: string; values: SeriesFormValues; sessions: SeriesSession[] };

export async function getSeriesForEdit(o: Organiser, id: number): Promise<EditableSeries | null> {
  if (!isValidId(id)) return null;
  const [s] = await db()
    .select()
    .from(trainingSeries)
    .where(and(eq(trainingSeries.id, id), seriesScope(o)));
  if (!s) return null;
  const sessions = await db()
    .select({
      id: events.id,
      slug: events.slug,
      titleFi: events.titleFi,
      titleSv: events.titleSv,
      status: events.status,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      city: events.city,
    })
    .from(events)
    .where(and(eq(events.seriesId, id), eventScope(o)))
    .orderBy(asc(events.startsAt), asc(events.id));
  return {
    id: s.id,
    slug: s.slug,
    sessions,
    values: {
      titleFi: s.titleFi,
      titleSv: s.titleSv ?? '',
      descriptionFi: s.descriptionFi,
      descriptionSv: s.descriptionSv ?? '',
      trainers: s.trainers,
      project: s.project,
    },
  };
}

/**
 * What "add session" prefills: the series' title and description, and from its latest session the
 * kind, format, themes, hours, places and contact. Date and place are each session's own.
 */
export async function sessionDefaults(o: Organiser, seriesId: number): Promise<Partial<EventFormValues> | null> {
  if (!isValidId(seriesId)) return null;
  const [s] = await db()
    .select()
    .from(trainingSeries)
    .where(and(eq(trainingSeries.id, seriesId), seriesScope(o)));
  if (!s) return null;
  const base: Partial<EventFormValues> = {
    kind: 'training',
    seriesId: String(s.id),
    titleFi: s.titleFi,
    titleSv: s.titleSv ?? '',
    descriptionFi: s.descriptionFi,
    descriptionSv: s.descriptionSv ?? '',
  };
  const [last] = await db()
    .select()
    .from(events)
    .where(eq(events.seriesId, seriesId))
    .orderBy(desc(events.startsAt))
    .limit(1);
  if (!last) return base;
  const themes = await db()
    .select({ id: eventThemes.themeId })
    .from(eventThemes)
    .where(eq(eventThemes.eventId, last.id));
  return {
    ...base,
    kind: last.kind,
    format: last.format,
    summaryFi: last.summaryFi,
    summarySv: last.summarySv ?? '',
    themeIds: themes.map((t) => String(t.id)),
    startTime: localInputs(last.startsAt).time,
    endTime: localInputs(last.endsAt).time,
    capacityOnsite: last.capacityOnsite === null ? '' : String(last.capacityOnsite),
    capacityRemote: last.capacityRemote === null ? '' : String(last.capacityRemote),
    waitlistEnabled: last.waitlistEnabled,
    freedPlaces: last.freedPlaces,
    offerHours: String(last.offerHours),
    isFree: last.isFree,
    priceNote: last.priceNote ?? '',
    contactName: last.contactName ?? '',
    contactEmail: last.contactEmail ?? '',
    contactPhone: last.contactPhone ?? '',
  };
}
