// Starts one embedded PostgreSQL for the unit + integration run (unless TEST_PG_ADMIN_URL points at
// one already) and prepares a migrated template database with reference data. Each integration
// test file then gets a fresh database copied from the template (tests/support/test-db.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDb, type EmbeddedDb } from '../../scripts/support/embedded-db';
import { runMigrations } from '../../db/migrate';
import { seedAll } from '../../scripts/support/seed-all';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
  }
}

export const TEMPLATE_DB = 'kokoon_template';

export default async function setup(project: TestProject) {
  let embedded: EmbeddedDb | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'kokoon-test-pg-'));
    embedded = await startEmbeddedDb({ dir: join(dir, 'data'), persistent: false });
    adminUrl = embedded.url('postgres');
  }
  const url = new URL(adminUrl);
  const templateUrl = Object.assign(new URL(url), { pathname: `/${TEMPLATE_DB}` }).toString();
  const postgres = (await import('postgres')).default;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  await runMigrations(templateUrl);
  await seedAll(templateUrl, { demo: false });

  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDb', TEMPLATE_DB);

  return async () => {
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
