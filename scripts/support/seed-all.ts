import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { seedDemoData } from '@/db/seed/demo';

/** Reference data always (upsert); demo events and registrations only into an empty database. */
export async function seedAll(url: string, opts: { demo: boolean }) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle(sql, { schema });
    await seedReferenceData(db);
    return opts.demo ? await seedDemoData(db) : { seeded: false, events: 0, registrations: 0 };
  } finally {
    await sql.end();
  }
}
