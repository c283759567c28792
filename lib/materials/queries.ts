import 'server-only';
// Reading materials: an event's list (public, for its participants, for its organisers), the
// standalone materials of the bank with search and filters, and where each one is opened — its link,
// or Kokoon's download URL for an uploaded file (public: /api/materials/{id}/file; participants-only:
// under the person's private manage link).
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventMaterials, events } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';
import { matchesWords, queryWords } from '@/lib/attendance/search';
import type { Locale } from '@/lib/i18n/routing';
import { publiclyListed } from '@/lib/events/visibility';
import type { MaterialKind, MaterialsQuery } from './schema';
import { seesParticipantMaterials } from './access';

export type Material = {
  id: number;
  eventId: number | null;
  kind: MaterialKind;
  titleFi: string;
  titleSv: string | null;
  descriptionFi: string | null;
  descriptionSv: string | null;
  url: string | null;
  hasFile: boolean;
  visibility: 'public' | 'participants';
  language: 'fi' | 'sv' | 'both';
  themes: string[];
  targetLevel: string | null;
  year: number | null;
  captioned: boolean | null;
  createdAt: Date;
};

const COLUMNS = {
  id: eventMaterials.id,
  eventId: eventMaterials.eventId,
  kind: eventMaterials.kind,
  titleFi: eventMaterials.titleFi,
  titleSv: eventMaterials.titleSv,
  descriptionFi: eventMaterials.descriptionFi,
  descriptionSv: eventMaterials.descriptionSv,
  url: eventMaterials.url,
  hasFile: sql<boolean>`${eventMaterials.fileId} is not null`,
  visibility: eventMaterials.visibility,
  language: eventMaterials.language,
  themes: eventMaterials.themes,
  targetLevel: eventMaterials.targetLevel,
  year: eventMaterials.year,
  captioned: eventMaterials.captioned,
  createdAt: eventMaterials.createdAt,
};

/** The public download URL of a public material's file (a path; the API puts the public base URL before it). */
export const publicFilePath = (id: number) => `/api/materials/${id}/file`;
/** Where a person opens a material: its link, or its file (participants-only files only under their manage link). */
export function materialHref(
  m: Pick<Material, 'id' | 'url' | 'visibility'>,
  via?: { locale: Locale; token: string },
): string {
  if (m.url) return m.url;
  return via ? `/${via.locale}/registrations/${via.token}/materials/${m.id}` : publicFilePath(m.id);
}

/** An event's materials in the organisers' order: public ones, or all of them (participants and organisers). */
export async function listEventMaterials(eventId: number, audience: 'public' | 'participants'): Promise<Material[]> {
  const byEvent = eq(eventMaterials.eventId, eventId);
  return db()
    .select(COLUMNS)
    .from(eventMaterials)
    .where(audience === 'public' ? and(byEvent, eq(eventMaterials.visibility, 'public')) : byEvent)
    .orderBy(asc(eventMaterials.sortOrder), asc(eventMaterials.id));
}

/** What a registration's manage page lists: every material of the event for a confirmed or attended person, nothing otherwise. */
export async function listMaterialsForRegistration(r: {
  eventId: number;
  status: string;
  attendedOnsite: boolean | null;
}): Promise<Material[]> {
  return seesParticipantMaterials(r) ? listEventMaterials(r.eventId, 'participants') : [];
}

/** Standalone materials this organiser may change: all for the national admin, their own for an organiser. */
export async function listStandaloneForOrganiser(o: Organiser): Promise<Material[]> {
  const where = can(o, 'actNationally')
    ? isNull(eventMaterials.eventId)
    : and(isNull(eventMaterials.eventId), eq(eventMaterials.createdBy, o.id));
  return db()
    .select(COLUMNS)
    .from(eventMaterials)
    .where(where)
    .orderBy(desc(eventMaterials.createdAt), desc(eventMaterials.id));
}

/** `themes`: the material's own and its event's. */
export type PublicMaterial = Material & { event: { slug: string; titleFi: string; titleSv: string | null } | null };

