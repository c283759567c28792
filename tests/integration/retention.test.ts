import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { rateLimits, registrations } from '@/db/schema';
import { registerParticipant, getManagedRegistration } from '@/lib/registrations/service';
import { runRetention } from '@/lib/retention';

useTestDatabase();

const DAY = 86400_000;

async function stats(eventId: number) {
  return db().execute(sql`select sector_code, municipality_code, status, attendance, count(*)::int as n
    from registrations where event_id = ${eventId} group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
}

describe('retention', () => {
  it('anonymises old registrations keeping the statistics, clears diet notes after the event, and keeps the rest', async () => {
    const now = new Date();
    // Register while the events are upcoming, then move them into the past.
    const old = await createEvent({ capacityOnsite: 2 });
    const recent = await createEvent();
    const future = await createEvent();
    const tokens: string[] = [];
    for (const [i, m] of ['091', '837', '564'].entries()) {
      const r = await registerParticipant(old.slug, person({ municipality: m, sector: i ? 'social' : 'health', diet: 'laktoositon', firstName: 'Salla', lastName: 'Salainen' }));
      if (r.ok) tokens.push(r.value.manageToken);
    }
    await registerParticipant(recent.slug, person({ diet: 'vegaani', accessNeeds: 'induktiosilmukka' }));
    await registerParticipant(future.slug, person({ diet: 'gluteeniton' }));
    await db().execute(sql`update events set starts_at = ${new Date(now.getTime() - 800 * DAY).toISOString()}::timestamptz,
      ends_at = ${new Date(now.getTime() - 799 * DAY).toISOString()}::timestamptz where id = ${old.id}`);
    await db().execute(sql`update events set starts_at = ${new Date(now.getTime() - 2 * DAY).toISOString()}::timestamptz,
      ends_at = ${new Date(now.getTime() - DAY).toISOString()}::timestamptz where id = ${recent.id}`);
    await db().insert(rateLimits).values({ key: 'register:198.51.100.7', windowStart: new Date(now.getTime() - 2 * 3600_000), count: 3 });
    const before = await stats(old.id);

    const report = await runRetention(now);
    expect(report.anonymised).toBe(3);

    const oldRows = await db().select().from(registrations).where(eq(registrations.eventId, old.id));
    for (const r of oldRows) {
      expect(r).toMatchObject({ firstName: '', lastName: '', organisation: '', role: null, diet: null, accessNeeds: null });
      expect(r.email).toMatch(/^registration-\d+@anonymised\.invalid$/);
    }
    expect(JSON.stringify(oldRows)).not.toMatch(/Salla|Salainen|kunta\.example|Esimerkin/);
    expect(await stats(old.id)).toEqual(before);
    for (const t of tokens) expect(await getManagedRegistration(t)).toBeNull();

    const [recentRow] = await db().select().from(registrations).where(eq(registrations.eventId, recent.id));
    expect(recentRow).toMatchObject({ diet: null, accessNeeds: null });
    expect(recentRow.email).toMatch(/@kunta\.example$/);
    const [futureRow] = await db().select().from(registrations).where(eq(registrations.eventId, future.id));
    expect(futureRow.diet).toBe('gluteeniton');
    expect(await db().select().from(rateLimits)).toHaveLength(0);

    expect((await runRetention(now)).anonymised).toBe(0); // idempotent
  });
});
