// `npm run bench:rush`: a registration rush against `next start` on a real (embedded) PostgreSQL.
// N sign-ups (default 2,000) from C concurrent clients (default 50) for an event with P places
// (default 500). Prints confirmed / waitlisted / errors, throughput and latency, and beside it the
// ceiling for the same SQL transaction run by pgbench on the same database, as a ratio.
//
//   RUSH_SIGNUPS=2000 RUSH_PLACES=500 RUSH_CLIENTS=50 npm run bench:rush
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync, appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startAppServer } from '../tests/support/app-server';
import { ensureBuild, machineLine, recordRows, root, treeRssMb, withBenchDatabase } from './support';

const N = Number(process.env.RUSH_SIGNUPS ?? 2000);
const PLACES = Number(process.env.RUSH_PLACES ?? 500);
const CLIENTS = Number(process.env.RUSH_CLIENTS ?? 50);
const SLUG = 'bench-rush';

const pct = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;

/** CPU time (user + system, ms) used so far by a process and its descendants (Linux /proc). */
function treeCpuMs(pid: number): number {
  try {
    const rows = execFileSync('ps', ['-o', 'pid=,ppid=', '-e'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const pids = new Set([pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [p, pp] of rows)
        if (pids.has(pp) && !pids.has(p)) {
          pids.add(p);
          grew = true;
        }
    }
    let ticks = 0;
    for (const p of pids) {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(f[11]) + Number(f[12]); // utime, stime (fields 14 and 15)
      } catch {
        /* gone */
      }
    }
    return ticks * 10; // USER_HZ = 100
  } catch {
    return NaN;
  }
}

function findPgbench(): string | null {
  for (const p of ['/usr/bin/pgbench', ...['18', '17', '16', '15'].map((v) => `/usr/lib/postgresql/${v}/bin/pgbench`)])
    if (existsSync(p)) return p;
  return null;
}

ensureBuild();
let exitCode = 0;
const dir = mkdtempSync(join(tmpdir(), 'kokoon-rush-'));
await withBenchDatabase('rush', { demo: false }, async (url) => {
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  const createEvent = async (slug: string) => {
    const [e] =
      await sql`insert into events (slug, kind, status, title_fi, scope, format, city, starts_at, ends_at, capacity_onsite, registration_opens_at)
      values (${slug}, 'gathering', 'published', 'Kuormitustesti', 'national', 'onsite', 'Helsinki', now() + interval '30 days',
              now() + interval '30 days 6 hours', ${PLACES}, now() - interval '1 day') returning id`;
    return e.id as number;
  };
  const eventId = await createEvent(SLUG);

  // The mail worker runs as its own process in a scaled-out setup: keep its work out of the numbers.
  const app = await startAppServer({
    databaseUrl: url,
    env: { RATE_LIMIT_PER_MINUTE: '0', MAIL_WORKER: 'off', DATABASE_POOL_SIZE: process.env.RUSH_POOL ?? '20' },
  });
  const latencies: number[] = [];
  const outcome = { confirmed: 0, waitlisted: 0, errors: 0 };
  try {
    const body = (i: number) =>
      JSON.stringify({
        firstName: 'Kuorma',
        lastName: `Testaaja ${i}`,
        email: `rush.${i}@kunta.example`,
        organisation: 'Testikunta',
        municipality: '091',
        sector: 'education',
        attendance: 'onsite',
        language: 'fi',
        consent: true,
      });
    // Warm-up: compile the route and fill the pools (on another event, not counted).
    await createEvent(`${SLUG}-warmup`);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${app.url}/api/events/${SLUG}-warmup/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(1_000_000 + i),
        }).then((r) => r.arrayBuffer()),
      ),
    );

    let next = 0;
    const cpuBefore = treeCpuMs(app.process.pid!);
    const ownCpuBefore = process.cpuUsage();
    const allCpuBefore = treeCpuMs(process.pid);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < N) {
          const i = next++;
          const t0 = performance.now();
          try {
            const res = await fetch(`${app.url}/api/events/${SLUG}/registrations`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: body(i),
            });
            const json = (await res.json()) as { status?: string };
            if (res.status === 201 && json.status === 'confirmed') outcome.confirmed++;
            else if (res.status === 201 && json.status === 'waitlisted') outcome.waitlisted++;
            else outcome.errors++;
          } catch {
            outcome.errors++;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // CPU the app spent per sign-up: far steadier than throughput on a machine shared with others.
    const appCpuMs = (treeCpuMs(app.process.pid!) - cpuBefore) / N;
    // The rest of this process's descendants is PostgreSQL (the embedded server runs as our child).
    const own = process.cpuUsage(ownCpuBefore);
    const dbCpuMs = (treeCpuMs(process.pid) - allCpuBefore - (own.user + own.system) / 1000) / N - appCpuMs;
    latencies.sort((a, b) => a - b);
    const [db] =
      await sql`select count(*) filter (where status = 'confirmed')::int as confirmed, count(*) filter (where status = 'waitlisted')::int as waitlisted,
      (select count(*)::int from mail_outbox o join registrations r on r.id = o.registration_id where r.event_id = ${eventId}) as mails
      from registrations where event_id = ${eventId}`;
    const rps = N / seconds;

    // The ceiling: the same SQL as registerParticipant, straight from pgbench. A sign-up is one call of
    // kokoon_register (migration 0009: the event row comes from the app's short cache, the rate
    // limit is counted in the call; this run has it off, like the app above).
    let pgbenchTps: number | null = null;
    let pgbenchLatencies: number[] = [];
    const pgbench = findPgbench();
    if (pgbench) {
      const benchEvent = await createEvent(`${SLUG}-pgbench`);
      const script = join(dir, 'register.sql');
      writeFileSync(
        script,
        `\\set n random(1, 2000000000)
SELECT * FROM kokoon_register(${benchEvent}, NULL, 'onsite', 'pgb' || :n || '@kunta.example', 'Kuorma', 'Testaaja', 'Testikunta', '091', 'education', NULL, NULL, NULL, 'fi', now(),
  md5(random()::text) || :n, '{"kind":"confirmation","data":{"locale":"fi","firstName":"Kuorma","manageUrl":"https://kokoon.example/fi/registrations/x"}}',
  '{"kind":"waitlisted","data":{"locale":"fi","firstName":"Kuorma","manageUrl":"https://kokoon.example/fi/registrations/x"}}', gen_random_uuid()::text,
  'register:127.0.0.1', date_trunc('minute', now()), 0, 3);
`,
      );
      // -l logs every transaction (its third field is the latency in µs): the same percentiles as the app's.
      const out = execFileSync(
        pgbench,
        [
          '-n',
          '-f',
          script,
          '-c',
          String(CLIENTS),
          '-j',
          '2',
          '-t',
          String(Math.ceil(N / CLIENTS)),
          '-l',
          `--log-prefix=${join(dir, 'pgbench-log')}`,
          url.replace('postgres://', 'postgresql://'),
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, PGPASSWORD: 'kokoon' },
        },
      );
      pgbenchTps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
      pgbenchLatencies = readdirSync(dir)
        .filter((f) => f.startsWith('pgbench-log'))
        .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'))
        .map((line) => Number(line.split(' ')[2]) / 1000)
        .filter((ms) => Number.isFinite(ms))
        .sort((a, b) => a - b);
    }

    const machine = machineLine();
    const ok = db.confirmed === PLACES && outcome.errors === 0 && db.mails === N;
    const table = [
      `Registration rush, ${new Date().toISOString()} — ${machine}`,
      `${N} sign-ups, ${PLACES} places, ${CLIENTS} concurrent clients, one next start (pool 20), mail worker off, app + PostgreSQL + client on one machine`,
      '',
      '| confirmed | waitlisted | errors | mails in outbox | sign-ups/s | p50 ms | p95 ms | p99 ms | app CPU ms / sign-up | PostgreSQL CPU ms / sign-up | pgbench ceiling tps | ratio | pgbench p50 / p95 ms |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      `| ${db.confirmed} | ${db.waitlisted} | ${outcome.errors} | ${db.mails} | ${rps.toFixed(0)} | ${pct(latencies, 50)} | ${pct(latencies, 95)} | ${pct(latencies, 99)} | ${appCpuMs.toFixed(1)} | ${dbCpuMs.toFixed(1)} | ${pgbenchTps?.toFixed(0) ?? 'pgbench not found (apt-get install -y postgresql)'} | ${pgbenchTps ? (rps / pgbenchTps).toFixed(2) : '–'} | ${pgbenchLatencies.length ? `${pct(pgbenchLatencies, 50)} / ${pct(pgbenchLatencies, 95)}` : '–'} |`,
      '',
      ok
        ? 'Exactly the free places confirmed, no errors, one mail per sign-up.'
        : 'FAILED: expected exactly the free places confirmed, 0 errors and one mail per sign-up.',
    ].join('\n');
    console.log(`\n${table}\n`);
    appendFileSync(join(root, 'bench', 'results', 'latest.md'), `\n${table}\n`);
    recordRows([
      {
        benchmark: 'registration rush',
        target: `${N} sign-ups for ${PLACES} places, ${CLIENTS} clients`,
        throughput: Math.round(rps),
        unit: 'sign-ups/s',
        p95Ms: pct(latencies, 95),
        ratio: pgbenchTps ? rps / pgbenchTps : null,
        reference: pgbenchLatencies.length
          ? `pgbench ceiling (its own p95 ${pct(pgbenchLatencies, 95)} ms)`
          : 'pgbench ceiling',
        rssMb: treeRssMb(app.process.pid!),
        note: ok ? undefined : 'FAILED its own check',
      },
    ]);
    if (!ok) exitCode = 1;
  } finally {
    await app.stop();
    await sql.end();
  }
});
rmSync(dir, { recursive: true, force: true });
process.exit(exitCode);