/**
 * The material filters shared by the bank and the API: kind, language (`sv` finds sv and both),
 * target level, and year — the material's own, or for an event's material without one, the year
 * (Helsinki time) its event started. `events` must be in the query (joined, or the outer query).
 */
export function materialFilters(query: MaterialsQuery): SQL[] {
  const where: SQL[] = [];
  if (query.kind) where.push(eq(eventMaterials.kind, query.kind));
  if (query.lang) where.push(inArray(eventMaterials.language, [query.lang, 'both']));
  if (query.level) where.push(eq(eventMaterials.targetLevel, query.level));
  if (query.year !== undefined) {
    where.push(
      sql`coalesce(${qualified(eventMaterials.year)}, extract(year from ${qualified(events.startsAt)} at time zone 'Europe/Helsinki')::int) = ${query.year}`,
    );
  }
  return where;
}

/**
 * Public materials, newest first: standalone ones and those of publicly listed events (never a
 * draft's, nor an unlisted or invited event's: its slug would give it away), searched (words of
 * titles and descriptions, and of the event's title; case and accents folded) and filtered by theme
 * (the material's own, or its event's) and `materialFilters`.
 */
export async function listPublicMaterials(
  query: MaterialsQuery,
  opts: { standaloneOnly?: boolean; limit?: number } = {},
): Promise<PublicMaterial[]> {
  const where: (SQL | undefined)[] = [
    eq(eventMaterials.visibility, 'public'),
    opts.standaloneOnly ? isNull(eventMaterials.eventId) : or(isNull(eventMaterials.eventId), publiclyListed),
    ...materialFilters(query),
  ];
  if (query.theme) {
    where.push(sql`(${query.theme} = any(${eventMaterials.themes}) or exists (select 1 from event_themes et join themes t on t.id = et.theme_id
      where et.event_id = ${eventMaterials.eventId} and t.slug = ${query.theme}))`);
  }
  const eventThemeSlugs = sql<
    string[]
  >`coalesce((select array_agg(t.slug order by t.sort_order) from event_themes et join themes t on t.id = et.theme_id
    where et.event_id = ${eventMaterials.eventId}), '{}'::text[])`;
  const rows = await db()
    .select({
      ...COLUMNS,
      eventSlug: events.slug,
      eventTitleFi: events.titleFi,
      eventTitleSv: events.titleSv,
      eventThemes: eventThemeSlugs,
    })
    .from(eventMaterials)
    .leftJoin(events, eq(events.id, eventMaterials.eventId))
    .where(and(...where))
    .orderBy(desc(eventMaterials.createdAt), desc(eventMaterials.id))
    .limit(2000);
  const words = queryWords(query.q);
  return rows
    .filter((r) =>
      matchesWords([r.titleFi, r.titleSv, r.descriptionFi, r.descriptionSv, r.eventTitleFi, r.eventTitleSv], words),
    )
    .slice(0, opts.limit ?? 200)
    .map(({ eventSlug, eventTitleFi, eventTitleSv, eventThemes, ...m }) => ({
      ...m,
      themes: [...new Set([...m.themes, ...eventThemes])],
      event: eventSlug ? { slug: eventSlug, titleFi: eventTitleFi!, titleSv: eventTitleSv } : null,
    }));
}

/** The years the bank's year filter offers (see `materialFilters`): those of its public materials, newest first. */
export async function publicMaterialYears(): Promise<number[]> {
  const year = sql<number>`coalesce(${qualified(eventMaterials.year)}, extract(year from ${qualified(events.startsAt)} at time zone 'Europe/Helsinki')::int)`;
  const rows = await db()
    .selectDistinct({ year })
    .from(eventMaterials)
    .leftJoin(events, eq(events.id, eventMaterials.eventId))
    .where(
      and(
        eq(eventMaterials.visibility, 'public'),
        or(isNull(eventMaterials.eventId), publiclyListed),
        sql`${year} is not null`,
      ),
    )
    .orderBy(desc(year));
  return rows.map((r) => Number(r.year));
}
