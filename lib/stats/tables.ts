import 'server-only';
// The statistics as labelled tables in the organiser's language. The pages render these tables
// (the accessible alternative to each chart) and the exports write the very same tables, so a
// downloaded file always says what the page said.
import { localized, translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { getReferenceData } from '@/lib/reference';
import { formatMonth, formatShortDate } from '@/lib/time';
import {
  attendanceRate,
  type DimensionRow,
  type ReachStats,
  type SplitStats,
  type TimelinePoint,
  type RegionReach,
  type Totals,
} from './compute';
import type { Heat } from './heat';
import { NATIONAL, type OverviewRow } from './queries';
import { changePercent, signed, type Trend, type TrendRow } from './trend';

export type Cell = string | number;
export type StatsTable = { key: TableKey; title: string; header: string[]; rows: Cell[][]; numeric: boolean[] };

export const TABLE_KEYS = [
  'events',
  'upcoming',
  'sectors',
  'provinces',
  'municipalities',
  'timeline',
  'unreached',
  'pending',
  'regions',
  'trendRegions',
  'trendSectors',
  'trendProvinces',
  'heat',
  // Who the audience is (lib/audience/stats-report.ts).
  'roleCategories',
  'organisationTypes',
  'educationLevels',
  'vipuContact',
  'audienceMissing',
] as const;
/** One own question's answers (lib/questions/stats.ts): `question-{id}`. */
export type QuestionTableKey = `question-${number}`;
export type TableKey = (typeof TABLE_KEYS)[number] | QuestionTableKey;
export const isTableKey = (k: string): k is TableKey =>
  (TABLE_KEYS as readonly string[]).includes(k) || /^question-[1-9]\d{0,9}$/.test(k);

type Labels = {
  text: (key: string, values?: Record<string, string | number>) => string;
  sector: (code: string | null) => string;
  province: (code: string | null) => string;
  municipality: (code: string | null) => string;
  area: (code: string) => string;
};

export async function labels(locale: Locale): Promise<Labels> {
  const ref = await getReferenceData();
  const name = (list: { code: string; nameFi: string; nameSv: string }[]) => {
    const m = new Map(list.map((x) => [x.code, localized(locale, x.nameFi, x.nameSv)]));
    return (code: string | null) => (code === null ? translate(locale, 'stats.unknown') : (m.get(code) ?? code));
  };
  const region = name(ref.regions);
  return {
    text: (key, values) => translate(locale, `stats.${key}`, values),
    sector: name(ref.sectors),
    province: name(ref.provinces),
    municipality: name(ref.municipalities),
    area: (code) => (code === NATIONAL ? translate(locale, 'stats.national') : region(code)),
  };
}

function table(key: TableKey, l: Labels, header: string[], rows: Cell[][]): StatsTable {
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return { key, title: l.text(`tables.${key}`), header, rows, numeric };
}

function dimension(key: 'sectors' | 'provinces' | 'municipalities', l: Labels, rows: DimensionRow[]): StatsTable {
  const label = key === 'sectors' ? l.sector : key === 'provinces' ? l.province : l.municipality;
  return table(
    key,
    l,
    [l.text(`col.${key}`), l.text('col.registered'), l.text('col.attended')],
    rows.map((r) => [label(r.code), r.registered, r.attended]),
  );
}

export function timelineLabel(p: TimelinePoint, locale: Locale): string {
  return p.key.length === 7 ? formatMonth(p.key, locale) : formatShortDate(new Date(`${p.key}T12:00:00Z`), locale);
}

/** "63 %" in the reader's language, "–" with nobody registered. */
export function formatRate(t: Totals, locale: Locale): string {
  const r = attendanceRate(t);
  return r === null
    ? '–'
    : new Intl.NumberFormat(locale === 'sv' ? 'sv-FI' : 'fi-FI', { style: 'percent', maximumFractionDigits: 0 }).format(
        r,
      );
}

/** One event's tables; `listEvents` adds the per-event table (a period's report). */
export function reachTables(
  stats: ReachStats,
  l: Labels,
  locale: Locale,
  listEvents = stats.events.length > 1,
  timeline = stats.timeline,
): StatsTable[] {
  const out: StatsTable[] = [];
  if (listEvents) {
    out.push(
      table(
        'events',
        l,
        [
          l.text('col.event'),
          l.text('col.date'),
          l.text('col.registeredOnsite'),
          l.text('col.registeredRemote'),
          l.text('col.attendedOnsite'),
          l.text('col.attendedRemote'),
          l.text('col.waitlisted'),
          l.text('col.cancelled'),
          l.text('col.new'),
          l.text('col.returning'),
          l.text('col.missingSectors'),
        ],
        stats.events.map((e) => [
          localized(locale, e.titleFi, e.titleSv),
          formatShortDate(e.startsAt, locale),
          e.totals.registered.onsite,
          e.totals.registered.remote,
          e.totals.attended.onsite,
          e.totals.attended.remote,
          e.totals.waitlisted,
          e.totals.cancelled,
          e.totals.newPeople,
          e.totals.returning,
          e.missingSectors.map(l.sector).join(', ') || l.text('none'),
        ]),
      ),
    );
  }
  out.push(
    dimension('sectors', l, stats.sectors),
    dimension('provinces', l, stats.provinces),
    dimension('municipalities', l, stats.municipalities),
  );
  out.push(
    table(
      'timeline',
      l,
      [l.text('col.when'), l.text('col.signUps')],
      timeline.map((p) => [timelineLabel(p, locale), p.count]),
    ),
  );
  return out;
}

function trendTable(key: 'trendRegions' | 'trendSectors' | 'trendProvinces', l: Labels, trend: Trend): StatsTable {
  const [col, label, rows] =
    key === 'trendRegions'
      ? (['area', (c: string | null) => (c === null ? l.text('unknown') : l.area(c)), trend.regions] as const)
      : key === 'trendSectors'
        ? (['sectors', l.sector, trend.sectors] as const)
        : (['provinces', l.province, trend.provinces] as const);
  const row = (name: string, r: TrendRow): Cell[] => {
    const pct = changePercent(r);
    return [name, r.previous, r.current, signed(r.current - r.previous), pct === null ? '–' : `${signed(pct)} %`];
  };
  const t = table(
    key,
    l,
    [
      l.text(`col.${col}`),
      l.text('col.previous'),
      l.text('col.current'),
      l.text('col.change'),
      l.text('col.changePercent'),
    ],
    [...rows.map((r) => row(label(r.code), r)), row(l.text('col.total'), trend.total)],
  );
  return { ...t, numeric: t.header.map((_, i) => i > 0) }; // signed changes align with the figures
}

function heatTable(l: Labels, heat: Heat): StatsTable {
  return table(
    'heat',
    l,
    [l.text('col.provinces'), ...heat.sectors.map(l.sector), l.text('col.total')],
    [
      ...heat.rows.map((r) => [l.province(r.province), ...r.cells, r.total]),
      [l.text('col.total'), ...heat.totals, heat.total],
    ],
  );
}

export type AreaTablesInput = { stats: SplitStats; reach: RegionReach | null; trend: Trend; heat: Heat };

/** A region's or the national events' period: held events with their attendance, upcoming ones apart. */
export function areaTables(a: AreaTablesInput, l: Labels, locale: Locale): StatsTable[] {
  const [events, ...rest] = reachTables(a.stats.held, l, locale, true, a.stats.timeline);
  const out = [events];
  out.push(
    table(
      'upcoming',
      l,
      [
        l.text('col.event'),
        l.text('col.date'),
        l.text('col.registeredOnsite'),
        l.text('col.registeredRemote'),
        l.text('col.waitlisted'),
        l.text('col.cancelled'),
        l.text('col.missingSectors'),
      ],
      a.stats.upcoming.events.map((e) => [
        localized(locale, e.titleFi, e.titleSv),
        formatShortDate(e.startsAt, locale),
        e.totals.registered.onsite,
        e.totals.registered.remote,
        e.totals.waitlisted,
        e.totals.cancelled,
        e.missingSectors.map(l.sector).join(', ') || l.text('none'),
      ]),
    ),
  );
  out.push(...rest);
  if (a.reach) {
    out.push(
      table(
        'unreached',
        l,
        [l.text('col.municipalities'), l.text('col.provinces'), l.text('col.registeredHeld')],
        a.reach.unreached.map((m) => [l.municipality(m.code), l.province(m.provinceCode), m.registered]),
      ),
    );
    out.push(
      table(
        'pending',
        l,
        [
          l.text('col.municipalities'),
          l.text('col.provinces'),
          l.text('col.registeredHeld'),
          l.text('col.registeredUpcoming'),
        ],
        a.reach.pending.map((m) => [l.municipality(m.code), l.province(m.provinceCode), m.registered, m.upcoming]),
      ),
    );
  }
  out.push(trendTable('trendSectors', l, a.trend), trendTable('trendProvinces', l, a.trend), heatTable(l, a.heat));
  return out;
}

export function overviewTable(rows: OverviewRow[], l: Labels, locale: Locale): StatsTable {
  return table(
    'regions',
    l,
    [
      l.text('col.area'),
      l.text('col.heldEvents'),
      l.text('col.registeredOnsite'),
      l.text('col.registeredRemote'),
      l.text('col.attendedOnsite'),
      l.text('col.attendedRemote'),
      l.text('col.rate'),
      l.text('col.new'),
      l.text('col.returning'),
      l.text('col.reached'),
      l.text('col.upcomingEvents'),
      l.text('col.registeredSoFar'),
    ],
    rows.map((r) => [
      r.area === 'total' ? l.text('col.total') : l.area(r.area),
      r.totals.events,
      r.totals.registered.onsite,
      r.totals.registered.remote,
      r.totals.attended.onsite,
      r.totals.attended.remote,
      formatRate(r.totals, locale),
      r.totals.newPeople,
      r.totals.returning,
      r.municipalityCount === null ? '–' : l.text('reachedOf', { reached: r.reached ?? 0, total: r.municipalityCount }),
      r.upcoming.events,
      r.upcoming.registered.total,
    ]),
  );
}

/** The admin overview's tables: regions side by side, the trend per region, sector and province, the heat table. */
export function overviewTables(
  o: { rows: OverviewRow[]; total?: OverviewRow; trend: Trend; heat: Heat },
  l: Labels,
  locale: Locale,
): StatsTable[] {
  return [
    // The total row counts an event covering several regions once (the region rows count it in each).
    overviewTable(o.total ? [...o.rows, o.total] : o.rows, l, locale),
    trendTable('trendRegions', l, o.trend),
    trendTable('trendSectors', l, o.trend),
    trendTable('trendProvinces', l, o.trend),
    heatTable(l, o.heat),
  ];
}
