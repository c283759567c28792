// The counts organisers and participants see come from correlated subqueries. These tests give
// registrations, events and series ids that do not line up, so a subquery that binds to its own row
// instead of the outer one (see db/qualified.ts) shows wrong numbers here.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent, createSeries } from '../support/factories';
import { db } from '@/db/client';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { listOrganisers } from '@/lib/auth/organisers';
import { getEventForEdit } from '@/lib/events/editor-read';
import { listManageableSeries } from '@/lib/events/series-editor';
import { listUpcomingEvents } from '@/lib/events/queries';
import { listWorkspaceEvents } from '@/lib/events/workspace';

useTestDatabase();

let admin: Organiser;
let hyks: Organiser;

beforeAll(async () => {
  admin = {
    id: await inviteOrganiser(db(), { email: 'admin@counts.example', role: 'admin', regions: [] }),
    email: 'admin@counts.example',
    name: null,
    role: 'admin',
    regions: [],
  };
  hyks = {
    id: await inviteOrganiser(db(), { email: 'hyks@counts.example', role: 'organiser', regions: ['HYKS', 'OYS'] }),
    email: 'hyks@counts.example',
    name: null,
    role: 'organiser',
    regions: ['HYKS', 'OYS'],
  };
});

describe('counts shown to organisers and participants', () => {
  it('are each event’s own confirmed and waitlisted registrations', async () => {
    // Registrations first, on a throwaway event, so registration ids run ahead of event ids.
    const filler = await createEvent({ scope: 'region', regionCode: 'TYKS' });
    await addRegistrations(filler.id, 7);
    const busy = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 3 });
    const quiet = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 10 });
    const empty = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 10 });
    await addRegistrations(busy.id, 3);
    await addRegistrations(busy.id, 2, { status: 'waitlisted' });
    await addRegistrations(quiet.id, 4);

    const listed = new Map((await listWorkspaceEvents(hyks)).map((e) => [e.id, [e.confirmed, e.waitlisted]]));
    expect([listed.get(busy.id), listed.get(quiet.id), listed.get(empty.id)]).toEqual([
      [3, 2],
      [4, 0],
      [0, 0],
    ]);
    expect(listed.has(filler.id)).toBe(false);

    expect((await getEventForEdit(hyks, busy.id))?.counts).toEqual({ confirmed: 3, waitlisted: 2 });
    expect((await getEventForEdit(hyks, empty.id))?.counts).toEqual({ confirmed: 0, waitlisted: 0 });

    const seats = new Map((await listUpcomingEvents({})).map((e) => [e.id, e.availability]));
    expect(seats.get(busy.id)).toMatchObject({ status: 'waitlist', seatsLeft: { onsite: 0 } });
    expect(seats.get(quiet.id)).toMatchObject({ status: 'open', seatsLeft: { onsite: 6 } });
    expect(seats.get(empty.id)).toMatchObject({ status: 'open', seatsLeft: { onsite: 10 } });
  });

  it('count each series’ own sessions and each organiser’s own regions', async () => {
    await createEvent({ scope: 'region', regionCode: 'HYKS' }); // event ids run ahead of series ids
    await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const two = await createSeries('kaksi-istuntoa');
    const one = await createSeries('yksi-istunto');
    await createEvent({ seriesId: two.id, scope: 'region', regionCode: 'HYKS', city: 'Helsinki' });
    await createEvent({ seriesId: two.id, scope: 'region', regionCode: 'OYS', city: 'Oulu' });
    await createEvent({ seriesId: one.id, scope: 'region', regionCode: 'HYKS', city: 'Porvoo' });

    const sessions = new Map((await listManageableSeries(hyks)).map((s) => [s.id, s.sessions]));
    expect([sessions.get(two.id), sessions.get(one.id)]).toEqual([2, 1]);

    const accounts = await listOrganisers(admin);
    expect(accounts?.find((a) => a.id === hyks.id)?.regions).toEqual(['HYKS', 'OYS']);
    expect(accounts?.find((a) => a.id === admin.id)?.regions).toEqual([]);
  });
});
