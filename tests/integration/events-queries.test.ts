import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent, createSeries } from '../support/factories';
import {
  getPublicEvent,
  getPublicSeries,
  listPastEvents,
  listUpcomingEvents,
  upcomingMonths,
} from '@/lib/events/queries';
import { helsinkiTime } from '@/lib/time';

useTestDatabase();

const now = new Date('2026-11-23T10:00:00Z');
const DAY = 86400_000;
const ids: Record<string, number> = {};

beforeAll(async () => {
  const e = async (name: string, o: Parameters<typeof createEvent>[0]) => {
    ids[name] = (await createEvent(o, now)).id;
  };
  await e('tyksRegional', {
    scope: 'region',
    regionCode: 'TYKS',
    startsAt: helsinkiTime(2026, 12, 3, 9),
    themeSlugs: ['koulua-kaymattomat'],
  });
  await e('tysProvince', {
    scope: 'province',
    regionCode: 'TYKS',
    provinceCode: '15',
    kind: 'training',
    startsAt: helsinkiTime(2027, 1, 14, 9),
  });
  await e('national', {
    scope: 'national',
    kind: 'gathering',
    format: 'hybrid',
    capacityOnsite: 10,
    capacityRemote: null,
    startsAt: helsinkiTime(2026, 12, 1, 9),
  });
  await e('draft', { status: 'draft', startsAt: helsinkiTime(2026, 12, 2, 9) });
  await e('cancelled', {
    status: 'cancelled',
    scope: 'region',
    regionCode: 'KYS',
    startsAt: helsinkiTime(2026, 12, 4, 9),
  });
  await e('past', { startsAt: new Date(now.getTime() - 30 * DAY) });
  await e('olderPast', { startsAt: new Date(now.getTime() - 60 * DAY) });
  await addRegistrations(ids.national, 10);
  await addRegistrations(ids.national, 7, { attendance: 'remote' });
  await addRegistrations(ids.national, 2, { status: 'waitlisted' });
  await addRegistrations(ids.tyksRegional, 3, { status: 'cancelled' });
});

const slugsOf = (list: { id: number }[]) => list.map((e) => Object.entries(ids).find(([, id]) => id === e.id)?.[0]);

describe('public event queries', () => {
  it('list upcoming published and cancelled events soonest first, never drafts or past ones', async () => {
    expect(slugsOf(await listUpcomingEvents({}, now))).toEqual([
      'national',
      'tyksRegional',
      'cancelled',
      'tysProvince',
    ]);
  });

  it('filter by region (with its provinces), province, national scope, kind and theme', async () => {
    expect(slugsOf(await listUpcomingEvents({ region: 'TYKS' }, now))).toEqual(['tyksRegional', 'tysProvince']);
    expect(slugsOf(await listUpcomingEvents({ province: '15' }, now))).toEqual(['tysProvince']);
    expect(slugsOf(await listUpcomingEvents({ region: 'national' }, now))).toEqual(['national']);
    expect(slugsOf(await listUpcomingEvents({ kind: 'training' }, now))).toEqual(['tysProvince']);
    expect(slugsOf(await listUpcomingEvents({ theme: 'koulua-kaymattomat' }, now))).toEqual(['tyksRegional']);
  });

  it('filter by a Helsinki date range', async () => {
    const list = await listUpcomingEvents(
      { startsFrom: helsinkiTime(2026, 12, 2), startsBefore: helsinkiTime(2026, 12, 4) },
      now,
    );
    expect(slugsOf(list)).toEqual(['tyksRegional']);
  });

  it('count only confirmed registrations per mode for availability', async () => {
    const [national] = await listUpcomingEvents({ region: 'national' }, now);
    expect(national.availability.status).toBe('open'); // remote is unlimited
    expect(national.availability.seatsLeft).toEqual({ onsite: 0, remote: null });
    const [tyks] = await listUpcomingEvents({ theme: 'koulua-kaymattomat' }, now);
    expect(tyks.availability.seatsLeft).toEqual({ onsite: 50 }); // cancelled ones free their seats
    expect(tyks.themes.map((t) => t.slug)).toEqual(['koulua-kaymattomat']);
    expect(tyks.regionNameFi).toContain('TYKS');
  });

  it('list past events most recent first', async () => {
    expect(slugsOf(await listPastEvents({}, now))).toEqual(['past', 'olderPast']);
  });

  it('offer the months that have upcoming events', async () => {
    expect(await upcomingMonths(now)).toEqual(['2026-12', '2027-01']);
  });

  it('find a public event by slug but never a draft', async () => {
    const all = await listUpcomingEvents({}, now);
    const slug = all[0].slug;
    expect((await getPublicEvent(slug, now))?.id).toBe(all[0].id);
    const { db } = await import('@/db/client');
    const { events } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    const [draft] = await db().select({ slug: events.slug }).from(events).where(eq(events.id, ids.draft));
    expect(await getPublicEvent(draft.slug, now)).toBeNull();
    expect(await getPublicEvent('no-such-event', now)).toBeNull();
  });

  it('show a training series with its public sessions by date', async () => {
    const series = await createSeries('tuvet-test');
    await createEvent(
      { kind: 'training', seriesId: series.id, city: 'Oulu', startsAt: helsinkiTime(2027, 2, 5, 9) },
      now,
    );
    await createEvent(
      { kind: 'training', seriesId: series.id, city: 'Turku', startsAt: helsinkiTime(2027, 2, 3, 9) },
      now,
    );
    await createEvent(
      {
        kind: 'training',
        seriesId: series.id,
        city: 'Kajaani',
        status: 'draft',
        startsAt: helsinkiTime(2027, 2, 4, 9),
      },
      now,
    );
    const found = await getPublicSeries('tuvet-test', now);
    expect(found?.sessions.map((s) => s.city)).toEqual(['Turku', 'Oulu']);
    expect(await getPublicSeries('nope', now)).toBeNull();
  });
});
