// The one database client: a postgres.js pool created once per process (cached on globalThis so
// Next's dev reloads do not open new pools).
import postgres from 'postgres';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema';
import { config, databaseUrl } from '@/lib/config';

export type Database = PostgresJsDatabase<typeof schema>;

type Holder = { sql?: postgres.Sql; db?: Database };
const holder = globalThis as unknown as { __kokoonDb?: Holder };
holder.__kokoonDb ??= {};

export function sqlClient(): postgres.Sql {
  const h = holder.__kokoonDb!;
  h.sql ??= postgres(databaseUrl(), {
    max: config().DATABASE_POOL_SIZE,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
  });
  return h.sql;
}

export function db(): Database {
  const h = holder.__kokoonDb!;
  h.db ??= drizzle(sqlClient(), { schema });
  return h.db;
}

export async function closeDb(): Promise<void> {
  const h = holder.__kokoonDb!;
  if (h.sql) await h.sql.end({ timeout: 5 });
  h.sql = undefined;
  h.db = undefined;
}

/** A transaction handle, for domain functions that must run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
