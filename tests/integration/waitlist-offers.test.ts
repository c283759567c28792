// Waiting-list offers (issue 17): on an event whose freed places go as offers, a freed seat is held
// for the first in line until they accept, decline or let it expire — and never offered twice or lost.
import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { mailOutbox, registrations, waitlistOffers } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import {
  cancelRegistration,
  changeAttendance,
  getManagedRegistration,
  registerParticipant,
  setEventCapacity,
} from '@/lib/registrations/service';
import { answerOffer, expireDueOffers, openOfferOf } from '@/lib/registrations/offers';
import { seatsLeft } from '@/lib/registrations/availability';
import { getPublicEvent } from '@/lib/events/queries';
import { promoteManually } from '@/lib/attendance/places';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { buildExport } from '@/lib/attendance/export';
import { TZDate } from '@date-fns/tz';
import { updateEvent } from '@/lib/events/editor';
import { eventSchema } from '@/lib/events/editor-schema';
import { auditLog, events } from '@/db/schema';
import { formValues } from '../support/event-form';
import { helsinkiTime } from '@/lib/time';
import { collectPersonalData, erasePersonalData } from '@/lib/privacy/data';
import { runRetention } from '@/lib/retention';
import type { RegistrationInput } from '@/lib/registrations/schema';
import { NextRequest } from 'next/server';
import { POST as offerPOST } from '@/app/[locale]/registrations/[token]/offer/route';

process.env.DATABASE_POOL_SIZE = '40';
useTestDatabase();

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Signed = { id: number; token: string; status: string };

async function signUp(slug: string, o: Partial<RegistrationInput> = {}): Promise<Signed> {
  const r = await registerParticipant(slug, person(o));
  if (!r.ok) throw new Error(r.error);
  return { id: r.value.registrationId, token: r.value.manageToken, status: r.value.status };
}

async function offerEvent(capacity: number, over: Parameters<typeof createEvent>[0] = {}) {
  return createEvent({ capacityOnsite: capacity, freedPlaces: 'offer', offerHours: 24, ...over });
}

async function status(id: number) {
  const [r] = await db().select({ s: registrations.status }).from(registrations).where(eq(registrations.id, id));
  return r.s;
}

async function offersOf(id: number) {
  return db()
    .select({ state: waitlistOffers.state, expiresAt: waitlistOffers.expiresAt })
    .from(waitlistOffers)
    .where(eq(waitlistOffers.registrationId, id))
    .orderBy(waitlistOffers.id);
}

async function mailKinds(id: number) {
  const rows = await db()
    .select({ kind: mailOutbox.kind })
    .from(mailOutbox)
    .where(eq(mailOutbox.registrationId, id))
    .orderBy(mailOutbox.id);
  return rows.map((r) => r.kind);
}

async function offerMail(id: number) {
  const [m] = await db()
    .select({ payload: mailOutbox.payload })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.registrationId, id), eq(mailOutbox.kind, 'offer')));
  return (m?.payload as { data: { offerExpires: string; manageUrl: string } } | undefined)?.data;
}

/** Places of an event as the invariant sees them: confirmed, open offers, waiting without an offer. */
async function tally(eventId: number) {
  const [row] = await db().execute<{
    confirmed: number;
    offered: number;
    waiting: number;
    cancelled: number;
    offer_mails: number;
    open_per_reg: number;
    offered_not_waiting: number;
  }>(sql`
    select
      count(*) filter (where r.status = 'confirmed')::int as confirmed,
      count(*) filter (where r.status = 'waitlisted' and exists (select 1 from waitlist_offers o where o.registration_id = r.id and o.state = 'open'))::int as offered,
      count(*) filter (where r.status = 'waitlisted' and not exists (select 1 from waitlist_offers o where o.registration_id = r.id and o.state = 'open'))::int as waiting,
      count(*) filter (where r.status = 'cancelled')::int as cancelled,
      (select count(*)::int from mail_outbox m join registrations x on x.id = m.registration_id where x.event_id = ${eventId} and m.kind = 'offer') as offer_mails,
      (select coalesce(max(n), 0)::int from (select count(*) as n from waitlist_offers o where o.event_id = ${eventId} and o.state = 'open' group by o.registration_id) t) as open_per_reg,
      (select count(*)::int from waitlist_offers o join registrations x on x.id = o.registration_id where o.event_id = ${eventId} and o.state = 'open' and x.status <> 'waitlisted') as offered_not_waiting
    from registrations r where r.event_id = ${eventId}`);
  return row;
}

