import 'server-only';
// The statistics as labelled tables in the organiser's language. The pages render these tables
// (the accessible alternative to each chart) and the exports write the very same tables, so a
// downloaded file always says what the page said.
import { localized, translate } from '@/lib/i18n/messages';
import type { AppLocale } from '@/lib/i18n/routing';
import { getReferenceData } from '@/lib/reference';
import { formatMonth, formatShortDate } from '@/lib/time';
import type { DimensionRow, ReachStats, TimelinePoint, UnreachedMunicipality } from './compute';
import { NATIONAL, type OverviewRow } from './queries';

export type Cell = string | number;
export type StatsTable = { key: TableKey; title: string; header: string[]; rows: Cell[][]; numeric: boolean[] };

export const TABLE_KEYS = ['events', 'sectors', 'provinces', 'municipalities', 'timeline', 'unreached', 'regions'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

type Labels = {
  text: (key: string, values?: Record<string, string | number>) => string;
  sector: (code: string | null) => string; province: (code: string | null) => string;
  municipality: (code: string | null) => string; area: (code: string) => string;
};

export async function labels(locale: AppLocale): Promise<Labels> {
  const ref = await getReferenceData();
  const name = (list: { code: string; nameFi: string; nameSv: string }[]) => {
    const m = new Map(list.map((x) => [x.code, localized(locale, x.nameFi, x.nameSv)]));
    return (code: string | null) => (code === null ? translate(locale, 'stats.unknown') : m.get(code) ?? code);
  };
  const region = name(ref.regions);
  return {
    text: (key, values) => translate(locale, `stats.${key}`, values),
    sector: name(ref.sectors), province: name(ref.provinces), municipality: name(ref.municipalities),
    area: (code) => (code === NATIONAL ? translate(locale, 'stats.national') : region(code)),
  };
}

function table(key: TableKey, l: Labels, header: string[], rows: Cell[][]): StatsTable {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return { key, title: l.text(`tables.${key}`), header, rows, numeric };
}

function dimension(key: 'sectors' | 'provinces' | 'municipalities', l: Labels, rows: DimensionRow[]): StatsTable {
  const label = key === 'sectors' ? l.sector : key === 'provinces' ? l.province : l.municipality;
  return table(key, l, [l.text(`col.${key}`), l.text('col.registered'), l.text('col.attended')],
    rows.map((r) => [label(r.code), r.registered, r.attended]));
}

export function timelineLabel(p: TimelinePoint, locale: AppLocale): string {
  return p.key.length === 7 ? formatMonth(p.key, locale) : formatShortDate(new Date(`${p.key}T12:00:00Z`), locale);
}

export function reachTables(stats: ReachStats, l: Labels, locale: AppLocale, unreached: UnreachedMunicipality[] | null): StatsTable[] {
  const out: StatsTable[] = [];
  if (stats.events.length > 1 || unreached) {
    out.push(table('events', l, [
      l.text('col.event'), l.text('col.date'), l.text('col.registeredOnsite'), l.text('col.registeredRemote'), l.text('col.attendedOnsite'),
      l.text('col.attendedRemote'), l.text('col.waitlisted'), l.text('col.cancelled'), l.text('col.new'), l.text('col.returning'), l.text('col.missingSectors'),
    ], stats.events.map((e) => [
      localized(locale, e.titleFi, e.titleSv), formatShortDate(e.startsAt, locale), e.totals.registered.onsite, e.totals.registered.remote,
      e.totals.attended.onsite, e.totals.attended.remote, e.totals.waitlisted, e.totals.cancelled, e.totals.newPeople, e.totals.returning,
      e.missingSectors.map(l.sector).join(', ') || l.text('none'),
    ])));
  }
  out.push(dimension('sectors', l, stats.sectors), dimension('provinces', l, stats.provinces), dimension('municipalities', l, stats.municipalities));
  out.push(table('timeline', l, [l.text('col.when'), l.text('col.signUps')], stats.timeline.map((p) => [timelineLabel(p, locale), p.count])));
  if (unreached) {
    out.push(table('unreached', l, [l.text('col.municipalities'), l.text('col.provinces'), l.text('col.registered')],
      unreached.map((m) => [l.municipality(m.code), l.province(m.provinceCode), m.registered])));
  }
  return out;
}

export function overviewTable(rows: OverviewRow[], l: Labels): StatsTable {
  return table('regions', l, [
    l.text('col.area'), l.text('col.events'), l.text('col.registeredOnsite'), l.text('col.registeredRemote'), l.text('col.attendedOnsite'),
    l.text('col.attendedRemote'), l.text('col.new'), l.text('col.returning'), l.text('col.reached'),
  ], rows.map((r) => [
    l.area(r.area), r.totals.events, r.totals.registered.onsite, r.totals.registered.remote, r.totals.attended.onsite,
    r.totals.attended.remote, r.totals.newPeople, r.totals.returning,
    r.municipalityCount === null ? '–' : l.text('reachedOf', { reached: r.reached ?? 0, total: r.municipalityCount }),
  ]));
}
