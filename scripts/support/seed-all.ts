import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { seedDemoData } from '@/db/seed/demo';
import { DEMO_ORGANISERS, inviteOrganiser } from '@/lib/auth/accounts';
import { seedDemoCoOrganisers } from '@/db/seed/organisers';

/** Reference data always (upsert); demo events and registrations only into an empty database. */
export async function seedAll(url: string, opts: { demo: boolean }) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle(sql, { schema });
    await seedReferenceData(db);
    if (!opts.demo) return { seeded: false, events: 0, registrations: 0 };
    const result = await seedDemoData(db);
    if (result.seeded) {
      for (const o of DEMO_ORGANISERS) await inviteOrganiser(db, o);
      await seedDemoCoOrganisers(db);
    }
    return result;
  } finally {
    await sql.end();
  }
}