async function offerCount(eventId: number) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from waitlist_offers where event_id = ${eventId}`,
  );
  return r.n;
}

describe('a freed place as an offer', () => {
  it('holds the freed seat for the first in line with a deadline mail, and a new sign-up cannot take it', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const now = new Date();
    const cancel = await cancelRegistration(a.token, now);
    expect(cancel).toMatchObject({ ok: true, value: { promoted: [b.id] } });
    // B is offered the place, not given it: still waiting, with an open offer for 24 h.
    expect(await status(b.id)).toBe('waitlisted');
    const [offer] = await offersOf(b.id);
    expect(offer.state).toBe('open');
    expect(offer.expiresAt.getTime()).toBe(now.getTime() + 24 * HOUR);
    expect(await mailKinds(b.id)).toEqual(['waitlisted', 'offer']);
    // The deadline is in the mail in Helsinki time (weekday, date, clock).
    const mail = await offerMail(b.id);
    expect(mail?.offerExpires).toMatch(/^\p{L}{2,3} \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/u);
    // The seat is taken for the public count and for a new sign-up.
    expect((await seatsLeft(event.id)).onsite).toBe(0);
    expect((await getManagedRegistration(b.token))?.availability.seatsLeft.onsite).toBe(0);
    expect((await getPublicEvent(event.slug))?.availability).toMatchObject({
      status: 'waitlist',
      seatsLeft: { onsite: 0 },
    });
    const c = await signUp(event.slug);
    expect(c.status).toBe('waitlisted');
    expect(await openOfferOf(b.id)).toEqual({ expiresAt: offer.expiresAt });
  });

  it('gives the place at once on an event that has not chosen offers (the default)', async () => {
    const event = await createEvent({ capacityOnsite: 1 });
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect(await status(b.id)).toBe('confirmed');
    expect(await offersOf(b.id)).toEqual([]);
  });

  it('shortens the deadline to 3 hours before the start, and gives the place at once when even that is too close', async () => {
    const now = new Date();
    const soon = await offerEvent(1, { startsAt: new Date(now.getTime() + 10 * HOUR) });
    const a = await signUp(soon.slug);
    const b = await signUp(soon.slug);
    await cancelRegistration(a.token, now);
    const [offer] = await offersOf(b.id);
    expect(offer.expiresAt.getTime()).toBe(soon.startsAt.getTime() - 3 * HOUR);

    const tooSoon = await offerEvent(1, { startsAt: new Date(now.getTime() + 3.5 * HOUR) });
    const c = await signUp(tooSoon.slug);
    const d = await signUp(tooSoon.slug);
    await cancelRegistration(c.token, now);
    expect(await status(d.id)).toBe('confirmed');
    expect(await offersOf(d.id)).toEqual([]);
  });

  it('offers as many seats as a raised capacity frees, each to the next in line', async () => {
    const event = await offerEvent(1);
    await signUp(event.slug);
    const waiting = [await signUp(event.slug), await signUp(event.slug), await signUp(event.slug)];
    const r = await setEventCapacity(event.id, { onsite: 3, remote: null });
    expect(r.ok && r.value.promoted).toEqual([waiting[0].id, waiting[1].id]);
    expect(await tally(event.id)).toMatchObject({ confirmed: 1, offered: 2, waiting: 1 });
  });
});

describe('accepting and declining', () => {
  it('confirms on accept with the calendar mail; a second accept changes nothing', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect(await answerOffer(b.token, 'accept')).toEqual({ ok: true, value: 'accepted' });
    expect(await status(b.id)).toBe('confirmed');
    expect((await offersOf(b.id)).map((o) => o.state)).toEqual(['accepted']);
    expect(await mailKinds(b.id)).toEqual(['waitlisted', 'offer', 'promoted']);
    expect(await answerOffer(b.token, 'accept')).toEqual({ ok: true, value: 'alreadyAccepted' });
    expect(await answerOffer(b.token, 'decline')).toEqual({ ok: true, value: 'alreadyAccepted' });
    expect(await mailKinds(b.id)).toEqual(['waitlisted', 'offer', 'promoted']);
    expect(await status(b.id)).toBe('confirmed');
  });

  it("answers only the token owner's own offer: another person's link or a made-up one changes nothing", async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const c = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect(await answerOffer(c.token, 'accept')).toEqual({ ok: true, value: 'noOffer' });
    expect(await answerOffer(c.token, 'decline')).toEqual({ ok: true, value: 'noOffer' });
    expect(await answerOffer('x'.repeat(43), 'accept')).toEqual({ ok: false, error: 'registration.notFound' });
    expect(await answerOffer(b.token, 'maybe' as 'accept')).toEqual({ ok: false, error: 'registration.notFound' });
    expect(await status(b.id)).toBe('waitlisted');
    expect(await status(c.id)).toBe('waitlisted');
    expect((await offersOf(b.id)).map((o) => o.state)).toEqual(['open']);
  });

  it('passes the offer to the next in line on decline; a second decline changes nothing', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const c = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect(await answerOffer(b.token, 'decline')).toEqual({ ok: true, value: 'declined' });
    expect(await status(b.id)).toBe('cancelled');
    expect(await mailKinds(b.id)).toEqual(['waitlisted', 'offer', 'cancelled']);
    expect((await offersOf(c.id)).map((o) => o.state)).toEqual(['open']);
    expect(await mailKinds(c.id)).toEqual(['waitlisted', 'offer']);
    expect(await answerOffer(b.token, 'decline')).toEqual({ ok: true, value: 'alreadyDeclined' });
    expect(await answerOffer(b.token, 'accept')).toEqual({ ok: true, value: 'alreadyDeclined' });
    expect(await offerCount(event.id)).toBe(2);
  });

  it('frees the seat when the offered person declines and nobody else waits', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect((await seatsLeft(event.id)).onsite).toBe(0);
    await answerOffer(b.token, 'decline');
    expect((await seatsLeft(event.id)).onsite).toBe(1);
    expect((await signUp(event.slug)).status).toBe('confirmed');
  });

  it('passes on the offer when its holder cancels their waiting place or switches mode', async () => {
    const event = await offerEvent(1, { format: 'hybrid', capacityRemote: 50 });
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const c = await signUp(event.slug);
    const d = await signUp(event.slug);
    await cancelRegistration(a.token);
    expect(await cancelRegistration(b.token)).toMatchObject({ ok: true, value: { promoted: [c.id] } });
    expect((await offersOf(b.id)).map((o) => o.state)).toEqual(['withdrawn']);
    expect(await changeAttendance(c.token, 'remote')).toMatchObject({ ok: true, value: { promoted: [d.id] } });
    expect((await offersOf(c.id)).map((o) => o.state)).toEqual(['withdrawn']);
    expect(await tally(event.id)).toMatchObject({ confirmed: 0, offered: 1, waiting: 1 });
  });
});

describe('the manage page form', () => {
  const post = (token: string, body: Record<string, string>, locale = 'sv') =>
    offerPOST(
      new NextRequest(`http://localhost/${locale}/registrations/${token}/offer`, {
        method: 'POST',
        body: new URLSearchParams(body),
      }),
      { params: Promise.resolve({ locale, token }) },
    );

  it('accepts on a POST and answers with the page and its notice; a bad answer changes nothing', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token);
    const bad = await post(b.token, { answer: 'yes' });
    expect(bad.status).toBe(303);
    expect(new URL(bad.headers.get('location')!).search).toBe('?done=error-invalid');
    expect(await status(b.id)).toBe('waitlisted');
    const res = await post(b.token, { answer: 'accept' });
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.pathname + to.search).toBe(`/sv/registrations/${b.token}?done=offer-accepted`);
    expect(await status(b.id)).toBe('confirmed');
    const again = await post(b.token, { answer: 'decline' });
    expect(new URL(again.headers.get('location')!).search).toBe('?done=offer-alreadyAccepted');
    expect(await status(b.id)).toBe('confirmed');
  });
});

