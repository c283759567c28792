// Keeps draining the outbox: woken by NOTIFY from enqueueMail and by a poll (MAIL_POLL_MS) for
// retries that come due. Started inside the app process (instrumentation.ts, MAIL_WORKER=inline)
// or as its own process (`npm run worker`).
import { sqlClient } from '@/db/client';
import { config } from '@/lib/config';
import { configuredTransport } from './transports';
import { drainOutbox } from './worker';

export function startMailWorker(log: (msg: string) => void = () => {}): { stop(): Promise<void> } {
  const transport = configuredTransport();
  let running = false;
  let again = false;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    if (running) { again = true; return; }
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
  timer.unref?.();
  let unlisten: (() => Promise<void>) | undefined;
  sqlClient().listen('kokoon_outbox', () => void tick()).then((l) => { unlisten = l.unlisten; }, () => {});
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten?.().catch(() => {});
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
