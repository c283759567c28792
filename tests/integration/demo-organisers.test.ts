// The demo's organisers (issue 17): a project organiser on the TUVET series, and a regional network
// day co-organised from another region. Its own database: the demo seeds only an empty one.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { organiserAlerts, users } from '@/db/schema';
import { DEMO_ORGANISERS, inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { listManageableSeries } from '@/lib/events/series-editor';
import { seedDemoData } from '@/db/seed/demo';
import { seedDemoCoOrganisers } from '@/db/seed/organisers';

useTestDatabase();

describe('the demo', () => {
  it('has tuvet@kokoon.example managing the TUVET series and a network day co-organised from another region', async () => {
    expect((await seedDemoData(db(), new Date())).seeded).toBe(true);
    for (const o of DEMO_ORGANISERS) await inviteOrganiser(db(), o);
    await seedDemoCoOrganisers(db());
    const [tuvet] = await db()
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.email, 'tuvet@kokoon.example'));
    expect(tuvet.role).toBe('project');
    const [alerts] = await db().select().from(organiserAlerts).where(eq(organiserAlerts.userId, tuvet.id));
    expect(alerts).toMatchObject({ dailyDigest: true, eventFull: true, waitlistThreshold: 5 });
    const asTuvet: Organiser = {
      id: tuvet.id,
      email: 'tuvet@kokoon.example',
      name: null,
      role: 'project',
      regions: [],
    };
    const seen = await listWorkspaceEvents(asTuvet);
    expect(seen.length).toBe(10);
    expect(seen.every((e) => e.slug.startsWith('tuvet-'))).toBe(true);
    expect(new Set(seen.map((e) => e.regionCode)).size).toBeGreaterThan(1);
    expect((await listManageableSeries(asTuvet)).map((s) => s.slug).sort()).toEqual([
      'tuvet-aikuisten-nakokulma',
      'tuvet-lapsen-osallisuus',
    ]);

    const [kys] = await db().select({ id: users.id }).from(users).where(eq(users.email, 'kys@kokoon.example'));
    const asKys: Organiser = {
      id: kys.id,
      email: 'kys@kokoon.example',
      name: null,
      role: 'organiser',
      regions: ['KYS'],
    };
    const lapland = (await listWorkspaceEvents(asKys)).find((e) => e.slug === 'lapin-verkostopaiva');
    expect(lapland?.regionCode).toBe('OYS');
  });
});