describe('expiry in the worker', () => {
  it('passes an expired offer to the next in line, tells the person, and leaves the seat free when nobody waits', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const c = await signUp(event.slug);
    const now = new Date();
    await cancelRegistration(a.token, now);
    expect(await expireDueOffers(new Date(now.getTime() + 23 * HOUR), { eventId: event.id })).toBe(0);
    const later = new Date(now.getTime() + 24 * HOUR);
    expect(await expireDueOffers(later, { eventId: event.id })).toBe(1);
    expect(await status(b.id)).toBe('cancelled');
    expect(await mailKinds(b.id)).toEqual(['waitlisted', 'offer', 'offer_expired']);
    const [cOffer] = await offersOf(c.id);
    expect(cOffer).toMatchObject({ state: 'open', expiresAt: new Date(later.getTime() + 24 * HOUR) });
    // B's link no longer gets the place; running the job again changes nothing.
    expect(await answerOffer(b.token, 'accept')).toEqual({ ok: true, value: 'expired' });
    expect(await expireDueOffers(later, { eventId: event.id })).toBe(0);
    expect(await expireDueOffers(new Date(later.getTime() + 25 * HOUR), { eventId: event.id })).toBe(1);
    expect(await status(c.id)).toBe('cancelled');
    expect((await seatsLeft(event.id)).onsite).toBe(1);
  });

  it('treats an accept after the deadline as expired even before the worker has run', async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const c = await signUp(event.slug);
    const now = new Date();
    await cancelRegistration(a.token, now);
    expect(await answerOffer(b.token, 'accept', new Date(now.getTime() + 25 * HOUR))).toEqual({
      ok: true,
      value: 'expired',
    });
    expect(await status(b.id)).toBe('cancelled');
    expect((await offersOf(c.id)).map((o) => o.state)).toEqual(['open']);
  });
});

