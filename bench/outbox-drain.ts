// `npm run bench:outbox`: Kokoon's own outbox drain against pg-boss for the same mails, on the same
// database, in one run. Issue 14 asked to keep the drain only if it is faster. Both sides render
// each mail with the same function and hand it to a transport that returns at once, so the figure
// is the cost of queueing: writing N mails, claiming them, marking them done.
//   - outbox: rows written one statement per mail (as a sign-up's own transaction writes it), then
//     drainOutbox() until none is left (claims 20 with FOR UPDATE SKIP LOCKED, marks them sent);
//   - pg-boss: boss.send() per mail, then boss.work() with batches of 20 until all are completed.
// OUTBOX_MAILS (default 2000).
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { machineLine, recordRows, withBenchDatabase } from './support';

const N = Number(process.env.OUTBOX_MAILS ?? 2000);
const payload = (i: number) => ({
  kind: 'signin',
  locale: 'fi',
  url: `https://kokoon.example/fi/signin/confirm?token=${i}`,
});

await withBenchDatabase('outbox', { demo: false }, async (url) => {
  try {
    process.env.DATABASE_URL = url;
    (await import('@/lib/config')).resetConfig(); // migrations and seeding read the default already
    const { db } = await import('@/db/client');
    const { mailOutbox } = await import('@/db/schema');
    const { drainOutbox, renderOutgoing } = await import('@/lib/mail/worker');
    let delivered = 0;
    const transport = {
      name: 'null',
      async send(_mail: unknown) {
        delivered += 1;
      },
    };

    // Kokoon's outbox.
    let t = performance.now();
    for (let i = 0; i < N; i++) {
      await db()
        .insert(mailOutbox)
        .values({
          kind: 'signin',
          toEmail: `o${i}@kunta.example`,
          locale: 'fi',
          idempotencyKey: randomUUID(),
          payload: payload(i),
        });
    }
    const outboxEnqueueMs = performance.now() - t;
    console.log(`outbox: ${N} written`);
    t = performance.now();
    while (delivered < N) {
      const { failed } = await drainOutbox(transport as never);
      if (failed)
        throw new Error(
          `the drain failed: ${(await db().select({ e: mailOutbox.lastError }).from(mailOutbox).limit(1))[0]?.e}`,
        );
    }
    const outboxDrainMs = performance.now() - t;
    console.log(`outbox: ${delivered} sent`);

    // pg-boss, same database.
    delivered = 0;
    const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 10 });
    boss.on('error', (err: Error) => console.error(err.message));
    await boss.start();
    await boss.createQueue('mail', { name: 'mail', retryLimit: 11 });
    t = performance.now();
    for (let i = 0; i < N; i++) await boss.send('mail', { to: `b${i}@kunta.example`, payload: payload(i) });
    const bossEnqueueMs = performance.now() - t;
    console.log(`pg-boss: ${N} sent`);
    t = performance.now();
    const done = new Promise<void>((resolve) => {
      void boss.work('mail', { batchSize: 20, pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) {
          const data = job.data as { to: string; payload: ReturnType<typeof payload> };
          await transport.send(
            await renderOutgoing({ toEmail: data.to, payload: data.payload, idempotencyKey: job.id }),
          );
        }
        if (delivered >= N) resolve();
      });
    });
    await done;
    const bossDrainMs = performance.now() - t;
    await boss.stop({ graceful: false, wait: true });
    await (await import('@/db/client')).closeDb();

    const rate = (ms: number) => N / (ms / 1000);
    const table = [
      `Outbox drain vs pg-boss, ${new Date().toISOString()} — ${machineLine()}`,
      `${N} sign-in mails, rendered by the same function, a transport that returns at once; PostgreSQL and Node on one machine`,
      '',
      '| queue | enqueue mails/s | drain mails/s |',
      '|---|---:|---:|',
      `| Kokoon outbox | ${rate(outboxEnqueueMs).toFixed(0)} | ${rate(outboxDrainMs).toFixed(0)} |`,
      `| pg-boss 10 | ${rate(bossEnqueueMs).toFixed(0)} | ${rate(bossDrainMs).toFixed(0)} |`,
      '',
      `Outbox drain / pg-boss drain: ${(bossDrainMs / outboxDrainMs).toFixed(2)}; enqueue: ${(bossEnqueueMs / outboxEnqueueMs).toFixed(2)}.`,
    ].join('\n');
    console.log(`\n${table}\n`);
    recordRows([
      {
        benchmark: 'mail queue',
        target: `outbox drain, ${N} mails`,
        throughput: Math.round(rate(outboxDrainMs)),
        unit: 'mails/s',
        p95Ms: NaN,
        ratio: bossDrainMs / outboxDrainMs,
        reference: `pg-boss drain (${rate(bossDrainMs).toFixed(0)} mails/s)`,
        rssMb: NaN,
      },
    ]);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
});
process.exit(0);
