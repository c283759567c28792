// Issue 15 §3: the demo's registrations answer the audience questions with a realistic spread, so
// the statistics show something on first start.
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { seedDemoData } from '@/db/seed/demo';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { loadAreaReport } from '@/lib/stats/report';

useTestDatabase();

describe('demo audience answers', () => {
  it('spreads role categories, organisation types, levels and VIPU contacts over the demo registrations', async () => {
    const now = new Date();
    await seedDemoData(db(), now);
    const [r] = await db().execute<{
      regs: number;
      answered: number;
      roles: number;
      types: number;
      levels: number;
      vipu: number;
      multi: number;
    }>(sql`
      select (select count(*)::int from registrations) as regs,
             (select count(*)::int from registration_audience) as answered,
             (select count(distinct role_category_code)::int from registration_audience) as roles,
             (select count(distinct organisation_type_code)::int from registration_audience) as types,
             (select count(distinct level_code)::int from registration_education_levels) as levels,
             (select count(*)::int from registration_audience where vipu_contact) as vipu,
             (select count(*)::int from (select registration_id from registration_education_levels group by 1 having count(*) > 1) m) as multi`);
    expect(r.answered / r.regs).toBeGreaterThan(0.8);
    expect(r.answered).toBeLessThan(r.regs); // some came through a client that does not ask
    expect(r.roles).toBeGreaterThanOrEqual(9);
    expect(r.types).toBeGreaterThanOrEqual(7);
    expect(r.levels).toBe(5);
    expect(r.vipu / r.answered).toBeGreaterThan(0.05);
    expect(r.multi).toBeGreaterThan(0);

    const admin = {
      id: await inviteOrganiser(db(), { email: 'demo-admin@oph.example', role: 'admin', regions: [] }),
      email: 'demo-admin@oph.example',
      name: null,
      role: 'admin' as const,
      regions: [],
    };
    const report = await loadAreaReport(admin, { area: 'HYKS' }, 'fi', now);
    if (!report.ok) throw new Error(report.error);
    const roles = report.value.tables.find((t) => t.key === 'roleCategories')!;
    expect(roles.rows.filter((row) => Number(row[1]) > 0).length).toBeGreaterThanOrEqual(5);
  });
});