describe('organisers', () => {
  it('see "offer open until" in the attendance list and can still promote the offered person (no seat over)', async () => {
    const id = await inviteOrganiser(db(), { email: 'offers-admin@example.fi', role: 'admin', regions: [] });
    const admin: Organiser = { id, email: 'offers-admin@example.fi', name: null, role: 'admin', regions: [] };
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token);
    const list = await listEventRegistrations(admin, event.id);
    const row = list.ok ? list.value.all.find((r) => r.id === b.id) : undefined;
    expect(row?.offerExpiresAt).toEqual((await offersOf(b.id))[0].expiresAt);
    // The waiting-list export has the deadline too, in Helsinki time.
    const csv = await buildExport(admin, event.id, { list: 'waitlist', format: 'csv', locale: 'fi' });
    if (!csv.ok) throw new Error(csv.error);
    const cells = (line: string) => line.split(';').map((c) => c.replace(/^"|"$/g, ''));
    const [head, first] = csv.value.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map(cells);
    const at = head.indexOf('Paikkatarjous voimassa asti');
    expect(at).toBeGreaterThan(0);
    const expires = new TZDate((await offersOf(b.id))[0].expiresAt.getTime(), 'Europe/Helsinki');
    expect(first[at]).toBe(
      `${expires.getDate()}.${expires.getMonth() + 1}.${expires.getFullYear()} ${expires.getHours()}.${String(expires.getMinutes()).padStart(2, '0')}`,
    );
    expect(await promoteManually(admin, b.id)).toMatchObject({ ok: true, value: { overCapacity: false } });
    expect(await status(b.id)).toBe('confirmed');
    expect((await offersOf(b.id)).map((o) => o.state)).toEqual(['accepted']);
    expect((await seatsLeft(event.id)).onsite).toBe(0);
  });
});

describe('the organiser chooses offers in the event editor', () => {
  it('saves "as an offer" with its hours, audited, and the next freed place is offered', async () => {
    const id = await inviteOrganiser(db(), { email: 'offers-editor@example.fi', role: 'organiser', regions: ['TAYS'] });
    const tays: Organiser = { id, email: 'offers-editor@example.fi', name: null, role: 'organiser', regions: ['TAYS'] };
    // 9.00–15.00 Helsinki time, a month ahead.
    const day = new Date(Date.now() + 30 * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    const [y, m, d] = day.split('-').map(Number);
    const startsAt = helsinkiTime(y, m, d, 9, 0);
    const event = await createEvent({
      scope: 'province',
      regionCode: 'TAYS',
      provinceCode: '06',
      city: 'Tampere',
      capacityOnsite: 1,
      startsAt,
      endsAt: helsinkiTime(y, m, d, 15, 0),
    });
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    const input = eventSchema.parse(
      formValues({
        startDate: day,
        endDate: day,
        startTime: '9:00',
        endTime: '15:00',
        capacityOnsite: '1',
        freedPlaces: 'offer',
        offerHours: '12',
      }),
    );
    expect((await updateEvent(tays, event.id, input)).ok).toBe(true);
    const [row] = await db().select().from(events).where(eq(events.id, event.id));
    expect(row).toMatchObject({ freedPlaces: 'offer', offerHours: 12 });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `event:${event.id}`));
    expect(audit.map((x) => x.summary)).toContainEqual(
      expect.objectContaining({
        before: expect.objectContaining({ freedPlaces: 'at_once', offerHours: 24 }),
        after: expect.objectContaining({ freedPlaces: 'offer', offerHours: 12 }),
      }),
    );
    const now = new Date();
    await cancelRegistration(a.token, now);
    expect((await offersOf(b.id))[0]).toMatchObject({ state: 'open', expiresAt: new Date(now.getTime() + 12 * HOUR) });
  });
});

