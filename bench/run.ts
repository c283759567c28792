// `npm run bench`: throughput and latency of the public pages next to a static page served by the
// same `next start`, on the demo data in an embedded PostgreSQL. Prints a table and writes it to
// bench/results/latest.md. Traffic goes to localhost only; every run is bounded in time.
//
//   npm run bench                      # 10 s per target, 20 connections
//   BENCH_SECONDS=30 BENCH_CONNECTIONS=50 npm run bench
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer } from '../tests/support/app-server';
import { ensureBuild, machineLine, recordRows, root, treeRssMb, withBenchDatabase } from './support';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

export const TARGETS = [
  { name: 'static page (reference)', path: '/fi/about' },
  { name: 'event list page', path: '/fi' },
  { name: 'event list, filtered', path: '/fi?region=TAYS&kind=network_day' },
  { name: 'event page', path: '/fi/events/koulua-koulua-kaymattomille' },
  { name: 'GET /api/events', path: '/api/events' },
  { name: 'GET /api/events?region=OYS', path: '/api/events?region=OYS' },
];

type Row = { name: string; path: string; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; rssMb: number };


function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

async function measure(url: string): Promise<Omit<Row, 'name' | 'path' | 'rssMb'>> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

ensureBuild();
let exitCode = 0;
await withBenchDatabase('bench', { demo: true }, async (dbUrl) => {
  const app = await startAppServer({ databaseUrl: dbUrl });
  try {
    const rows: Row[] = [];
    for (const t of TARGETS) {
      await measure(app.url + t.path).catch(() => undefined); // short warm-up is part of the first run below
      const r = await measure(app.url + t.path);
      rows.push({ name: t.name, path: t.path, ...r, rssMb: treeRssMb(app.process.pid!) });
      console.log(`${t.name}: ${r.rps} req/s, p95 ${r.p95} ms`);
    }
    const ref = rows[0].rps;
    const header = `| target | req/s | p50 ms | p95 ms | p99 ms | ratio to static | errors / non-2xx | server RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|`;
    const lines = rows.map((r) => `| ${r.name} (\`${r.path}\`) | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${(r.rps / ref).toFixed(2)} | ${r.errors} / ${r.non2xx} | ${r.rssMb} |`);
    const machine = machineLine();
    const table = `Kokoon benchmark, ${new Date().toISOString()}\n\nMachine: ${machine}. ${connections} connections, ${seconds} s per target (after a warm-up of the same length); app and load generator share the machine.\n\n${header}\n${lines.join('\n')}\n`;
    console.log(`\n${table}`);
    writeFileSync(join(root, 'bench', 'results', 'latest.md'), table);
    recordRows(rows.map((r, i) => ({
      benchmark: 'pages and API', target: `${r.name} (${r.path})`, throughput: r.rps, unit: 'req/s', p95Ms: r.p95,
      ratio: i === 0 ? 1 : r.rps / ref, reference: 'static page', rssMb: r.rssMb,
    })));
    if (rows.some((r) => r.errors > 0 || r.non2xx > 0)) exitCode = 1;
  } finally {
    await app.stop();
  }
});
process.exit(exitCode);
