import 'server-only';
// The materials bank: the network's standalone materials (lib/materials/queries listPublicMaterials)
// and past published events that have public materials (slides, recordings, links, files),
// searchable by words of the title and filtered by theme, kind, language, target level and year.
// Materials for participants only never appear here; they stay on each participant's manage page.
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventMaterials, events, eventThemes, themes } from '@/db/schema';
import { matchesWords, queryWords } from '@/lib/attendance/search';
import { publiclyListed } from '@/lib/events/visibility';
import { materialsQuery, type MaterialKind, type MaterialsQuery } from './schema';
import { materialFilters } from './queries';

export const materialsBankQuery = materialsQuery;
export type MaterialsBankQuery = MaterialsQuery;

export type BankEvent = {
  id: number;
  slug: string;
  kind: string;
  titleFi: string;
  titleSv: string | null;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  themes: { slug: string; nameFi: string; nameSv: string }[];
  materials: {
    id: number;
    kind: MaterialKind;
    titleFi: string;
    titleSv: string | null;
    url: string | null;
    hasFile: boolean;
    visibility: 'public';
    captioned: boolean | null;
  }[];
};

export async function listMaterialsBank(query: MaterialsBankQuery, now = new Date()): Promise<BankEvent[]> {
  // The materials shown: public ones, of the chosen kind, language (Swedish: sv and both), level and
  // year (the event's, for a material without its own); `events` is in both queries below.
  const shown = and(eq(eventMaterials.visibility, 'public'), ...materialFilters(query))!;
  const where = [
    eq(events.status, 'published'),
    publiclyListed,
    lt(events.endsAt, now),
    sql`exists (select 1 from ${eventMaterials} where ${eventMaterials.eventId} = ${qualified(events.id)} and ${shown})`,
  ];
  if (query.theme) {
    where.push(
      sql`exists (select 1 from ${eventThemes} et join ${themes} t on t.id = et.theme_id where et.event_id = ${qualified(events.id)} and t.slug = ${query.theme})`,
    );
  }
  const rows = await db()
    .select({
      id: events.id,
      slug: events.slug,
      kind: events.kind,
      titleFi: events.titleFi,
      titleSv: events.titleSv,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      city: events.city,
      summaryFi: events.summaryFi,
      summarySv: events.summarySv,
    })
    .from(events)
    .where(and(...where))
    .orderBy(desc(events.startsAt))
    .limit(2000);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [mats, tags] = await Promise.all([
    db()
      .select({
        id: eventMaterials.id,
        eventId: eventMaterials.eventId,
        kind: eventMaterials.kind,
        titleFi: eventMaterials.titleFi,
        titleSv: eventMaterials.titleSv,
        url: eventMaterials.url,
        hasFile: sql<boolean>`${eventMaterials.fileId} is not null`,
        visibility: sql<'public'>`'public'`,
        captioned: eventMaterials.captioned,
      })
      .from(eventMaterials)
      .innerJoin(events, eq(events.id, eventMaterials.eventId))
      .where(and(inArray(eventMaterials.eventId, ids), shown))
      .orderBy(asc(eventMaterials.sortOrder), asc(eventMaterials.id)),
    db()
      .select({ eventId: eventThemes.eventId, slug: themes.slug, nameFi: themes.nameFi, nameSv: themes.nameSv })
      .from(eventThemes)
      .innerJoin(themes, eq(themes.id, eventThemes.themeId))
      .where(inArray(eventThemes.eventId, ids))
      .orderBy(asc(themes.sortOrder)),
  ]);
  // Words are matched here, not in SQL, with the rule of the organisers' search (case and accents
  // folded: "kaymattomat" finds "käymättömät"), whatever the database's collation.
  const words = queryWords(query.q);
  return rows
    .map(({ summaryFi, summarySv, ...r }) => ({
      ...r,
      themes: tags.filter((t) => t.eventId === r.id).map(({ eventId: _e, ...t }) => t),
      materials: mats.filter((m) => m.eventId === r.id).map(({ eventId: _e, ...m }) => m),
      text: [r.titleFi, r.titleSv, summaryFi, summarySv],
    }))
    .filter((e) => matchesWords([...e.text, ...e.materials.flatMap((m) => [m.titleFi, m.titleSv])], words))
    .slice(0, 200)
    .map(({ text: _t, ...e }) => e);
}
