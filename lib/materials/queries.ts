import 'server-only';
// Reading materials: an event's list (public, for its participants, for its organisers), the
// standalone materials of the bank with search and filters, and where each one is opened — its link,
// or Kokoon's download URL for an uploaded file (public: /api/materials/{id}/file; participants-only:
// under the person's private manage link).
import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventMaterials, events } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';
import { matchesWords, queryWords } from '@/lib/attendance/search';
import type { Locale } from '@/lib/i18n/routing';
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

/** The public download URL of a public material's file (a path; absolute with `origin`). */
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
 * Public materials, newest first: standalone ones and those of events that are not drafts, searched
 * (words of titles and descriptions, and of the event's title; case and accents folded) and filtered
 * by theme (the material's own, or its event's), kind and language (`sv` finds sv and both).
 */
export async function listPublicMaterials(
  query: MaterialsQuery,
  opts: { standaloneOnly?: boolean; limit?: number } = {},
): Promise<PublicMaterial[]> {
  const where: (SQL | undefined)[] = [
    eq(eventMaterials.visibility, 'public'),
    opts.standaloneOnly
      ? isNull(eventMaterials.eventId)
      : or(isNull(eventMaterials.eventId), ne(events.status, 'draft')),
  ];
  if (query.kind) where.push(eq(eventMaterials.kind, query.kind));
  if (query.lang) where.push(inArray(eventMaterials.language, [query.lang, 'both']));
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
