import { describe, expect, it } from 'vitest';
import { computeAvailability, type AvailabilityInput } from '@/lib/events/availability';

const now = new Date('2026-05-01T10:00:00Z');
const base: AvailabilityInput = {
  status: 'published',
  format: 'onsite',
  startsAt: new Date('2026-05-20T06:00:00Z'),
  endsAt: new Date('2026-05-20T12:00:00Z'),
  registrationOpensAt: new Date('2026-04-01T06:00:00Z'),
  registrationClosesAt: new Date('2026-05-15T21:00:00Z'),
  capacityOnsite: 40,
  capacityRemote: null,
  waitlistEnabled: true,
  confirmedOnsite: 10,
  confirmedRemote: 0,
};

describe('event availability', () => {
  it('is open with the seats left for the offered mode only', () => {
    const a = computeAvailability(base, now);
    expect(a.status).toBe('open');
    expect(a.seatsLeft).toEqual({ onsite: 30 });
  });

  it('offers a waiting list when every seat is taken, or says full without one', () => {
    expect(computeAvailability({ ...base, confirmedOnsite: 40 }, now).status).toBe('waitlist');
    expect(computeAvailability({ ...base, confirmedOnsite: 40, waitlistEnabled: false }, now).status).toBe('full');
    expect(computeAvailability({ ...base, confirmedOnsite: 45 }, now).seatsLeft.onsite).toBe(0);
  });

  it('stays open for a hybrid event while remote places are unlimited', () => {
    const a = computeAvailability({ ...base, format: 'hybrid', confirmedOnsite: 40, confirmedRemote: 300 }, now);
    expect(a.status).toBe('open');
    expect(a.seatsLeft).toEqual({ onsite: 0, remote: null });
  });

  it('is full for a hybrid event only when both modes are full', () => {
    const a = computeAvailability(
      {
        ...base,
        format: 'hybrid',
        capacityRemote: 100,
        confirmedOnsite: 40,
        confirmedRemote: 100,
        waitlistEnabled: false,
      },
      now,
    );
    expect(a.status).toBe('full');
  });

  it('is not open before the registration opens, and closed after the deadline or the event', () => {
    expect(computeAvailability(base, new Date('2026-03-01T00:00:00Z')).status).toBe('not_open');
    expect(computeAvailability(base, new Date('2026-05-16T00:00:00Z')).status).toBe('closed');
    expect(computeAvailability({ ...base, registrationClosesAt: null }, new Date('2026-05-20T06:00:00Z')).status).toBe(
      'closed',
    );
    expect(computeAvailability({ ...base, registrationClosesAt: null }, new Date('2026-05-20T05:59:00Z')).status).toBe(
      'open',
    );
  });

  it('says cancelled for a cancelled event whatever else holds', () => {
    expect(computeAvailability({ ...base, status: 'cancelled' }, new Date('2026-03-01T00:00:00Z')).status).toBe(
      'cancelled',
    );
  });
});
