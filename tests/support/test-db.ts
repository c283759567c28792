// A fresh database per integration test file, copied from the migrated template, so files run in
// parallel without seeing each other's rows. Refuses anything but a local PostgreSQL.
import { afterAll, beforeAll, inject } from 'vitest';
import postgres from 'postgres';
import { randomBytes } from 'node:crypto';

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`Tests only run against a local PostgreSQL, not ${host}`);
  }
}

/** Creates the database before the file's tests and points DATABASE_URL (and db()) at it. */
export function useTestDatabase(): { url: () => string } {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('templateDb');
  assertLocal(adminUrl);
  const name = `kokoon_t_${randomBytes(6).toString('hex')}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

  beforeAll(async () => {
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.end();
    }
    process.env.DATABASE_URL = url;
  });

  afterAll(async () => {
    const { closeDb } = await import('@/db/client');
    await closeDb();
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });

  return { url: () => url };
}
