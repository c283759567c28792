// Availability of an event for registration: a pure function of the event, its confirmed counts
// and the clock, shared by pages, the JSON API and (later) the registration rules.

export type AvailabilityStatus = 'open' | 'full' | 'waitlist' | 'not_open' | 'closed' | 'cancelled';
export type Mode = 'onsite' | 'remote';
export type Format = 'onsite' | 'online' | 'hybrid';

export type AvailabilityInput = {
  status: 'draft' | 'published' | 'cancelled';
  format: Format;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacityOnsite: number | null; // null = unlimited
  capacityRemote: number | null; // null = unlimited
  waitlistEnabled: boolean;
  confirmedOnsite: number;
  confirmedRemote: number;
};

export type Availability = {
  status: AvailabilityStatus;
  /** Seats left per offered mode; null = unlimited. A mode the format does not offer is absent. */
  seatsLeft: Partial<Record<Mode, number | null>>;
  opensAt: Date | null;
  closesAt: Date;
};

export function modesOf(format: Format): Mode[] {
  if (format === 'onsite') return ['onsite'];
  if (format === 'online') return ['remote'];
  return ['onsite', 'remote'];
}

/** Registration closes at the explicit deadline, or when the event starts. */
export function registrationClosesAt(e: Pick<AvailabilityInput, 'registrationClosesAt' | 'startsAt'>): Date {
  return e.registrationClosesAt ?? e.startsAt;
}

export function computeAvailability(e: AvailabilityInput, now: Date): Availability {
  const seatsLeft: Availability['seatsLeft'] = {};
  for (const mode of modesOf(e.format)) {
    const capacity = mode === 'onsite' ? e.capacityOnsite : e.capacityRemote;
    const taken = mode === 'onsite' ? e.confirmedOnsite : e.confirmedRemote;
    seatsLeft[mode] = capacity === null ? null : Math.max(0, capacity - taken);
  }
  const closesAt = registrationClosesAt(e);
  const base = { seatsLeft, opensAt: e.registrationOpensAt, closesAt };

  if (e.status === 'cancelled') return { status: 'cancelled', ...base };
  if (now >= closesAt || now >= e.endsAt) return { status: 'closed', ...base };
  if (e.registrationOpensAt && now < e.registrationOpensAt) return { status: 'not_open', ...base };
  const anyFree = Object.values(seatsLeft).some((left) => left === null || left > 0);
  if (anyFree) return { status: 'open', ...base };
  return { status: e.waitlistEnabled ? 'waitlist' : 'full', ...base };
}
