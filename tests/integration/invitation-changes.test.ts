// Changing an invited event's list (issue 17): the organiser removes an address (it can no longer
// sign up and its personal link stops working; one that has signed up is refused with its
// registration left alone) and mails an invitation again (a new link, rate-limited per address and
// per hour, audited). The person's data export names the lists they are on, and erasure removes them.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { auditLog, eventInvitations, mailOutbox, registrations } from '@/db/schema';
import { resetConfig } from '@/lib/config';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { findInvitation, inviteToEvent, listInvitations } from '@/lib/invitations/service';
import { removeInvitation, resendInvitation } from '@/lib/invitations/manage';
import { renderOutgoing } from '@/lib/mail/worker';
import { collectPersonalData, erasePersonalData, isKnownAddress } from '@/lib/privacy/data';
import { POST as registerPOST } from '@/app/api/events/[slug]/registrations/route';
import { PEER_HEADER } from '@/lib/client-ip';

useTestDatabase();

let hyks: Organiser;
let tays: Organiser;
let ip = 0;

function register(slug: string, body: unknown) {
  ip += 1;
  return registerPOST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.7.0.${ip}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

async function org(email: string, regions: string[]): Promise<Organiser> {
  return {
    id: await inviteOrganiser(db(), { email, role: 'organiser', regions }),
    email,
    name: null,
    role: 'organiser',
    regions,
  };
}

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  resetConfig();
  hyks = await org('hyks.invchg@kokoon.example', ['HYKS']);
  tays = await org('tays.invchg@kokoon.example', ['TAYS']);
});

/** An invited HYKS event with the given addresses on its list. */
async function invited(...emails: string[]) {
  const event = await createEvent({ scope: 'region', regionCode: 'HYKS', visibility: 'invited' });
  const r = await inviteToEvent(hyks, event.id, { addresses: emails.join('\n'), language: 'fi' });
  if (!r.ok) throw new Error(r.error);
  const list = (await listInvitations(hyks, event.id))!;
  const idOf = (email: string) => list.find((x) => x.email === email)!.id;
  return { event, idOf };
}

const linkOf = async (email: string) => {
  const [mail] = await db()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.kind, 'event_invitation'), eq(mailOutbox.toEmail, email)))
    .orderBy(sql`${mailOutbox.id} desc`)
    .limit(1);
  const sent = await renderOutgoing(mail);
  return /\/invitation\/([A-Za-z0-9_-]{43})/.exec(sent.text)![1];
};

describe('removing an invitation', () => {
  it('takes the address off the list: its link stops working and it can no longer sign up; audited without the address', async () => {
    const { event, idOf } = await invited('poistuva@kunta.example', 'jaava@kunta.example');
    const token = await linkOf('poistuva@kunta.example');
    expect(await findInvitation(event.slug, token)).not.toBeNull();
    const id = idOf('poistuva@kunta.example');

    expect(await removeInvitation(tays, event.id, id)).toEqual({ ok: false, error: 'invitations.errors.notFound' });
    expect(await removeInvitation(hyks, event.id, id)).toEqual({
      ok: true,
      value: { email: 'poistuva@kunta.example' },
    });
    expect((await listInvitations(hyks, event.id))!.map((x) => x.email)).toEqual(['jaava@kunta.example']);
    expect(await findInvitation(event.slug, token)).toBeNull();
    const res = await register(event.slug, person({ email: 'poistuva@kunta.example' }));
    expect(res.status).toBe(403);
    expect((await register(event.slug, person({ email: 'jaava@kunta.example' }))).status).toBe(201);
    expect(await removeInvitation(hyks, event.id, id)).toEqual({
      ok: false,
      error: 'invitations.errors.invitationNotFound',
    });
    const [audit] = await db()
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.invitation.remove'), eq(auditLog.target, `event:${event.id}`)));
    expect(audit.summary).toEqual({ before: { invitationId: id } });
  });

  it('is refused for an address that has signed up: the registration stays as it is', async () => {
    const { event, idOf } = await invited('mukana@kunta.example');
    expect((await register(event.slug, person({ email: 'mukana@kunta.example' }))).status).toBe(201);
    expect(await removeInvitation(hyks, event.id, idOf('mukana@kunta.example'))).toEqual({
      ok: false,
      error: 'invitations.errors.registered',
      params: { email: 'mukana@kunta.example' },
    });
    expect(await resendInvitation(hyks, event.id, idOf('mukana@kunta.example'))).toMatchObject({
      ok: false,
      error: 'invitations.errors.registered',
    });
    const regs = await db()
      .select({ status: registrations.status })
      .from(registrations)
      .where(eq(registrations.eventId, event.id));
    expect(regs).toEqual([{ status: 'confirmed' }]);
    expect((await listInvitations(hyks, event.id))!).toHaveLength(1);
  });

  it("an invitation id of another event is not this event's", async () => {
    const a = await invited('a@kunta.example');
    const b = await invited('b@kunta.example');
    expect(await removeInvitation(hyks, b.event.id, a.idOf('a@kunta.example'))).toEqual({
      ok: false,
      error: 'invitations.errors.invitationNotFound',
    });
    expect(await listInvitations(hyks, a.event.id)).toHaveLength(1);
  });
});

