import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatEventTime,
  formatMonth,
  helsinkiTime,
  monthRange,
  toHelsinkiIso,
  dayStart,
} from '@/lib/time';

describe('Helsinki time formatting', () => {
  const start = new Date('2026-04-01T06:00:00Z'); // 9.00 Helsinki summer time
  const end = new Date('2026-04-01T12:30:00Z'); // 15.30

  it('shows a one-day event the Finnish way in Finnish and Swedish', () => {
    expect(formatEventTime(start, end, 'fi')).toBe('ke 1.4.2026 klo 9.00–15.30');
    expect(formatEventTime(start, end, 'sv')).toBe('ons 1.4.2026 kl. 9.00–15.30');
  });

  it('shows both dates for an event that spans days', () => {
    const twoDays = new Date('2026-04-02T13:00:00Z');
    expect(formatEventTime(start, twoDays, 'fi')).toBe('ke 1.4.2026 klo 9.00 – to 2.4.2026 klo 16.00');
  });

  it('uses Helsinki time in winter (UTC+2) and summer (UTC+3), whatever the server zone', () => {
    expect(formatDateTime(new Date('2026-01-15T07:00:00Z'), 'fi')).toBe('to 15.1.2026 klo 9.00');
    expect(formatDateTime(new Date('2026-07-15T06:00:00Z'), 'fi')).toBe('ke 15.7.2026 klo 9.00');
  });

  it('puts a late-evening UTC instant on the next Helsinki day', () => {
    expect(formatDate(new Date('2026-03-31T22:30:00Z'), 'fi')).toBe('ke 1.4.2026');
  });

  it('converts Helsinki wall-clock times across the spring DST change', () => {
    // DST starts 29.3.2026 at 03.00 local time
    expect(helsinkiTime(2026, 3, 28, 9, 0).toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(helsinkiTime(2026, 3, 30, 9, 0).toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('writes ISO 8601 with the Helsinki offset', () => {
    expect(toHelsinkiIso(start)).toBe('2026-04-01T09:00:00+03:00');
    expect(toHelsinkiIso(new Date('2026-12-01T07:00:00Z'))).toBe('2026-12-01T09:00:00+02:00');
  });

  it('finds Helsinki month and day boundaries', () => {
    const { start: s, end: e } = monthRange('2026-10');
    expect(s.toISOString()).toBe('2026-09-30T21:00:00.000Z');
    expect(e.toISOString()).toBe('2026-10-31T22:00:00.000Z'); // DST ends 25.10
    expect(monthRange('2026-12').end.toISOString()).toBe('2026-12-31T22:00:00.000Z');
    expect(dayStart('2026-06-01').toISOString()).toBe('2026-05-31T21:00:00.000Z');
  });

  it('names months in each language', () => {
    expect(formatMonth('2026-04', 'fi')).toBe('Huhtikuu 2026');
    expect(formatMonth('2026-04', 'sv')).toBe('April 2026');
  });
});