describe('personal data', () => {
  it("lists a person's offers in their data export; erasure passes an open offer on and deletes the person's offers", async () => {
    const event = await offerEvent(1);
    const a = await signUp(event.slug);
    const b = await signUp(event.slug, { email: 'tarjottu.henkilo@kunta.example' });
    const c = await signUp(event.slug);
    await cancelRegistration(a.token);
    const data = await collectPersonalData('Tarjottu.Henkilo@kunta.example');
    const [offer] = await offersOf(b.id);
    expect(data.waitlistOffers).toEqual([
      {
        event: event.slug,
        state: 'open',
        offeredAt: expect.any(String),
        expiresAt: offer.expiresAt.toISOString(),
        decidedAt: null,
      },
    ]);
    await erasePersonalData('tarjottu.henkilo@kunta.example');
    expect(await offersOf(b.id)).toEqual([]);
    expect((await offersOf(c.id)).map((o) => o.state)).toEqual(['open']);
  });

  it('deletes the offers of an event over for 30 days', async () => {
    const now = new Date();
    const startsAt = new Date(now.getTime() + 2 * DAY);
    const event = await offerEvent(1, { startsAt, endsAt: new Date(startsAt.getTime() + 6 * HOUR) });
    const a = await signUp(event.slug);
    const b = await signUp(event.slug);
    await cancelRegistration(a.token, now);
    await answerOffer(b.token, 'accept', now);
    await runRetention(new Date(startsAt.getTime() + 20 * DAY));
    expect(await offersOf(b.id)).toHaveLength(1);
    await runRetention(new Date(startsAt.getTime() + 31 * DAY));
    expect(await offersOf(b.id)).toEqual([]);
  });
});

