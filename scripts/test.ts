// `npm test`: the whole suite. First the static checks (typecheck with tsc, lint with ESLint, format
// with Prettier's check), then
// unit + integration tests (vitest, real embedded PostgreSQL), then the app is built and started on
// a demo database and Playwright drives it in Debian's Chromium.
// Ends with one line "Tests: N passed, N failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../tests/support/chromium';
import { startEmbeddedDb } from './support/embedded-db';
import { runMigrations } from '@/db/migrate';
import { seedAll } from './support/seed-all';
import { startAppServer } from '../tests/support/app-server';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
// optional: "unit" (vitest only, then vitest arguments, e.g. a test file), "e2e" (then Playwright arguments, e.g. a spec file),
// "system" (the multi-instance and fault tests of tests/system, then vitest arguments) or "static" (typecheck, lint and format only).
// The static checks run with the whole suite and with "static"; a run of chosen tests skips them.
const only = process.argv[2];
if (only !== undefined && !['unit', 'e2e', 'system', 'static'].includes(only)) {
  console.error(`Unknown part "${only}": use unit, e2e, system or static (or nothing for the whole suite).`);
  process.exit(2);
}

// Fail before anything else if the browser is missing: e2e tests never silently skip.
if (only === undefined || only === 'e2e') chromiumPath();

let passed = 0;
let failed = 0;
let ok = true;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Adds a vitest JSON report to the totals. */
function countVitest(report: string, status: number | null) {
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    // A skipped (.skip, skipIf), pending or todo test is a failure: the suite proves nothing by it.
    failed += r.numFailedTests + r.numPendingTests + r.numTodoTests + (r.numTotalTests === 0 ? 1 : 0);
    if (r.numPendingTests + r.numTodoTests > 0)
      console.error(`${r.numPendingTests} skipped and ${r.numTodoTests} todo tests count as failures`);
  } else failed += 1;
  if (status !== 0) ok = false;
}

function build(): boolean {
  console.log('\n▶ Building the app (next build)\n');
  const run = spawnSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' });
  if (run.status === 0) return true;
  console.error('next build failed');
  failed += 1;
  ok = false;
  return false;
}

// Typecheck and lint: each counts as one test in the totals, and a failure fails the run (the
// later parts still run, so one run shows every problem).
const staticFailures: string[] = [];
if (only === undefined || only === 'static') {
  for (const [name, command, args] of [
    ['typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']],
    ['lint (eslint .)', bin('eslint'), ['.']],
    ['format (prettier --check .)', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  ] as const) {
    console.log(`\n▶ ${name[0].toUpperCase()}${name.slice(1)}\n`);
    const run = spawnSync(command, [...args], { cwd: root, env, stdio: 'inherit' });
    if (run.status === 0) passed += 1;
    else {
      console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal}): fix the errors above.`);
      staticFailures.push(name);
      failed += 1;
      ok = false;
    }
  }
}

if (only === undefined || only === 'unit') {
  console.log('\n▶ Unit and integration tests (vitest, embedded PostgreSQL)\n');
  const report = join(results, 'vitest.json');
  rmSync(report, { force: true });
  const run = spawnSync(
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...(only === 'unit' ? process.argv.slice(3) : []),
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  countVitest(report, run.status);
}

let built = false;
if (only === undefined || only === 'e2e') {
  built = build();
  if (built) {
    console.log('\n▶ End-to-end tests (Playwright, Chromium)\n');
    const dir = mkdtempSync(join(tmpdir(), 'kokoon-e2e-pg-'));
    const pg = await startEmbeddedDb({ dir: join(dir, 'data'), persistent: false });
    try {
      await pg.createDatabase('kokoon_e2e');
      const url = pg.url('kokoon_e2e');
      await runMigrations(url);
      await seedAll(url, { demo: true });
      // Scheduled mail (reminders, stream links, feedback surveys) every 2 s instead of 30 s, so e2e tests need not wait.
      const app = await startAppServer({ databaseUrl: url, env: { SCHEDULED_MAIL_SECONDS: '2' } });
      try {
        const report = join(results, 'e2e.json');
        rmSync(report, { force: true });
        const run = spawnSync(bin('playwright'), ['test', ...process.argv.slice(3)], {
          cwd: root,
          stdio: 'inherit',
          env: { ...env, E2E_BASE_URL: app.url, E2E_JSON_REPORT: report, E2E_DATABASE_URL: url },
        });
        if (existsSync(report)) {
          const s = JSON.parse(readFileSync(report, 'utf8')).stats;
          passed += s.expected + s.flaky;
          failed += s.unexpected + s.skipped;
          if (s.expected + s.unexpected + s.flaky === 0) failed += 1;
        } else failed += 1;
        if (run.status !== 0) ok = false;
      } finally {
        await app.stop();
      }
    } finally {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (only === undefined || only === 'system') {
  // Reuses the e2e build; `scripts/test.ts system` builds first (SKIP_BUILD=1 reuses the last build).
  if (built || (only === 'system' && (process.env.SKIP_BUILD === '1' || build()))) {
    console.log('\n▶ System tests (two next start instances, worker process, faults)\n');
    const report = join(results, 'system.json');
    rmSync(report, { force: true });
    const run = spawnSync(
      bin('vitest'),
      [
        'run',
        '--config',
        'vitest.system.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...(only === 'system' ? process.argv.slice(3) : []),
      ],
      { cwd: root, env, stdio: 'inherit' },
    );
    countVitest(report, run.status);
  }
}

console.log(`\nTests: ${passed} passed, ${failed} failed`);
if (staticFailures.length > 0)
  console.log(`Static checks failed: ${staticFailures.join(', ')} (each counted as one failed test above)`);
process.exit(ok && failed === 0 ? 0 : 1);
