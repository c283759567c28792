// Kokoon as it runs in production, on one machine: one PostgreSQL (embedded), N `next start`
// instances with MAIL_WORKER=off and the mail worker as its own process (`npm run worker`). For the
// system tests (scale-out and faults); needs a built app (`next build`).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startEmbeddedDb, type EmbeddedDb } from '../../scripts/support/embedded-db';
import { runMigrations } from '../../db/migrate';
import { seedAll } from '../../scripts/support/seed-all';
import { startAppServer, type AppServer } from './app-server';
import type { Locale } from '@/lib/i18n/routing';

const root = join(import.meta.dirname, '..', '..');

export type Worker = { output: () => string; restarts: () => number; stop(signal?: NodeJS.Signals): Promise<void> };
export type Cluster = {
  pg: EmbeddedDb;
  databaseUrl: string;
  apps: AppServer[];
  sql: postgres.Sql;
  worker?: Worker;
  env: Record<string, string>;
  startApp(i: number): Promise<AppServer>;
  startWorker(): Promise<Worker>;
  stop(): Promise<void>;
};

function spawnWorker(env: Record<string, string>, log: (d: string) => void): ChildProcess {
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => log(String(d)));
  child.stderr?.on('data', (d) => log(String(d)));
  return child;
}

/**
 * `npm run worker` under a supervisor, as production runs it (systemd Restart=always, a Kubernetes
 * Deployment): a worker that exits on its own is started again half a second later.
 */
export async function startWorkerProcess(env: Record<string, string>): Promise<Worker> {
  let output = '';
  let restarts = 0;
  let stopping = false;
  let child: ChildProcess;
  const log = (d: string) => {
    output += d;
  };
  const launch = () => {
    child = spawnWorker(env, log);
    child.once('exit', (code, signal) => {
      if (stopping) return;
      log(`\n[supervisor] worker exited (${code ?? signal}); starting it again\n`);
      restarts += 1;
      setTimeout(() => {
        if (!stopping) launch();
      }, 500);
    });
  };
  launch();
  const deadline = Date.now() + 30_000;
  while (!output.includes('mail worker running')) {
    if (Date.now() > deadline) throw new Error(`worker did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output: () => output,
    restarts: () => restarts,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export async function startCluster(opts: {
  instances: number;
  worker: boolean;
  env?: Record<string, string>;
}): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'kokoon-system-pg-'));
  // persistent: the data must survive a restart (fault tests); stop() removes the folder itself.
  const pg = await startEmbeddedDb({ dir: join(dir, 'data'), persistent: true });
  await pg.createDatabase('kokoon_system');
  const databaseUrl = pg.url('kokoon_system');
  await runMigrations(databaseUrl);
  await seedAll(databaseUrl, { demo: false });
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    MAIL_WORKER: 'off',
    MAIL_POLL_MS: '100',
    MAIL_RETRY_BASE_MS: '500',
    NEXT_TELEMETRY_DISABLED: '1',
    APP_URL: 'http://localhost:3000',
    DATABASE_POOL_SIZE: '10',
    ...opts.env,
  };
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const cluster: Cluster = {
    pg,
    databaseUrl,
    apps: [],
    sql,
    env,
    async startApp(i) {
      // Links in mails must be the same whatever instance made them: APP_URL is the load balancer's.
      const app = await startAppServer({ databaseUrl, env: { ...env, ...(opts.env ?? {}) } });
      cluster.apps[i] = app;
      return app;
    },
    async startWorker() {
      cluster.worker = await startWorkerProcess(env);
      return cluster.worker;
    },
    async stop() {
      await Promise.all(cluster.apps.map((a) => a?.stop()));
      await cluster.worker?.stop();
      await sql.end({ timeout: 1 });
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    for (let i = 0; i < opts.instances; i++) await cluster.startApp(i);
    if (opts.worker) await cluster.startWorker();
  } catch (err) {
    await cluster.stop();
    throw err;
  }
  return cluster;
}

/** Inserts an open event straight into the database and returns its slug. */
export async function openEvent(
  sql: postgres.Sql,
  o: { capacity: number | null; waitlist: boolean; slug?: string },
): Promise<string> {
  const slug = o.slug ?? `system-${Math.random().toString(36).slice(2, 10)}`;
  const start = new Date(Date.now() + 20 * 86400_000);
  await sql`insert into events (slug, kind, status, title_fi, summary_fi, scope, format, city, starts_at, ends_at, capacity_onsite, waitlist_enabled, registration_opens_at)
    values (${slug}, 'network_day', 'published', 'Järjestelmätesti', 'Tiivistelmä', 'national', 'onsite', 'Helsinki', ${start}, ${new Date(start.getTime() + 6 * 3600_000)},
      ${o.capacity}, ${o.waitlist}, ${new Date(Date.now() - 86400_000)})`;
  return slug;
}

export type SignUpResult = {
  status: number;
  body: Record<string, unknown> | null;
  error?: string;
  retryAfter?: string | null;
};

let serial = 0;
/** One sign-up as a browser (or another site) would POST it. `client` becomes the X-Forwarded-For the load balancer would add. */
export async function signUp(
  baseUrl: string,
  slug: string,
  o: { client?: string; email?: string; language?: Locale; headers?: Record<string, string> } = {},
): Promise<SignUpResult> {
  serial += 1;
  const email = o.email ?? `rush.${process.pid}.${serial}.${Math.random().toString(36).slice(2, 8)}@kunta.example`;
  try {
    const res = await fetch(`${baseUrl}/api/events/${slug}/registrations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': o.client ?? `10.77.${(serial >> 8) & 255}.${serial & 255}`,
        ...o.headers,
      },
      body: JSON.stringify({
        firstName: 'Ruuhka',
        lastName: `Testi${serial}`,
        email,
        organisation: 'Testikunta',
        municipality: '091',
        sector: 'education',
        role: null,
        attendance: 'onsite',
        diet: null,
        accessNeeds: null,
        language: o.language ?? 'fi',
        consent: true,
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body, retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    return { status: 0, body: null, error: String((err as Error).cause ?? err) };
  }
}

/** Runs `jobs` with at most `concurrency` at a time; returns results in order. */
export async function pool<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

export async function waitUntil(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
