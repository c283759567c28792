// The background work of Kokoon, in one place. Started inside each web instance (instrumentation.ts,
// MAIL_WORKER=inline) or as its own process (`npm run worker`); any number may run at once.
//   - the outbox drain (lib/mail/runner.ts): every process polls and claims mails with FOR UPDATE
//     SKIP LOCKED, so more workers send faster and none sends a mail twice;
//   - scheduled jobs, through pg-boss (a PostgreSQL job queue in its own `pgboss` schema): whichever
//     instance fetches a job runs it, so with N instances each run happens once, not N times.
//       * `scheduled-mail` (reminders, stream links, feedback surveys, expired waiting-list offers):
//         every SCHEDULED_MAIL_SECONDS.
//         Each process offers a run with `sendThrottled`, which admits one job per time slot across all
//         of them (pg-boss cron is per minute; the e2e run needs seconds).
//       * `retention` (lib/retention): on a cron schedule, four times a day at :17 Helsinki time —
//         not at every start. Failures are retried with backoff, then kept in `retention-failed`.
//       * `organiser-digest` (lib/alerts/digest.ts): the organisers' daily digest of new registrations,
//         on a cron schedule at 07:00 Helsinki time; a rerun the same day sends nothing twice.
//       The full / waiting-list alerts (lib/alerts/crossings.ts) ride on `scheduled-mail`: detected by
//       comparing with what was already mailed, never in the sign-up itself.
//     Jobs, their state and failures are rows in `pgboss.job`, inspectable with SQL.
import PgBoss from 'pg-boss';
import { config } from '@/lib/config';
import { startOutboxDrain } from '@/lib/mail/runner';
import { enqueueDueReminders, enqueueStreamOpensMails } from '@/lib/mail/scheduled';
import { runRetention } from '@/lib/retention';
import { enqueueSurveyInvitations } from '@/lib/surveys/invitations';
import { sendCrossingAlerts } from '@/lib/alerts/crossings';
import { sendDailyDigests } from '@/lib/alerts/digest';
import { expireDueOffers } from '@/lib/registrations/offers';

export const JOBS = {
  scheduledMail: 'scheduled-mail',
  retention: 'retention',
  retentionFailed: 'retention-failed',
  organiserDigest: 'organiser-digest',
} as const;
export const RETENTION_CRON = '17 */6 * * *';
/** The organisers' daily digest: 07:00 Helsinki time. */
export const ORGANISER_DIGEST_CRON = '0 7 * * *';

type Log = (msg: string) => void;
/** What each job does; tests count runs by passing their own. */
export type JobTasks = {
  scheduledMail: () => Promise<string | null>;
  retention: () => Promise<string | null>;
  organiserDigest?: () => Promise<string | null>;
};

const defaultTasks: JobTasks = {
  async scheduledMail() {
    const reminders = await enqueueDueReminders();
    const streams = await enqueueStreamOpensMails();
    const feedback = await enqueueSurveyInvitations();
    const alerts = await sendCrossingAlerts();
    // Waiting-list offers past their deadline pass to the next in line (lib/registrations/offers.ts).
    const offers = await expireDueOffers();
    return reminders || streams || feedback || alerts || offers
      ? `mail: ${reminders} reminders, ${streams} stream links, ${feedback} feedback surveys, ${alerts} organiser alerts queued; ${offers} offers expired`
      : null;
  },
  async retention() {
    const r = await runRetention();
    return r.anonymised || r.notesCleared
      ? `retention: ${r.anonymised} registrations anonymised, ${r.notesCleared} diet/access notes cleared`
      : null;
  },
  async organiserDigest() {
    const n = await sendDailyDigests();
    return n ? `organiser digest: ${n} mails queued` : null;
  },
};

export type Jobs = { boss: () => PgBoss | null; stop(): Promise<void> };

/**
 * Starts pg-boss and the scheduled jobs. If the database cannot be reached yet, it tries again every
 * few seconds instead of failing the process; the outbox drain runs meanwhile on its own.
 */
