// Runs once when a Next.js server starts: the worker (outbox drain and scheduled jobs, lib/jobs)
// lives in the app process unless MAIL_WORKER=off (then `npm run worker` runs it separately).
// Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (
    !process.env.DATABASE_URL ||
    process.env.MAIL_WORKER === 'off' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  )
    return;
  const { startWorker } = await import('./lib/jobs');
  startWorker((msg) => console.log(msg));
}
