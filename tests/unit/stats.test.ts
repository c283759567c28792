import { describe, expect, it } from 'vitest';
import { byDimension, missingSectors, timelineOf, totalsOf, type Fact } from '@/lib/stats/compute';
import { defaultPeriod, parsePeriod, periodRange } from '@/lib/stats/period';
import { helsinkiTime } from '@/lib/time';

const fact = (o: Partial<Fact> = {}): Fact => ({
  eventId: 1,
  status: 'confirmed',
  attendance: 'onsite',
  municipalityCode: '091',
  sectorCode: 'education',
  createdAt: helsinkiTime(2026, 3, 1, 12),
  attendedOnsite: null,
  remoteJoinedAt: null,
  returning: false,
  ...o,
});

describe('reach statistics rules', () => {
  it('counts attendance per mode: on site when marked present, remote when the stream was joined', () => {
    const t = totalsOf(
      [
        fact({ attendedOnsite: true }),
        fact({ attendedOnsite: false }),
        fact({ attendance: 'remote', remoteJoinedAt: new Date() }),
        fact({ attendance: 'remote', attendedOnsite: true }), // a stray on-site mark does not make a remote person present
        fact({ status: 'waitlisted', attendedOnsite: true }),
        fact({ status: 'cancelled', returning: true }),
        fact({ returning: true }),
      ],
      1,
    );
    expect(t).toEqual({
      events: 1,
      registered: { onsite: 3, remote: 2, total: 5 },
      attended: { onsite: 1, remote: 1, total: 2 },
      waitlisted: 1,
      cancelled: 1,
      newPeople: 4,
      returning: 1,
    });
  });

  it('lists fixed rows even at zero, then others by size, unknown last', () => {
    const rows = byDimension(
      [
        fact({ sectorCode: null }),
        fact({ sectorCode: 'health' }),
        fact({ sectorCode: 'x' }),
        fact({ sectorCode: 'x' }),
      ],
      (f) => f.sectorCode,
      ['education', 'health'],
    );
    expect(rows.map((r) => [r.code, r.registered])).toEqual([
      ['education', 0],
      ['health', 1],
      ['x', 2],
      [null, 1],
    ]);
    expect(
      missingSectors(
        [fact({ sectorCode: 'health' }), fact({ sectorCode: 'social', status: 'cancelled' })],
        ['education', 'social', 'health'],
      ),
    ).toEqual(['education', 'social']);
  });

  it('counts sign-ups per Helsinki day and month, with the empty ones between', () => {
    const late = helsinkiTime(2026, 3, 31, 23, 30); // still March in Helsinki, April 1 would be wrong
    const days = timelineOf(
      [fact({ createdAt: helsinkiTime(2026, 3, 29, 8) }), fact({ createdAt: late }), fact({ createdAt: late })],
      'day',
    );
    expect(days).toEqual([
      { key: '2026-03-29', count: 1 },
      { key: '2026-03-30', count: 0 },
      { key: '2026-03-31', count: 2 },
    ]);
    expect(
      timelineOf(
        [fact({ createdAt: helsinkiTime(2025, 12, 5) }), fact({ createdAt: helsinkiTime(2026, 2, 1) })],
        'month',
      ),
    ).toEqual([
      { key: '2025-12', count: 1 },
      { key: '2026-01', count: 0 },
      { key: '2026-02', count: 1 },
    ]);
  });

  it('reads the period from the query and refuses nonsense with a message, falling back to the default', () => {
    const now = helsinkiTime(2026, 12, 1, 12);
    expect(defaultPeriod(now)).toEqual({ from: '2025-12-01', to: '2027-06-30' });
    expect(parsePeriod({ from: '2026-01-01', to: '2026-06-30' }, now)).toEqual({
      period: { from: '2026-01-01', to: '2026-06-30' },
    });
    expect(parsePeriod({ from: '2026-02-30' }, now)).toEqual({
      period: defaultPeriod(now),
      error: 'stats.errors.badDate',
    });
    expect(parsePeriod({ from: '2026-06-01', to: '2026-01-01' }, now).error).toBe('stats.errors.order');
    expect(parsePeriod({ from: '2000-01-01', to: '2026-01-01' }, now).error).toBe('stats.errors.tooLong');
    // Both days included, in Helsinki time, across the change to summer time.
    expect(periodRange({ from: '2026-03-01', to: '2026-03-29' })).toEqual({
      start: helsinkiTime(2026, 3, 1),
      end: helsinkiTime(2026, 3, 30),
    });
  });
});
