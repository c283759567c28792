// `npm run demo`: the whole app on one machine with nothing installed but Node. Starts an embedded
// PostgreSQL (data in .data/pg, kept between runs) unless DATABASE_URL is set, applies migrations,
// seeds demo data the first time, builds the app and serves it at http://localhost:$PORT.
import { WEB_NODE_FLAGS } from './node-flags.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedDb, type EmbeddedDb } from './support/embedded-db';
import { runMigrations } from '@/db/migrate';
import { seedAll } from './support/seed-all';

const root = join(import.meta.dirname, '..');
const port = process.env.PORT ?? '3000';
let embedded: EmbeddedDb | undefined;
let url = process.env.DATABASE_URL;

if (!url) {
  const dir = join(root, '.data', 'pg');
  mkdirSync(join(root, '.data'), { recursive: true });
  const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  console.log(`Starting embedded PostgreSQL on port ${pgPort} (data in .data/pg)…`);
  embedded = await startEmbeddedDb({ dir, port: pgPort, persistent: true });
  if (!(await embedded.databaseExists('kokoon'))) await embedded.createDatabase('kokoon');
  url = embedded.url('kokoon');
}

await runMigrations(url);
const seeded = await seedAll(url, { demo: true });
console.log(
  seeded.seeded
    ? `Demo data loaded: ${seeded.events} events, ${seeded.registrations} registrations.`
    : 'Demo data already present.',
);

const env = {
  ...process.env,
  DATABASE_URL: url,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: '1',
  APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
};
const nextBin = join(root, 'node_modules', '.bin', 'next');

if (process.env.SKIP_BUILD !== '1') {
  console.log('Building the app (next build)…');
  const build = spawnSync(nextBin, ['build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) {
    await embedded?.stop();
    process.exit(build.status ?? 1);
  }
}

// The demo mailbox shows every sign-in link: the demo listens on this machine only unless HOST says otherwise.
const host = process.env.HOST || '127.0.0.1';
const server = spawn(process.execPath, [...WEB_NODE_FLAGS, 'scripts/start.mjs'], {
  cwd: root,
  env: { ...env, HOST: host },
  stdio: 'inherit',
});
console.log(
  `\nKokoon is starting at http://localhost:${port}${host === '127.0.0.1' ? '' : ` (listening on ${host})`}  (Ctrl+C to stop)\n`,
);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.on('exit', (code) => void shutdown(code ?? 0));
