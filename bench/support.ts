// Shared by the benchmarks: a fresh production build when there is none (or BENCH_BUILD=1), and a
// throw-away embedded PostgreSQL with migrations and seed data for one run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDb } from '../scripts/support/embedded-db';
import { runMigrations } from '@/db/migrate';
import { seedAll } from '../scripts/support/seed-all';

export const root = join(import.meta.dirname, '..');

export function ensureBuild(): void {
  if (existsSync(join(root, '.next', 'BUILD_ID')) && process.env.BENCH_BUILD !== '1') return;
  console.log('Building the app…');
  const b = spawnSync(join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (b.status !== 0) process.exit(1);
}

/** Runs `fn` against a new database (demo data or reference data only); always stops PostgreSQL. */
export async function withBenchDatabase<T>(name: string, opts: { demo: boolean }, fn: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `kokoon-${name}-pg-`));
  const pg = await startEmbeddedDb({ dir: join(dir, 'data'), persistent: false });
  try {
    await pg.createDatabase(`kokoon_${name}`);
    const url = pg.url(`kokoon_${name}`);
    await runMigrations(url);
    await seedAll(url, opts);
    return await fn(url);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function machineLine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
