// Scale-out: two `next start` instances behind a (simulated) load balancer and the mail worker as
// its own process, all on one PostgreSQL. A registration rush split across both instances confirms
// exactly the free places, every sign-up gets exactly one mail over real SMTP, and the rate limit
// counts one client's requests on both instances together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { openEvent, pool, signUp, startCluster, waitUntil, type Cluster } from '../support/cluster';
import { catalogues } from '@/lib/i18n/messages';

let sink: SmtpSink;
let c: Cluster;

beforeAll(async () => {
  sink = await startSmtpSink();
  c = await startCluster({
    instances: 2,
    worker: true,
    env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, RATE_LIMIT_PER_MINUTE: '10', TRUSTED_PROXY_HOPS: '1' },
  });
});

afterAll(async () => {
  await c?.stop();
  await sink?.stop();
});

const PLACES = 40;
const SIGNUPS = Number(process.env.SYSTEM_RUSH_SIGNUPS ?? 160);

describe('two web instances and a worker process on one PostgreSQL', () => {
  it(`confirm exactly ${PLACES} of ${SIGNUPS} simultaneous sign-ups split across both, and mail each person exactly once`, async () => {
    const slug = await openEvent(c.sql, { capacity: PLACES, waitlist: true });
    const results = await pool(SIGNUPS, 40, (i) => signUp(c.apps[i % 2].url, slug));
    expect(
      results.filter((r) => r.status !== 201),
      JSON.stringify(results.find((r) => r.status !== 201)),
    ).toEqual([]);
    expect(results.filter((r) => r.body?.status === 'confirmed')).toHaveLength(PLACES);
    expect(results.filter((r) => r.body?.status === 'waitlisted')).toHaveLength(SIGNUPS - PLACES);
    // Waiting-list positions are 1…n with no gaps or repeats, whichever instance answered.
    expect(
      results
        .map((r) => r.body?.position)
        .filter(Boolean)
        .sort((a, b) => Number(a) - Number(b)),
    ).toEqual(Array.from({ length: SIGNUPS - PLACES }, (_, i) => i + 1));

    const [db] =
      await c.sql`select count(*) filter (where r.status = 'confirmed')::int as confirmed, count(*)::int as total,
      (select count(*)::int from mail_outbox o join registrations r2 on r2.id = o.registration_id join events e2 on e2.id = r2.event_id where e2.slug = ${slug}) as mails
      from registrations r join events e on e.id = r.event_id where e.slug = ${slug}`;
    expect(db).toEqual({ confirmed: PLACES, total: SIGNUPS, mails: SIGNUPS });

    await sink.waitFor(SIGNUPS, 120_000);
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate would arrive now
    const perRecipient = new Map<string, number>();
    for (const m of sink.mails) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
    expect(perRecipient.size).toBe(SIGNUPS);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    const [{ pending }] = await c.sql`select count(*)::int as pending from mail_outbox where status <> 'sent'`;
    expect(pending).toBe(0);
  });

  it("counts one client's sign-ups on both instances together: the 11th in a minute is refused, translated", async () => {
    const slug = await openEvent(c.sql, { capacity: null, waitlist: false });
    const client = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    // Sequential, alternating instances, early in a minute window so all 14 fall into the same one.
    await waitUntil('the start of a minute window', () => new Date().getSeconds() < 45, 20_000);
    const results = [];
    for (let i = 0; i < 14; i++)
      results.push(await signUp(c.apps[i % 2].url, slug, { client, language: i % 2 ? 'sv' : 'fi' }));
    expect(results.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(201));
    for (const [i, r] of results.slice(10).entries()) {
      expect(r.status).toBe(429);
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.body?.message).toBe(catalogues[(10 + i) % 2 ? 'sv' : 'fi'].registration.errors.rateLimited);
    }
  });
});
