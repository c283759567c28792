// Faults in mail delivery: the SMTP server down for a while, then back; Resend answering 429 and
// 5xx (a fake Resend on localhost through RESEND_BASE_URL), including a delivered mail whose answer
// is lost. Every mail is delivered exactly once, within Resend's rate limit.
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startFakeResend, type FakeResend } from '../support/fake-resend';
import { openEvent, pool, signUp, startCluster, startWorkerProcess, waitUntil, type Cluster } from '../support/cluster';

let sink: SmtpSink | undefined;
let resend: FakeResend | undefined;
let c: Cluster | undefined;

afterEach(async () => {
  await c?.stop();
  await sink?.stop();
  await resend?.stop();
  c = sink = resend = undefined;
});

const outbox = async (cl: Cluster) =>
  await cl.sql<{ status: string; n: number; attempts: number }[]>`
  select status, count(*)::int as n, coalesce(max(attempts), 0)::int as attempts from mail_outbox group by status`;

describe('faults in mail delivery', () => {
  it('SMTP down for a while, then back: every mail is delivered exactly once', async () => {
    sink = await startSmtpSink();
    await sink.stop();
    c = await startCluster({
      instances: 1,
      worker: true,
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, RATE_LIMIT_PER_MINUTE: '0', TRUSTED_PROXY_HOPS: '1' },
    });
    const cl = c;
    const slug = await openEvent(cl.sql, { capacity: 10, waitlist: true });
    const results = await pool(25, 5, (i) => signUp(cl.apps[0].url, slug, { email: `smtp.${i}@kunta.example` }));
    expect(results.every((r) => r.status === 201)).toBe(true);
    // The worker tries, fails, and keeps the mails for later.
    await waitUntil(
      'failed attempts recorded',
      async () => (await outbox(cl)).some((r) => r.status === 'pending' && r.attempts >= 2),
      30_000,
    );
    expect((await outbox(cl)).find((r) => r.status === 'sent')).toBeUndefined();
    await sink.start();
    await sink.waitFor(25, 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(sink.mails).toHaveLength(25);
    expect(new Set(sink.mails.map((m) => m.to)).size).toBe(25);
    expect(await outbox(cl)).toEqual([expect.objectContaining({ status: 'sent', n: 25 })]);
  });

  it('Resend answering 429 and 5xx: backoff and retry within the rate limit, no duplicates thanks to the Idempotency-Key', async () => {
    resend = await startFakeResend({ perSecond: 2 });
    const fake = resend;
    c = await startCluster({
      instances: 1,
      worker: false,
      env: {
        MAIL_TRANSPORT: 'resend',
        RESEND_API_KEY: 're_system_test',
        RESEND_BASE_URL: fake.url,
        RESEND_RATE_PER_SECOND: '2',
        RATE_LIMIT_PER_MINUTE: '0',
        TRUSTED_PROXY_HOPS: '1',
      },
    });
    const cl = c;
    const slug = await openEvent(cl.sql, { capacity: null, waitlist: false });
    const results = await pool(8, 4, (i) => signUp(cl.apps[0].url, slug, { email: `resend.${i}@kunta.example` }));
    expect(results.every((r) => r.status === 201)).toBe(true);
    fake.failNext(3, '503');
    await cl.startWorker();
    await waitUntil('the 503s were answered', () => fake.requests.filter((r) => r.status === 503).length === 3, 30_000);
    fake.failNext(2, 'deliver-then-500'); // delivered, answer lost: the retry must not deliver again
    await waitUntil('every mail sent', async () => (await outbox(cl)).every((r) => r.status === 'sent'), 60_000);
    expect(fake.delivered).toHaveLength(8);
    expect(new Set(fake.delivered.map((d) => d.to)).size).toBe(8);
    expect(fake.requests.filter((r) => r.status === 500)).toHaveLength(2);
    // One worker keeps to the limit by itself. Its pacing leaves a tenth of a second to spare; on a
    // loaded machine one request may still arrive late enough to meet the next in Resend's window,
    // so one 429 is tolerated — without pacing, the eight mails would draw several.
    expect(fake.requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1);

    // Two workers, each pacing itself to the whole limit, overrun it: Resend answers 429, the workers
    // wait as told (Retry-After) without counting a failed attempt, and still nothing is sent twice.
    // More than one claim (20), so that both workers hold mails at once. The mails wait until both
    // workers start together: on a slow machine, one running worker would otherwise keep up with the
    // sign-ups by itself before a second one was up, and nothing would ever overrun the limit.
    await cl.worker?.stop();
    const more = await pool(26, 5, (i) => signUp(cl.apps[0].url, slug, { email: `resend.more.${i}@kunta.example` }));
    expect(more.every((r) => r.status === 201)).toBe(true);
    const workers = await Promise.all([startWorkerProcess(cl.env), startWorkerProcess(cl.env)]);
    try {
      await waitUntil(
        'every mail sent again',
        async () => (await outbox(cl)).every((r) => r.status === 'sent'),
        90_000,
      );
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    expect(fake.requests.filter((r) => r.status === 429).length, 'the limit was overrun').toBeGreaterThan(0);
    expect(fake.delivered).toHaveLength(34);
    expect(new Set(fake.delivered.map((d) => d.to)).size).toBe(34);
    const [{ maxAttempts }] =
      await cl.sql`select max(attempts)::int as "maxAttempts" from mail_outbox o join registrations r on r.id = o.registration_id where r.email like 'resend.more.%'`;
    expect(maxAttempts, 'a 429 is not a failed attempt').toBe(1);
    const [{ failed }] = await cl.sql`select count(*)::int as failed from mail_outbox where status = 'failed'`;
    expect(failed).toBe(0);
  });
});