describe('resending an invitation', () => {
  it('mails a new personal link (the old one stops working), at most once a minute to an address and three times an hour, audited', async () => {
    const { event, idOf } = await invited('uudelleen@kunta.example');
    const id = idOf('uudelleen@kunta.example');
    const first = await linkOf('uudelleen@kunta.example');
    expect(await resendInvitation(tays, event.id, id)).toEqual({ ok: false, error: 'invitations.errors.notFound' });
    const t0 = new Date(Date.now() + 120_000); // a minute window of its own, after the first mail
    expect(await resendInvitation(hyks, event.id, id, t0)).toEqual({
      ok: true,
      value: { email: 'uudelleen@kunta.example' },
    });
    const second = await linkOf('uudelleen@kunta.example');
    expect(second).not.toBe(first);
    expect(await findInvitation(event.slug, first)).toBeNull();
    expect(await findInvitation(event.slug, second)).toEqual({ email: 'uudelleen@kunta.example', language: 'fi' });
    // Within the same minute: refused, nothing queued.
    const mails = async () =>
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(mailOutbox)
          .where(eq(mailOutbox.toEmail, 'uudelleen@kunta.example'))
      )[0].n;
    expect(await mails()).toBe(2);
    expect(await resendInvitation(hyks, event.id, id, new Date(t0.getTime() + 1000))).toEqual({
      ok: false,
      error: 'invitations.errors.rateLimited',
      params: { minutes: 1 },
    });
    expect(await mails()).toBe(2);
    // Two more in later minutes, then the hour's limit (audit rows carry the real time).
    expect((await resendInvitation(hyks, event.id, id, new Date(t0.getTime() + 60_000))).ok).toBe(true);
    expect((await resendInvitation(hyks, event.id, id, new Date(t0.getTime() + 120_000))).ok).toBe(true);
    expect(await resendInvitation(hyks, event.id, id, new Date(t0.getTime() + 180_000))).toEqual({
      ok: false,
      error: 'invitations.errors.rateLimited',
      params: { minutes: 60 },
    });
    expect(await mails()).toBe(4);
    const audit = await db()
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.invitation.resend'), eq(auditLog.target, `event:${event.id}`)));
    expect(audit).toHaveLength(3);
  });

  it('is refused once the event is over or no longer invited-only', async () => {
    const { event, idOf } = await invited('myohassa@kunta.example');
    await db().execute(sql`update events set visibility = 'public' where id = ${event.id}`);
    expect(await resendInvitation(hyks, event.id, idOf('myohassa@kunta.example'))).toEqual({
      ok: false,
      error: 'invitations.errors.closed',
    });
  });
});

describe('the person’s data', () => {
  it('the my-data export names the invitation lists the address is on, and erasure removes the address from them', async () => {
    const { event } = await invited('Kutsuttu.Vain@kunta.example');
    expect(await isKnownAddress('kutsuttu.vain@kunta.example')).toBe(true);
    const data = await collectPersonalData('KUTSUTTU.vain@kunta.example');
    expect(data.eventInvitations).toEqual([{ event: event.slug, language: 'fi', invitedAt: expect.any(String) }]);
    await erasePersonalData('kutsuttu.vain@kunta.example');
    expect(await db().select().from(eventInvitations).where(eq(eventInvitations.eventId, event.id))).toEqual([]);
    expect((await collectPersonalData('kutsuttu.vain@kunta.example')).eventInvitations).toEqual([]);
    expect(await isKnownAddress('kutsuttu.vain@kunta.example')).toBe(false);
  });
});
