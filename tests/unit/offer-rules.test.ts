import { describe, expect, it } from 'vitest';
import { offerDeadline } from '@/lib/registrations/offer-rules';

const HOUR = 3600_000;
const now = new Date('2026-12-02T10:00:00Z');
const startsIn = (hours: number) => new Date(now.getTime() + hours * HOUR);

describe('the deadline of a waiting-list offer', () => {
  it("runs for the event's hours when the event is far away", () => {
    expect(offerDeadline({ startsAt: startsIn(240), offerHours: 24 }, now)).toEqual(startsIn(24));
    expect(offerDeadline({ startsAt: startsIn(240), offerHours: 6 }, now)).toEqual(startsIn(6));
  });

  it('never runs past 3 hours before the start', () => {
    expect(offerDeadline({ startsAt: startsIn(20), offerHours: 24 }, now)).toEqual(startsIn(17));
  });

  it('is no offer at all (the place is given at once) when less than an hour would be left', () => {
    expect(offerDeadline({ startsAt: startsIn(4), offerHours: 24 }, now)).toEqual(startsIn(1));
    expect(offerDeadline({ startsAt: startsIn(3.9), offerHours: 24 }, now)).toBeNull();
    expect(offerDeadline({ startsAt: startsIn(1), offerHours: 24 }, now)).toBeNull();
  });
});