describe('concurrency: a place is never offered twice or lost', () => {
  it('keeps exactly N places confirmed or offered under parallel cancellations, answers, expiries and sign-ups', async () => {
    const N = 10;
    const now = new Date();
    // Far ahead, so that the deadlines of round 4 are never shortened by the start.
    const event = await offerEvent(N, { startsAt: new Date(now.getTime() + 400 * DAY) });
    const first = await Promise.all(Array.from({ length: 40 }, () => signUp(event.slug)));
    const byId = new Map(first.map((s) => [s.id, s]));
    const confirmed = first.filter((s) => s.status === 'confirmed');
    expect(confirmed).toHaveLength(N);
    expect(await tally(event.id)).toMatchObject({ confirmed: 10, offered: 0, waiting: 30 });

    // Round 1: 6 cancellations (each clicked twice) race 20 new sign-ups: the 6 freed seats are all
    // offered, none goes to a newcomer.
    const newcomers = await Promise.all([
      ...confirmed.slice(0, 6).flatMap((s) => [cancelRegistration(s.token, now), cancelRegistration(s.token, now)]),
      ...Array.from({ length: 20 }, () => registerParticipant(event.slug, person())),
    ]);
    for (const r of newcomers.slice(12)) expect(r).toMatchObject({ ok: true, value: { status: 'waitlisted' } });
    expect(await tally(event.id)).toMatchObject({
      confirmed: 4,
      offered: 6,
      waiting: 44,
      cancelled: 6,
      offer_mails: 6,
      open_per_reg: 1,
      offered_not_waiting: 0,
    });

    // Round 2: of the 6 offers, 3 are accepted and 2 declined (each answer sent twice at once), the
    // 6th is "accepted" by someone else's link; 2 more confirmed people cancel; the worker runs.
    const offered = async () =>
      (
        await db()
          .select({ id: waitlistOffers.registrationId })
          .from(waitlistOffers)
          .where(and(eq(waitlistOffers.eventId, event.id), eq(waitlistOffers.state, 'open')))
          .orderBy(waitlistOffers.id)
      ).map((o) => byId.get(o.id)!);
    const six = await offered();
    expect(six).toHaveLength(6);
    // The last of the original line: no offer reaches them in this round.
    const stranger = [...first].reverse().find((s) => s.status === 'waitlisted')!;
    const answers = await Promise.all([
      ...six.slice(0, 3).flatMap((s) => [answerOffer(s.token, 'accept', now), answerOffer(s.token, 'accept', now)]),
      ...six.slice(3, 5).flatMap((s) => [answerOffer(s.token, 'decline', now), answerOffer(s.token, 'decline', now)]),
      answerOffer(stranger.token, 'accept', now),
      ...confirmed.slice(6, 8).map((s) => cancelRegistration(s.token, now)),
      expireDueOffers(now, { eventId: event.id }),
    ]);
    const values = answers.slice(0, 11).map((r) => (typeof r === 'object' && 'value' in r ? r.value : r));
    expect(values.filter((v) => v === 'accepted')).toHaveLength(3);
    expect(values.filter((v) => v === 'alreadyAccepted')).toHaveLength(3);
    expect(values.filter((v) => v === 'declined')).toHaveLength(2);
    expect(values.filter((v) => v === 'alreadyDeclined')).toHaveLength(2);
    expect(values[10]).toBe('noOffer');
    // confirmed 4 − 2 + 3 = 5; offers: the untouched one, 2 passed on by declines, 2 by cancellations.
    expect(await tally(event.id)).toMatchObject({
      confirmed: 5,
      offered: 5,
      waiting: 40,
      cancelled: 10,
      offer_mails: 10,
      open_per_reg: 1,
      offered_not_waiting: 0,
    });

    // Round 3: the worker expires all 5 at +24 h while their holders try to accept at the same moment
    // and 10 more people sign up: each offer is either accepted or expired (and passed on), never both.
    const five = await offered();
    const later = new Date(now.getTime() + 24 * HOUR);
    const race = await Promise.all([
      expireDueOffers(later, { eventId: event.id }),
      ...five.map((s) => answerOffer(s.token, 'accept', new Date(later.getTime() - 1000))),
      ...Array.from({ length: 10 }, () => registerParticipant(event.slug, person())),
    ]);
    const expired = race[0] as number;
    const accepted = (race.slice(1, 6) as { ok: true; value: string }[]).filter((r) => r.value === 'accepted').length;
    expect(accepted + expired).toBe(5);
    for (const r of race.slice(6)) expect(r).toMatchObject({ ok: true, value: { status: 'waitlisted' } });
    const t = await tally(event.id);
    expect(t).toMatchObject({
      confirmed: 5 + accepted,
      offered: 5 - accepted,
      waiting: 40 + 10 - expired,
      cancelled: 10 + expired,
      offer_mails: 10 + expired,
      offered_not_waiting: 0,
    });
    expect(t.open_per_reg).toBeLessThanOrEqual(1);
    expect(t.confirmed + t.offered).toBe(N);

    // Three confirmed people cancel at once: three more offers.
    await Promise.all([confirmed[8], confirmed[9], six[0]].map((s) => cancelRegistration(s.token, later)));
    expect(await tally(event.id)).toMatchObject({ confirmed: 2 + accepted, offered: 8 - accepted });

    // Round 4: everyone left lets their offer lapse, round after round, until the line is empty:
    // at every step the free seats are exactly the open offers; at the end the seats are free.
    let at = later;
    for (let round = 0; round < 60; round++) {
      at = new Date(at.getTime() + 2 * DAY);
      const n = await expireDueOffers(at, { eventId: event.id });
      const s = await tally(event.id);
      expect(s.open_per_reg).toBeLessThanOrEqual(1);
      if (s.waiting > 0) expect(s.confirmed + s.offered).toBe(N);
      if (n === 0) break;
    }
    const end = await tally(event.id);
    expect(end).toMatchObject({ confirmed: 2 + accepted, offered: 0, waiting: 0 });
    expect((await seatsLeft(event.id)).onsite).toBe(N - 2 - accepted);
  }, 120_000); // hundreds of locked transactions: generous on a busy shared machine
});
