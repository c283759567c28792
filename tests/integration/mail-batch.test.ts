// Mass sends through Resend's batch endpoint: mails without attachments go up to 100 a request,
// mails with an invitation one by one; a batch whose answer was lost goes again as the same set
// under the same key, so each person still gets one mail. Against a Resend stand-in on localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { startFakeResend, type FakeResend } from '../support/fake-resend';
import { db } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { registerParticipant } from '@/lib/registrations/service';
import { resendTransport } from '@/lib/mail/transports';
import { drainOutbox, outboxCounts } from '@/lib/mail/worker';

useTestDatabase();
process.env.APP_URL = 'https://kokoon.example';

let fake: FakeResend;
beforeAll(async () => {
  fake = await startFakeResend({ perSecond: 1000 });
  process.env.RESEND_BASE_URL = fake.url;
});
afterAll(async () => {
  await fake.stop();
});

/** `n` people on a full event's waiting list: "you are in line" mails, which carry no attachment. */
async function waitlisted(n: number): Promise<string[]> {
  const event = await createEvent({ capacityOnsite: 0, waitlistEnabled: true });
  const emails: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = person();
    expect((await registerParticipant(event.slug, p)).ok).toBe(true);
    emails.push(p.email);
  }
  return emails;
}

const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

describe('Resend batch sending', () => {
  it('sends 130 waiting-list mails in two batch requests and the invitations one by one', async () => {
    const queued = await waitlisted(130);
    const confirmed = await createEvent({ capacityOnsite: 10 });
    for (let i = 0; i < 3; i++) expect((await registerParticipant(confirmed.slug, person())).ok).toBe(true);
    const before = fake.requests.length;

    expect(await drainOutbox(resendTransport('re_test', 1000))).toEqual({ sent: 133, failed: 0 });

    const requests = fake.requests.slice(before);
    const batches = requests.filter((r) => r.path === '/emails/batch');
    expect(batches.map((r) => r.mails).reduce((a, b) => a + b, 0)).toBe(130);
    expect(batches.every((r) => r.mails <= 100 && r.status === 200)).toBe(true);
    expect(batches.length).toBeLessThanOrEqual(3);
    // The confirmations carry an Outlook invitation: not allowed in a batch.
    expect(requests.filter((r) => r.path === '/emails').map((r) => r.mails)).toEqual([1, 1, 1]);
    const to = fake.delivered.map((d) => d.to);
    for (const email of queued) expect(to.filter((t) => t === email)).toHaveLength(1);
    expect(await outboxCounts()).toMatchObject({ pending: 0, failed: 0 });
  });

  it('sends a batch whose answer was lost again as the same set under the same key: nobody gets two', async () => {
    const queued = await waitlisted(40);
    const deliveredBefore = fake.delivered.length;
    fake.failNext(1, 'deliver-then-500');

    expect(await drainOutbox(resendTransport('re_test', 1000))).toEqual({ sent: 0, failed: 40 });
    const waiting = await db()
      .select({ batchKey: mailOutbox.batchKey, attempts: mailOutbox.attempts })
      .from(mailOutbox)
      .where(eq(mailOutbox.status, 'pending'));
    expect(waiting).toHaveLength(40);
    expect(new Set(waiting.map((w) => w.batchKey)).size).toBe(1);
    expect(waiting.every((w) => w.attempts === 1)).toBe(true);

    // More mail arrives meanwhile; the retry must not mix it into the old set.
    const newcomers = await waitlisted(5);
    const retry = fake.requests.length;
    expect(await drainOutbox(resendTransport('re_test', 1000), { now: later(5) })).toEqual({ sent: 45, failed: 0 });

    const again = fake.requests.slice(retry);
    expect(
      again.every((r) => r.status === 200),
      JSON.stringify(again),
    ).toBe(true);
    expect(again.map((r) => r.mails).sort((a, b) => a - b)).toEqual([5, 40]);
    const to = fake.delivered.slice(deliveredBefore).map((d) => d.to);
    expect(to).toHaveLength(45);
    for (const email of [...queued, ...newcomers]) expect(to.filter((t) => t === email)).toHaveLength(1);
    expect(await outboxCounts()).toMatchObject({ pending: 0, failed: 0 });
  });

  it('resends a single invitation after a lost answer byte for byte, so Resend takes it as the same mail', async () => {
    const event = await createEvent({ capacityOnsite: 10 });
    const p = person();
    expect((await registerParticipant(event.slug, p)).ok).toBe(true);
    fake.failNext(1, 'deliver-then-500');
    expect(await drainOutbox(resendTransport('re_test', 1000))).toEqual({ sent: 0, failed: 1 });
    // Seconds later the invitation is rendered again: the same DTSTAMP, the same payload.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await drainOutbox(resendTransport('re_test', 1000), { now: later(5) })).toEqual({ sent: 1, failed: 0 });
    expect(fake.requests.at(-1)?.status).toBe(200);
    expect(fake.delivered.filter((d) => d.to === p.email)).toHaveLength(1);
  });
});
