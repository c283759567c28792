// `npm run bench:feeds`: a region feed with 500 events — time to build it in-process, and
// requests/s of the 304 path (If-None-Match) and of full 200 responses against `next start`.
// Run with node's react-server condition (see package.json) so server-only modules load here.
import autocannon from 'autocannon';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { startAppServer } from '../tests/support/app-server';
import { ensureBuild, machineLine, recordRows, root, treeRssMb, withBenchDatabase } from './support';

const EVENTS = Number(process.env.FEED_EVENTS ?? 500);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PATH = '/calendar/region/hyks.ics';

ensureBuild();
let exitCode = 0;
await withBenchDatabase('feeds', { demo: false }, async (url) => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  // 500 events of HYKS and national ones, spread over the coming year, a few cancelled.
  await sql`insert into events (slug, kind, status, title_fi, title_sv, summary_fi, description_fi, scope, region_code, format, venue_name, venue_address, city, starts_at, ends_at, capacity_onsite, contact_name, contact_email)
    select 'feed-' || i, 'network_day', case when i % 25 = 0 then 'cancelled'::event_status else 'published'::event_status end,
      'Verkostopäivä ' || i, 'Nätverksdag ' || i, 'Tiivistelmä ' || i, repeat('Kuvaus. ', 40),
      case when i % 3 = 0 then 'national'::event_scope else 'region'::event_scope end, case when i % 3 = 0 then null else 'HYKS' end,
      'onsite', 'Paasitorni', 'Paasivuorenkatu 5 A, Helsinki', 'Helsinki',
      now() + (i || ' hours')::interval * 17, now() + (i || ' hours')::interval * 17 + interval '6 hours', 100, 'Koordinaattori', 'hyks@kokoon.example'
    from generate_series(1, ${EVENTS}) as i`;
  await sql.end();

  process.env.DATABASE_URL = url;
  const { buildRegionFeed } = await import('@/lib/calendar/feeds');
  const { closeDb } = await import('@/db/client');
  const c0 = performance.now();
  await buildRegionFeed('HYKS', 'fi');
  const cold = performance.now() - c0;
  for (let i = 0; i < 2; i++) await buildRegionFeed('HYKS', 'fi');
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const feed = await buildRegionFeed('HYKS', 'fi');
    times.push(performance.now() - t0);
    size = feed?.body.length ?? 0;
  }
  await closeDb();
  times.sort((a, b) => a - b);
  const buildMedian = times[10];
  const buildP95 = times[18];

  const rps = async (app: { url: string; process: { pid?: number } }, headers: Record<string, string>) => {
    const r = await autocannon({ url: app.url + PATH, connections, duration: seconds, headers });
    return {
      rps: Math.round(r.requests.average),
      p97_5: r.latency.p97_5,
      non2xx: r.non2xx,
      errors: r.errors,
      rssMb: treeRssMb(app.process.pid!),
    };
  };
  const cached = await startAppServer({ databaseUrl: url });
  let notModified, fullCached;
  try {
    const etag = (await fetch(cached.url + PATH)).headers.get('etag')!;
    notModified = await rps(cached, { 'If-None-Match': etag });
    fullCached = await rps(cached, {});
  } finally {
    await cached.stop();
  }
  const uncachedApp = await startAppServer({ databaseUrl: url, env: { FEED_CACHE_SECONDS: '0' } });
  let uncached;
  try {
    await (await fetch(uncachedApp.url + PATH)).text(); // warm: render every event once in this process
    uncached = await rps(uncachedApp, {});
  } finally {
    await uncachedApp.stop();
  }

  const machine = machineLine();
  const table = [
    `Region feed benchmark, ${new Date().toISOString()} — ${machine}`,
    `${PATH} with ${EVENTS} events in scope (${Math.round(size / 1024)} KiB); ${connections} connections, ${seconds} s each; app, PostgreSQL and load generator on one machine`,
    '',
    '| measure | result | target |',
    '|---|---:|---:|',
    `| build the feed in-process (median / p95 of 20, events already rendered once) | ${buildMedian.toFixed(1)} / ${buildP95.toFixed(1)} ms | ≤ 30 ms |`,
    `| first build in a fresh process (every event rendered) | ${cold.toFixed(0)} ms | – |`,
    `| 304 path (If-None-Match), FEED_CACHE_SECONDS=30 | ${notModified.rps} req/s (p97.5 ${notModified.p97_5} ms) | ≥ 2,000 req/s |`,
    `| full 200 responses, cached feed | ${fullCached.rps} req/s (p97.5 ${fullCached.p97_5} ms) | – |`,
    `| full 200 responses, FEED_CACHE_SECONDS=0 (query + build every time) | ${uncached.rps} req/s (p97.5 ${uncached.p97_5} ms) | – |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  appendFileSync(join(root, 'bench', 'results', 'latest.md'), `\n${table}\n`);
  const feedRow = (target: string, r: typeof notModified) => ({
    benchmark: 'region feed',
    target,
    throughput: r.rps,
    unit: 'req/s',
    p95Ms: r.p97_5,
    ratio: r.rps / 2000,
    reference: 'target 2,000 req/s',
    rssMb: r.rssMb,
    note: 'p97.5 (autocannon)',
  });
  recordRows([
    feedRow('304 (If-None-Match)', notModified),
    feedRow('200, cached feed', fullCached),
    feedRow('200, FEED_CACHE_SECONDS=0', uncached),
  ]);
  if ([notModified, fullCached, uncached].some((r) => r.errors > 0)) exitCode = 1;
});
process.exit(exitCode);
