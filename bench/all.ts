// `npm run bench:all`: every benchmark in bench/, one after the other, then one table of them all
// (throughput, p95, ratio to each benchmark's reference, server memory), printed and written to
// bench/results/all-latest.md (and a dated copy). Short runs: BENCH_SECONDS=3 RUSH_SIGNUPS=300 npm run bench:all
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild, machineLine, root, type BenchRow } from './support';

const BENCHMARKS: { name: string; script: string }[] = [
  { name: 'pages and API', script: 'bench' },
  { name: 'registration rush', script: 'bench:rush' },
  { name: 'region feed', script: 'bench:feeds' },
  { name: 'client JavaScript', script: 'bench:js' },
  { name: 'mail queue', script: 'bench:outbox' },
];

ensureBuild();
const dir = mkdtempSync(join(tmpdir(), 'kokoon-bench-all-'));
const rowsFile = join(dir, 'rows.jsonl');
const failures: string[] = [];
for (const b of BENCHMARKS) {
  console.log(`\n▶ ${b.name} (npm run ${b.script})\n`);
  const run = spawnSync('npm', ['run', '--silent', b.script], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_ROWS_FILE: rowsFile, BENCH_BUILD: '' },
  });
  if (run.status !== 0) failures.push(b.name);
}
const rows: BenchRow[] = existsSync(rowsFile)
  ? readFileSync(rowsFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
rmSync(dir, { recursive: true, force: true });

const fmt = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);
const table = [
  `Kokoon benchmarks, ${new Date().toISOString()} — ${machineLine()}`,
  `BENCH_SECONDS=${process.env.BENCH_SECONDS ?? 10}, BENCH_CONNECTIONS=${process.env.BENCH_CONNECTIONS ?? 32}, RUSH_SIGNUPS=${process.env.RUSH_SIGNUPS ?? 2000}; app, PostgreSQL and load generator on one machine`,
  '',
  '| benchmark | target | throughput | p95 ms (p97.5 where marked) | ratio to reference | reference | server RSS MB |',
  '|---|---|---:|---:|---:|---|---:|',
  ...rows.map(
    (r) =>
      `| ${r.benchmark} | ${r.target} | ${fmt(r.throughput)} ${r.unit} | ${fmt(r.p95Ms, 1)}${r.note?.startsWith('p97.5') ? ' (p97.5)' : ''} | ${fmt(r.ratio, 2)} | ${r.reference} | ${fmt(r.rssMb)} |`,
  ),
  '',
  failures.length ? `FAILED: ${failures.join(', ')} (see the output above).` : 'Every benchmark passed its own checks.',
].join('\n');
console.log(`\n${table}\n`);
writeFileSync(join(root, 'bench', 'results', 'all-latest.md'), `${table}\n`);
writeFileSync(
  join(root, 'bench', 'results', `all-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.md`),
  `${table}\n`,
);
process.exit(failures.length || rows.length === 0 ? 1 : 0);
