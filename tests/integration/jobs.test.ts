// Scheduled jobs across several instances (lib/jobs, pg-boss): each run happens once however many
// processes offer it, retention waits for its schedule instead of running at every start, and a
// failing retention is retried and then kept for inspection.
import { afterEach, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { useTestDatabase } from '../support/test-db';
import { JOBS, ORGANISER_DIGEST_CRON, RETENTION_CRON, startScheduledJobs, type JobTasks, type Jobs } from '@/lib/jobs';
import { resetConfig } from '@/lib/config';

const db = useTestDatabase();
let running: Jobs[] = [];

afterEach(async () => {
  await Promise.all(running.map((j) => j.stop()));
  running = [];
  delete process.env.SCHEDULED_MAIL_SECONDS;
  resetConfig();
});

async function waitFor(what: string, check: () => boolean, ms: number) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('scheduled jobs', () => {
  it('run once per interval across three instances, and retention is scheduled rather than run at start', async () => {
    process.env.SCHEDULED_MAIL_SECONDS = '1';
    resetConfig();
    const runs: number[] = [];
    let retentionRuns = 0;
    const tasks: JobTasks = {
      async scheduledMail() {
        runs.push(Date.now());
        return null;
      },
      async retention() {
        retentionRuns += 1;
        return null;
      },
    };
    const log: string[] = [];
    running = [0, 1, 2].map(() => startScheduledJobs((m) => log.push(m), { tasks }));
    await waitFor('all three started', () => running.every((j) => j.boss() !== null), 30_000);
    const from = Date.now();
    await new Promise((r) => setTimeout(r, 6000));
    const elapsed = (Date.now() - from) / 1000;
    const inWindow = runs.filter((t) => t >= from).length;
    // Three processes each offer a run every second: one per one-second slot goes through, not three.
    expect(inWindow, log.join('\n')).toBeGreaterThanOrEqual(3);
    expect(inWindow, log.join('\n')).toBeLessThanOrEqual(Math.ceil(elapsed) + 1);
    expect(retentionRuns).toBe(0);

    const sql = postgres(db.url(), { max: 1, onnotice: () => {} });
    try {
      const schedules = await sql`select name, cron, timezone from pgboss.schedule order by name`;
      expect(schedules).toEqual([
        { name: JOBS.organiserDigest, cron: ORGANISER_DIGEST_CRON, timezone: 'Europe/Helsinki' },
        { name: JOBS.retention, cron: RETENTION_CRON, timezone: 'Europe/Helsinki' },
      ]);
    } finally {
      await sql.end();
    }
  });

  it('a failing retention run is retried, then kept in retention-failed', async () => {
    process.env.SCHEDULED_MAIL_SECONDS = '1'; // the worker then looks for due retention every 2 s
    resetConfig();
    let attempts = 0;
    const tasks: JobTasks = {
      async scheduledMail() {
        return null;
      },
      async retention() {
        attempts += 1;
        throw new Error('database said no');
      },
    };
    running = [startScheduledJobs(() => {}, { tasks })];
    await waitFor('started', () => running[0].boss() !== null, 30_000);
    const boss = running[0].boss()!;
    await boss.send(JOBS.retention, {}, { retryLimit: 1, retryDelay: 1, retryBackoff: false });
    const sql = postgres(db.url(), { max: 1, onnotice: () => {} });
    try {
      await waitFor('two attempts', () => attempts >= 2, 30_000);
      let failed: { n: number }[] = [];
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        failed = await sql<
          { n: number }[]
        >`select count(*)::int as n from pgboss.job where name = ${JOBS.retentionFailed}`;
        if (failed[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(failed[0].n).toBe(1);
      expect(attempts).toBe(2);
    } finally {
      await sql.end();
    }
  }, 60_000);
});