export function startScheduledJobs(log: Log, opts: { tasks?: JobTasks; ownProcess?: boolean } = {}): Jobs {
  const tasks = opts.tasks ?? defaultTasks;
  const seconds = config().SCHEDULED_MAIL_SECONDS;
  let boss: PgBoss | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const offerRun = () => {
    if (!boss || stopped) return;
    // One job per slot of `seconds`, whichever process offers it first.
    boss
      .sendThrottled(JOBS.scheduledMail, {}, { retryLimit: 0 }, seconds)
      .catch((err: Error) => log(`jobs: ${err.message}`));
  };
  const run = (task: () => Promise<string | null>) => async () => {
    const msg = await task();
    if (msg) log(msg);
  };

  const start = async () => {
    while (!stopped) {
      const b = new PgBoss({
        connectionString: config().DATABASE_URL,
        schema: 'pgboss',
        max: 2,
        application_name: 'kokoon-jobs',
        // How often this process looks for jobs, and checks the cron schedules.
        pollingIntervalSeconds: Math.min(2, seconds),
        cronMonitorIntervalSeconds: 30,
      });
      // pg-boss reports lost connections (e.g. PostgreSQL restarting) as events: log them, it reconnects.
      b.on('error', (err: Error) => log(`jobs: ${err.message}`));
      try {
        await b.start();
        await b.createQueue(JOBS.scheduledMail, {
          name: JOBS.scheduledMail,
          policy: 'stately',
          retryLimit: 0,
          expireInSeconds: 600,
        });
        await b.createQueue(JOBS.retentionFailed, { name: JOBS.retentionFailed });
        await b.createQueue(JOBS.retention, {
          name: JOBS.retention,
          policy: 'stately',
          retryLimit: 3,
          retryDelay: 300,
          retryBackoff: true,
          expireInSeconds: 3600,
          deadLetter: JOBS.retentionFailed,
        });
        await b.schedule(JOBS.retention, RETENTION_CRON, {}, { tz: 'Europe/Helsinki' });
        await b.createQueue(JOBS.organiserDigest, {
          name: JOBS.organiserDigest,
          policy: 'stately',
          retryLimit: 3,
          retryDelay: 300,
          retryBackoff: true,
          expireInSeconds: 3600,
        });
        await b.schedule(JOBS.organiserDigest, ORGANISER_DIGEST_CRON, {}, { tz: 'Europe/Helsinki' });
        await b.work(JOBS.scheduledMail, { pollingIntervalSeconds: Math.min(2, seconds) }, run(tasks.scheduledMail));
        await b.work(
          JOBS.retention,
          { pollingIntervalSeconds: Math.max(2, Math.min(30, seconds)) },
          run(tasks.retention),
        );
        await b.work(
          JOBS.organiserDigest,
          { pollingIntervalSeconds: Math.max(2, Math.min(30, seconds)) },
          run(tasks.organiserDigest ?? defaultTasks.organiserDigest!),
        );
        if (stopped) {
          await b.stop({ graceful: false, wait: true });
          return;
        }
        boss = b;
        offerRun();
        timer = setInterval(offerRun, seconds * 1000);
        if (!opts.ownProcess) timer.unref?.();
        return;
      } catch (err) {
        log(`jobs: could not start (${(err as Error).message}); trying again in 5 s`);
        await b.stop({ graceful: false, wait: true }).catch(() => {});
        await new Promise((r) => setTimeout(r, 5000).unref?.());
      }
    }
  };
  const started = start();

  return {
    boss: () => boss,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await started;
      await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** The whole worker: the outbox drain and the scheduled jobs. */
export function startWorker(log: Log, opts: { ownProcess?: boolean } = {}): { stop(): Promise<void> } {
  const drain = startOutboxDrain(log, opts);
  const jobs = startScheduledJobs(log, opts);
  return {
    async stop() {
      await Promise.all([drain.stop(), jobs.stop()]);
    },
  };
}
