// `npm run bench`: throughput and latency of the public pages and the JSON API, each next to a
// static JS chunk served by the same server in the same run (the reference), on the demo data in
// an embedded PostgreSQL. Also the server's memory: before, after the page benchmark, and after a
// forced garbage collection. Prints a table and writes it to bench/results/latest.md. Traffic goes
// to localhost only; every run is bounded in time.
//
//   npm run bench                      # 10 s per target, 32 connections
//   BENCH_SECONDS=30 BENCH_CONNECTIONS=50 npm run bench
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer } from '../tests/support/app-server';
import { ensureBuild, machineLine, recordRows, root, treeRssMb, withBenchDatabase } from './support';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

export const TARGETS = [
  { name: 'event list page', path: '/fi' },
  { name: 'event list, filtered', path: '/fi?region=TAYS&kind=network_day' },
  { name: 'event page', path: '/fi/events/koulua-koulua-kaymattomille' },
  { name: 'about page', path: '/fi/about' },
  { name: 'GET /api/events', path: '/api/events' },
  { name: 'GET /api/events?region=OYS', path: '/api/events?region=OYS' },
];

type Measured = { rps: number; p50: number; p975: number; p99: number; errors: number; non2xx: number };
type Row = Measured & { name: string; path: string; ref: number; rssMb: number };

async function measure(url: string, secs = seconds): Promise<Measured> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration: secs, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A JS chunk of this build, as the pages reference it: what a CDN-less static file costs here. */
async function staticChunk(base: string): Promise<string> {
  const html = await (await fetch(`${base}/fi/about`)).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('no static chunk found in /fi/about');
  return src;
}

async function forceGc(pid: number): Promise<void> {
  process.kill(pid, 'SIGUSR2'); // server.ts runs global.gc() on it when started with --expose-gc
  await new Promise((r) => setTimeout(r, 1500));
}

ensureBuild();
let exitCode = 0;
await withBenchDatabase('bench', { demo: true }, async (dbUrl) => {
  // A web instance as production runs it (README, production topology): the mail worker is its own
  // process (MAIL_WORKER=off), so this measures what serving pages costs.
  const app = await startAppServer({
    databaseUrl: dbUrl,
    nodeArgs: ['--expose-gc', ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
    env: { MAIL_WORKER: 'off' },
  });
  try {
    const pid = app.process.pid!;
    const chunk = await staticChunk(app.url);
    const rssStart = treeRssMb(pid);
    const rows: Row[] = [];
    for (const t of TARGETS) {
      await measure(app.url + t.path, Math.min(3, seconds)); // warm-up: first renders, JIT
      // The reference right before each target, so that both see the same machine.
      const ref = await measure(app.url + chunk);
      const r = await measure(app.url + t.path);
      rows.push({ name: t.name, path: t.path, ...r, ref: ref.rps, rssMb: treeRssMb(pid) });
      console.log(`${t.name}: ${r.rps} req/s (static chunk ${ref.rps} req/s), p97.5 ${r.p975} ms`);
    }
    const rssAfter = treeRssMb(pid);
    await forceGc(pid);
    const rssGc = treeRssMb(pid);
    const breakdown = /kokoon-memory (\{.*\})/.exec(app.output())?.[1];
    const heap = breakdown ? (JSON.parse(breakdown) as Record<'before' | 'after', Record<string, number>>) : null;
    const where = (m: Record<string, number>) =>
      `V8 heap ${m.heapUsed} MB used of ${m.heapTotal} MB, ${m.external} MB outside it (${m.arrayBuffers} MB Buffers)`;
    const header = `| target | req/s | static chunk req/s | ratio | p50 ms | p97.5 ms | p99 ms | errors / non-2xx | server RSS MB |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|`;
    const lines = rows.map(
      (r) =>
        `| ${r.name} (\`${r.path}\`) | ${r.rps} | ${r.ref} | ${(r.rps / r.ref).toFixed(2)} | ${r.p50} | ${r.p975} | ${r.p99} | ${r.errors} / ${r.non2xx} | ${r.rssMb} |`,
    );
    const peak = Math.max(...rows.map((r) => r.rssMb));
    const memory = `Server RSS (web instance, MAIL_WORKER=off): ${rssStart} MB after start, ${rssAfter} MB after the page benchmark (${peak} MB at most between targets), ${rssGc} MB after a forced GC.${heap ? ` Before that GC: ${where(heap.before)}; after: ${where(heap.after)}.` : ''}`;
    const table = `Kokoon benchmark, ${new Date().toISOString()}\n\nMachine: ${machineLine()}. ${connections} connections, ${seconds} s per target after a warm-up; the reference is a static JS chunk of the same server (\`${chunk}\`) measured right before each target; app and load generator share the machine.\n\n${header}\n${lines.join('\n')}\n\n${memory}\n`;
    console.log(`\n${table}`);
    writeFileSync(join(root, 'bench', 'results', 'latest.md'), table);
    recordRows([
      ...rows.map((r) => ({
        benchmark: 'pages and API',
        target: `${r.name} (${r.path})`,
        throughput: r.rps,
        unit: 'req/s',
        p95Ms: r.p975,
        note: 'p97.5',
        ratio: r.rps / r.ref,
        reference: `static JS chunk (${r.ref} req/s)`,
        rssMb: r.rssMb,
      })),
      {
        benchmark: 'server memory',
        target: 'RSS after start / after pages / after forced GC',
        throughput: rssAfter,
        unit: 'MB',
        p95Ms: NaN,
        ratio: null,
        reference: `${rssStart} MB at start, ${peak} MB at most between targets, ${rssGc} MB after GC`,
        rssMb: rssGc,
      },
    ]);
    if (rows.some((r) => r.errors > 0 || r.non2xx > 0)) exitCode = 1;
  } finally {
    await app.stop();
  }
});
process.exit(exitCode);
