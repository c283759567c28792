// Shared by the benchmarks: a fresh production build when there is none (or BENCH_BUILD=1), and a
// throw-away embedded PostgreSQL with migrations and seed data for one run.
import { execSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDb } from '../scripts/support/embedded-db';
import { runMigrations } from '@/db/migrate';
import { seedAll } from '../scripts/support/seed-all';

export const root = join(import.meta.dirname, '..');

export function ensureBuild(): void {
  if (existsSync(join(root, '.next', 'BUILD_ID')) && process.env.BENCH_BUILD !== '1') return;
  console.log('Building the app…');
  const b = spawnSync(join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (b.status !== 0) process.exit(1);
}

/** Runs `fn` against a new database (demo data or reference data only); always stops PostgreSQL. */
export async function withBenchDatabase<T>(
  name: string,
  opts: { demo: boolean },
  fn: (url: string) => Promise<T>,
): Promise<T> {
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

/** Resident memory of a process and all its descendants (next start forks a worker), in MB. */
export function treeRssMb(pid: number): number {
  try {
    const out = execSync(`ps -o pid=,ppid=,rss= -e`, { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const pids = new Set([pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [p, pp] of rows)
        if (pids.has(pp) && !pids.has(p)) {
          pids.add(p);
          grew = true;
        }
    }
    return Math.round(rows.filter(([p]) => pids.has(p)).reduce((s, [, , rss]) => s + rss, 0) / 1024);
  } catch {
    return NaN;
  }
}

/** One line of the combined table of `npm run bench:all` (bench/all.ts). */
export type BenchRow = {
  benchmark: string;
  target: string;
  throughput: number;
  unit: string;
  p95Ms: number;
  /** Throughput divided by the reference's (the static page, the pgbench ceiling, the 304 target). */
  ratio: number | null;
  reference: string;
  rssMb: number | null;
  note?: string;
};

/** Hands rows to bench/all.ts when it runs this benchmark (BENCH_ROWS_FILE); a no-op otherwise. */
export function recordRows(rows: BenchRow[]): void {
  const file = process.env.BENCH_ROWS_FILE;
  if (file) appendFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
