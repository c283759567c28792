// `npm run worker`: the worker (outbox drain and scheduled jobs) as its own process (run the app
// with MAIL_WORKER=off).
import './support/outside-next'; // first: the jobs reach lib/ modules marked server-only

const { startWorker } = await import('@/lib/jobs');
const { closeDb } = await import('@/db/client');

const worker = startWorker((msg) => console.log(new Date().toISOString(), msg), { ownProcess: true });
console.log('Kokoon mail worker running (Ctrl+C to stop).');
const stop = async () => {
  await worker.stop();
  await closeDb();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
