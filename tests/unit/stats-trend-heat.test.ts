import { describe, expect, it } from 'vitest';
import { regionReach, splitStats, type Fact, type StatsEvent } from '@/lib/stats/compute';
import { heatLegend, heatOf, heatStep, HEAT_STEPS } from '@/lib/stats/heat';
import { changePercent, previousYear, signed, trendOf } from '@/lib/stats/trend';
import { contrast, HEAT_COLOURS } from '@/components/stats/heat-scale';
import { helsinkiTime } from '@/lib/time';

const now = helsinkiTime(2026, 12, 2, 12);
const event = (id: number, start: Date, o: Partial<StatsEvent> = {}): StatsEvent => ({
  id,
  titleFi: `T${id}`,
  titleSv: null,
  startsAt: start,
  endsAt: new Date(start.getTime() + 6 * 3600_000),
  regionCode: 'TAYS',
  provinceCode: null,
  format: 'onsite',
  ...o,
});
const fact = (o: Partial<Fact> = {}): Fact => ({
  eventId: 1,
  status: 'confirmed',
  attendance: 'onsite',
  municipalityCode: '837',
  sectorCode: 'education',
  createdAt: helsinkiTime(2026, 3, 1, 12),
  attendedOnsite: null,
  remoteJoinedAt: null,
  returning: false,
  ...o,
});
const ref = {
  sectors: ['education', 'social'],
  provinceOf: new Map([
    ['837', '06'],
    ['604', '06'],
    ['743', '14'],
    ['109', '05'],
  ]),
};

describe('held and upcoming events apart', () => {
  it('counts an event as held only once it has ended; a running one is still upcoming', () => {
    const s = splitStats(
      [
        event(1, helsinkiTime(2026, 11, 1, 9)),
        event(2, new Date(now.getTime() - 3600_000)),
        event(3, helsinkiTime(2027, 1, 10, 9)),
      ],
      [fact({ attendedOnsite: true }), fact({ eventId: 2 }), fact({ eventId: 3, municipalityCode: '604' })],
      ref,
      'month',
      now,
    );
    expect(s.held.events.map((e) => e.id)).toEqual([1]);
    expect(s.upcoming.events.map((e) => e.id)).toEqual([2, 3]);
    expect(s.held.totals.registered.total).toBe(1);
    expect(s.upcoming.totals.registered.total).toBe(2);
    expect(s.timeline.reduce((n, p) => n + p.count, 0)).toBe(3); // every sign-up, held or not
    const r = regionReach(s.held, s.upcoming, [
      { code: '837', provinceCode: '06' },
      { code: '604', provinceCode: '06' },
      { code: '922', provinceCode: '06' },
    ]);
    expect(r).toEqual({
      reached: 1,
      pending: [{ code: '604', provinceCode: '06', registered: 0, upcoming: 1 }],
      unreached: [{ code: '922', provinceCode: '06', registered: 0, upcoming: 0 }],
    });
  });
});

describe('year-on-year trend', () => {
  it('takes the same days a year earlier, 29 February becoming the 28th', () => {
    expect(previousYear({ from: '2026-06-01', to: '2027-02-28' })).toEqual({ from: '2025-06-01', to: '2026-02-28' });
    expect(previousYear({ from: '2024-02-29', to: '2024-12-31' })).toEqual({ from: '2023-02-28', to: '2023-12-31' });
  });

  it('compares to date: a year ago, the events then still ahead do not count', () => {
    const previous = {
      events: [event(10, helsinkiTime(2025, 11, 1, 9)), event(11, helsinkiTime(2025, 12, 20, 9), { regionCode: null })],
      facts: [fact({ eventId: 10, attendedOnsite: true }), fact({ eventId: 11, attendedOnsite: true })],
    };
    const current = {
      events: [event(1, helsinkiTime(2026, 11, 1, 9)), event(2, helsinkiTime(2026, 12, 20, 9))],
      facts: [
        fact({ attendedOnsite: true }),
        fact({ sectorCode: 'social', municipalityCode: '743', attendedOnsite: true }),
        fact({ eventId: 2 }),
      ],
    };
    const t = trendOf(
      previous,
      current,
      ref.provinceOf,
      { sectors: ref.sectors, provinces: ['06', '14'], regions: ['TAYS', 'national'] },
      now,
    );
    expect(t.total).toEqual({ code: null, previous: 1, current: 2 });
    expect(t.sectors).toEqual([
      { code: 'education', previous: 1, current: 1 },
      { code: 'social', previous: 0, current: 1 },
    ]);
    expect(t.provinces).toEqual([
      { code: '06', previous: 1, current: 1 },
      { code: '14', previous: 0, current: 1 },
    ]);
    expect(t.regions).toEqual([
      { code: 'TAYS', previous: 1, current: 2 },
      { code: 'national', previous: 0, current: 0 },
    ]);
  });

  it('says the change with a sign, never by colour alone', () => {
    expect([signed(4), signed(-3), signed(0)]).toEqual(['+4', '\u22123', '±0']);
    expect(changePercent({ code: null, previous: 3, current: 1 })).toBe(-67);
    expect(changePercent({ code: null, previous: 0, current: 5 })).toBeNull();
  });
});

describe('province × sector heat table', () => {
  it('counts attended people per province and sector, the region’s provinces even at zero', () => {
    const h = heatOf(
      [
        fact({ attendedOnsite: true }),
        fact({ attendedOnsite: true, sectorCode: 'social' }),
        fact({ attendedOnsite: false }),
        fact({ attendedOnsite: true, municipalityCode: '743', sectorCode: null }),
        fact({ status: 'waitlisted', attendedOnsite: true }),
      ],
      ref.provinceOf,
      ['05', '06'],
      ref.sectors,
    );
    expect(h.sectors).toEqual(['education', 'social', null]);
    expect(h.rows).toEqual([
      { province: '05', cells: [0, 0, 0], total: 0 },
      { province: '06', cells: [1, 1, 0], total: 2 },
      { province: '14', cells: [0, 0, 1], total: 1 },
    ]);
    expect(h.totals).toEqual([1, 1, 1]);
    expect([h.total, h.max]).toEqual([3, 1]);
  });

  it('puts every value in exactly the legend step that shows it', () => {
    for (const max of [1, 2, 3, 7, 40]) {
      const legend = heatLegend(max);
      for (let v = 0; v <= max; v++) {
        const step = legend.find((s) => v >= s.min && v <= s.max);
        expect(step?.step, `${v} of ${max}`).toBe(heatStep(v, max));
      }
    }
    expect(heatLegend(0)).toEqual([{ step: 0, min: 0, max: 0 }]);
  });

  it('has a colour for every step, each with its text at AA contrast (4.5:1)', () => {
    expect(HEAT_COLOURS).toHaveLength(HEAT_STEPS + 1);
    for (const c of HEAT_COLOURS) expect(contrast(c.background, c.text), c.background).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
