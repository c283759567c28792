// Faults in the data path: PostgreSQL restarted in the middle of a registration rush, and a web
// instance SIGKILLed in the middle of one. Nothing is ever half-saved: a registration exists with
// its manage token and its outbox mail, or not at all; every mail goes out once things are back.
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { openEvent, pool, signUp, startCluster, waitUntil, type Cluster, type SignUpResult } from '../support/cluster';
import { startAppServer } from '../support/app-server';
import { catalogues } from '@/lib/i18n/messages';

let sink: SmtpSink | undefined;
let c: Cluster | undefined;

afterEach(async () => {
  await c?.stop();
  await sink?.stop();
  c = undefined;
  sink = undefined;
});

/** Every registration of the event with its token and mail counts; and outbox rows with no registration. */
async function consistency(cl: Cluster, slug: string) {
  const rows = await cl.sql<{ email: string; status: string; tokens: number; mails: number }[]>`
    select r.email, r.status, (select count(*)::int from access_tokens t where t.registration_id = r.id and t.purpose = 'manage') as tokens,
      (select count(*)::int from mail_outbox o where o.registration_id = r.id) as mails
    from registrations r join events e on e.id = r.event_id where e.slug = ${slug}`;
  const [{ orphans }] =
    await cl.sql`select count(*)::int as orphans from mail_outbox o where o.registration_id is not null
    and not exists (select 1 from registrations r where r.id = o.registration_id)`;
  return { rows, orphans: orphans as number };
}

