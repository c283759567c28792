import { describe, expect, it } from 'vitest';
import { isOnEventDay } from '@/components/attendance/time';

// The door page warns when someone is checked in on a day that is not the event's (Helsinki days).
describe('isOnEventDay', () => {
  const starts = new Date('2026-03-10T07:00:00Z'); // 9.00 in Helsinki
  const ends = new Date('2026-03-10T14:00:00Z');
  it('is true during the event day in Helsinki, early morning included', () => {
    expect(isOnEventDay(new Date('2026-03-09T22:30:00Z'), starts, ends)).toBe(true); // 00.30 on the 10th in Helsinki
    expect(isOnEventDay(new Date('2026-03-10T20:00:00Z'), starts, ends)).toBe(true);
  });
  it('is false the day before and the day after', () => {
    expect(isOnEventDay(new Date('2026-03-09T21:30:00Z'), starts, ends)).toBe(false); // 23.30 on the 9th
    expect(isOnEventDay(new Date('2026-03-10T22:30:00Z'), starts, ends)).toBe(false); // 00.30 on the 11th
  });
  it('covers every day of an event over several days', () => {
    expect(isOnEventDay(new Date('2026-03-11T10:00:00Z'), starts, new Date('2026-03-12T14:00:00Z'))).toBe(true);
  });
});
