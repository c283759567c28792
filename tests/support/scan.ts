// Looks for text anywhere in the test database: every row of every table in the public schema, as
// JSON. Proves "nothing identifies the person" without a list of tables that could go stale.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

export async function findInDatabase(needles: string[]): Promise<string[]> {
  const tables = await db().execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { name } of tables) {
    // Reference lists hold words anyone may type (a role "Rehtori" is also a list item): not personal data.
    if (['__drizzle_migrations', 'role_categories', 'organisation_types', 'education_levels'].includes(name)) continue;
    const rows = await db().execute<{ j: string }>(sql.raw(`select row_to_json(t)::text as j from "${name}" t`));
    for (const { j } of rows) {
      for (const n of needles)
        if (j.toLowerCase().includes(n.toLowerCase())) hits.push(`${name}: ${n} in ${j.slice(0, 200)}`);
    }
  }
  return hits;
}