async function health(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

describe('faults in the data path', () => {
  it('PostgreSQL restarted during a rush: translated 503s in the gap, recovery without restarting the app, nothing half-saved, no orphan mail', async () => {
    sink = await startSmtpSink();
    c = await startCluster({
      instances: 2,
      worker: true,
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, RATE_LIMIT_PER_MINUTE: '0', TRUSTED_PROXY_HOPS: '1' },
    });
    const cl = c;
    const slug = await openEvent(cl.sql, { capacity: 50, waitlist: true });
    let answered = 0;
    let restarted: Promise<void> | undefined;
    const emails: string[] = [];
    const results = await pool(160, 8, async (i) => {
      if (answered === 40 && !restarted) {
        restarted = cl.pg.restart(2500);
        restarted.catch(() => {}); // awaited below
      }
      const email = `pgfault.${i}@kunta.example`;
      emails[i] = email;
      const r: SignUpResult = await signUp(cl.apps[i % 2].url, slug, { email });
      answered += 1;
      return r;
    });
    await restarted;
    const unavailable = results.filter((r) => r.status === 503);
    expect(
      results.filter((r) => r.status !== 201 && r.status !== 503),
      JSON.stringify(results.find((r) => r.status !== 201 && r.status !== 503)),
    ).toEqual([]);
    expect(unavailable.length, 'the restart was seen').toBeGreaterThan(0);
    for (const r of unavailable) {
      expect(r.body).toEqual({ error: 'unavailable', message: catalogues.fi.api.unavailable });
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
    }

    // Both instances answer again by themselves, and take sign-ups.
    await waitUntil(
      'both instances healthy',
      async () => (await health(cl.apps[0].url)) === 200 && (await health(cl.apps[1].url)) === 200,
      30_000,
    );
    // More sign-ups after the gap: on a slow machine the restart can outlast the whole rush, and the
    // last places must still go to exactly 50 people, the rest to the waiting list. Each person acts
    // as the form tells them to: a 503 says "try again in a moment" with Retry-After, and they do,
    // once. A pool that stayed broken would answer 503 again; a healthy one answers 201.
    const after = await pool(60, 8, async (i) => {
      const email = `pgfault.after.${i}@kunta.example`;
      const first = await signUp(cl.apps[i % 2].url, slug, { email });
      if (first.status !== 503) return first;
      await new Promise((r) => setTimeout(r, Number(first.retryAfter) * 1000));
      return signUp(cl.apps[i % 2].url, slug, { email });
    });
    // What the instances logged about the database, should this fail: which error each 503 was.
    const dbLog = () =>
      cl.apps
        .map((a) =>
          a
            .output()
            .split('\n')
            .filter((l) => l.includes('[db]'))
            .slice(-6)
            .join('\n'),
        )
        .join('\n');
    expect(
      after.filter((r) => r.status !== 201),
      dbLog(),
    ).toEqual([]);

    const { rows, orphans } = await consistency(cl, slug);
    expect(orphans).toBe(0);
    expect(
      rows.every((r) => r.tokens === 1 && r.mails === 1),
      'every registration has exactly its token and its mail',
    ).toBe(true);
    const stored = new Set(rows.map((r) => r.email));
    results.forEach((r, i) => {
      if (r.status === 201) expect(stored.has(emails[i])).toBe(true);
    });
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(rows.length - 50);

    // The worker came back too: every stored registration is mailed, nobody else is.
    await waitUntil(
      'all mails sent',
      async () => (await cl.sql`select count(*)::int as n from mail_outbox where status <> 'sent'`)[0].n === 0,
      90_000,
    ).catch((err) => {
      throw new Error(`${err.message}\nworker output:\n${cl.worker?.output().slice(-3000)}`);
    });
    // The worker rode out the restart in its own process: it neither crashed (postgres.js 3.4.9 threw
    // from a deferred socket write once the server vanished, see patches/) nor ran out of things to
    // wait for when its pool had lost every connection.
    expect(cl.worker?.restarts(), cl.worker?.output().slice(-3000)).toBe(0);
    const recipients = new Set(sink.mails.map((m) => m.to));
    expect([...stored].every((e) => recipients.has(e))).toBe(true);
    expect([...recipients].every((e) => stored.has(e))).toBe(true);
  });

  it('a web instance SIGKILLed mid-rush: every stored registration has its mail in the outbox, and it goes out after the restart', async () => {
    sink = await startSmtpSink();
    c = await startCluster({
      instances: 2,
      worker: false,
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, RATE_LIMIT_PER_MINUTE: '0', TRUSTED_PROXY_HOPS: '1' },
    });
    const cl = c;
    const slug = await openEvent(cl.sql, { capacity: 30, waitlist: true });
    let answered = 0;
    const results = await pool(120, 12, async (i) => {
      if (answered === 40 && cl.apps[1].process.exitCode === null && !cl.apps[1].process.killed)
        cl.apps[1].process.kill('SIGKILL');
      const r = await signUp(cl.apps[i % 2].url, slug, { email: `kill.${i}@kunta.example` });
      answered += 1;
      return r;
    });
    expect(results.filter((r) => r.status === 0).length, 'requests to the killed instance failed').toBeGreaterThan(0);
    expect(results.filter((r) => r.status !== 0 && r.status !== 201)).toEqual([]);

    const { rows, orphans } = await consistency(cl, slug);
    expect(orphans).toBe(0);
    expect(rows.every((r) => r.tokens === 1 && r.mails === 1)).toBe(true);
    results.forEach((r, i) => {
      if (r.status === 201) expect(rows.some((row) => row.email === `kill.${i}@kunta.example`)).toBe(true);
    });
    const [{ pending }] = await cl.sql`select count(*)::int as pending from mail_outbox where status = 'pending'`;
    expect(pending).toBe(rows.length);

    // Restarted (with its own inline worker), the instance sends what waited: each person once.
    cl.apps[1] = await startAppServer({ databaseUrl: cl.databaseUrl, env: { ...cl.env, MAIL_WORKER: 'inline' } });
    await sink.waitFor(rows.length, 90_000);
    await new Promise((r) => setTimeout(r, 1500));
    const count = new Map<string, number>();
    for (const m of sink.mails) count.set(m.to, (count.get(m.to) ?? 0) + 1);
    expect(count.size).toBe(rows.length);
    expect([...count.values()].every((n) => n === 1)).toBe(true);
  });
});
