import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { eventOrganisers, users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { canManageEvent, type Organiser } from '@/lib/auth/guards';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { isInvited } from '@/lib/auth';

useTestDatabase();

const ids: Record<string, number> = {};
const people: Record<string, Organiser> = {};

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}

beforeAll(async () => {
  ids.hyks = (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id;
  ids.tays = (await createEvent({ scope: 'province', regionCode: 'TAYS', provinceCode: '14' })).id;
  ids.national = (await createEvent({ scope: 'national', status: 'draft' })).id;
  ids.otherNational = (await createEvent({ scope: 'national' })).id;
  people.admin = await organiser('admin@test.example', 'admin', []);
  people.tays = await organiser('tays@test.example', 'organiser', ['TAYS']);
  people.hyks = await organiser('HYKS@Test.example', 'organiser', ['HYKS']);
  await db().insert(eventOrganisers).values({ eventId: ids.national, userId: people.tays.id });
});

describe('organiser scope', () => {
  it('lets an admin manage every event, an organiser their regions and the national events they are named on', async () => {
    const matrix: Record<string, Record<string, boolean>> = {};
    for (const [who, o] of Object.entries(people)) {
      matrix[who] = {};
      for (const [what, id] of Object.entries(ids)) matrix[who][what] = await canManageEvent(o, id);
    }
    expect(matrix).toEqual({
      admin: { hyks: true, tays: true, national: true, otherNational: true },
      tays: { hyks: false, tays: true, national: true, otherNational: false },
      hyks: { hyks: true, tays: false, national: false, otherNational: false },
    });
  });

  it('lists only the events in scope, drafts included for their organisers', async () => {
    const titles = async (o: Organiser) => (await listWorkspaceEvents(o)).map((e) => e.id).sort();
    expect(await titles(people.tays)).toEqual([ids.tays, ids.national].sort());
    expect(await titles(people.hyks)).toEqual([ids.hyks]);
    expect((await titles(people.admin)).length).toBe(4);
  });

  it('knows invited addresses case-insensitively and forgets disabled ones', async () => {
    expect(await isInvited(' hyks@TEST.example ')).toBe(true);
    expect(await isInvited('someone@else.example')).toBe(false);
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.email, 'hyks@test.example'));
    expect(await isInvited('hyks@test.example')).toBe(false);
  });
});
