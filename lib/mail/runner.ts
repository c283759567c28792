// Keeps draining the outbox with a poll every MAIL_POLL_MS. (No NOTIFY from the writers: its
// commit-time lock would serialise every sign-up of a rush across all events.) Part of the worker
// that lib/jobs starts, inside the app process (MAIL_WORKER=inline) or as its own (`npm run worker`).
import { config } from '@/lib/config';
import { configuredTransport } from './transports';
import { drainOutbox } from './worker';

/**
 * `ownProcess`: the worker is the process (`npm run worker`), so its timer keeps it alive. Inside the
 * app the timer is unref'd and the web server keeps the process alive. (A worker whose pool has lost
 * every connection, e.g. while PostgreSQL restarts, would otherwise have nothing left to wait for and
 * exit quietly.)
 */
export function startOutboxDrain(
  log: (msg: string) => void = () => {},
  opts: { ownProcess?: boolean } = {},
): { stop(): Promise<void> } {
  const transport = configuredTransport();
  let running = false;
  let again = false;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const { sent, failed } = await drainOutbox(transport);
        if (sent || failed) log(`mail: ${sent} sent, ${failed} failed (will retry)`);
      } while (again && !stopped);
    } catch (err) {
      log(`mail worker: ${(err as Error).message}`); // database down: try again at the next tick
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, config().MAIL_POLL_MS);
  if (!opts.ownProcess) timer.unref?.();
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
