import 'server-only';
// What the catalogue pages need in one call: reference data, parsed filters and the matching events.
import { getReferenceData, type ReferenceData } from '@/lib/reference';
import { parseCatalogueFilters, type EventQuery, type FilterError, type FilterReference } from './filters';
import { listPastEvents, listUpcomingEvents, upcomingMonths, type EventSummary } from './queries';

export function filterReference(ref: ReferenceData): FilterReference {
  return {
    regionCodes: ref.regions.map((r) => r.code),
    provinceCodes: ref.provinces.map((p) => p.code),
    themeSlugs: ref.themes.map((t) => t.slug),
  };
}

export type CataloguePage = {
  reference: ReferenceData;
  query: EventQuery;
  month?: string;
  months: string[];
  errors: FilterError[];
  events: EventSummary[];
};

export async function loadCatalogue(
  searchParams: Record<string, string | string[] | undefined>,
  when: 'upcoming' | 'past',
  now = new Date(),
): Promise<CataloguePage> {
  const reference = await getReferenceData();
  const { query, month, errors } = parseCatalogueFilters(searchParams, filterReference(reference));
  const [events, months] = await Promise.all([
    when === 'upcoming' ? listUpcomingEvents(query, now) : listPastEvents(query, now),
    when === 'upcoming' ? upcomingMonths(now) : Promise.resolve([]),
  ]);
  return { reference, query, month, months, errors, events };
}
