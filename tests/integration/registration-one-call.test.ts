// Issue 13: a sign-up is one database call (rate limit and registration together), the event row
// being kept for a few seconds in the app. These prove that nothing observable changed: a change to
// the event is seen by the very next sign-up, and every request still counts against the limit.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { db } from '@/db/client';
import { events, mailOutbox, registrations } from '@/db/schema';
import { resetConfig } from '@/lib/config';
import { registerParticipant, setEventCapacity } from '@/lib/registrations/service';

useTestDatabase();

const DAY = 86400_000;

async function lastMailTitle(registrationId: number) {
  const [m] = await db()
    .select({ payload: mailOutbox.payload })
    .from(mailOutbox)
    .where(eq(mailOutbox.registrationId, registrationId));
  return (m.payload as { data: { event: { title: string } } }).data.event.title;
}

describe('the event as a sign-up sees it', () => {
  it('follows every change to the event at once, though the app keeps the row for a few seconds', async () => {
    const event = await createEvent({ capacityOnsite: 1, waitlistEnabled: true });
    const a = await registerParticipant(event.slug, person());
    expect(a).toMatchObject({ ok: true, value: { status: 'confirmed' } });
    expect(await lastMailTitle(a.ok ? a.value.registrationId : 0)).toBe(event.titleFi);

    // Renamed: the next mail has the new title.
    await db().update(events).set({ titleFi: 'Uusi nimi' }).where(eq(events.id, event.id));
    const b = await registerParticipant(event.slug, person());
    expect(b).toMatchObject({ ok: true, value: { status: 'waitlisted', position: 1 } });
    expect(await lastMailTitle(b.ok ? b.value.registrationId : 0)).toBe('Uusi nimi');

    // More places: the next one is confirmed.
    await setEventCapacity(event.id, { onsite: 3, remote: null });
    expect(await registerParticipant(event.slug, person())).toMatchObject({ ok: true, value: { status: 'confirmed' } });

    // Registration closed, then opened again; the waiting list switched off; cancelled.
    await db()
      .update(events)
      .set({ registrationClosesAt: new Date(Date.now() - 1000) })
      .where(eq(events.id, event.id));
    expect(await registerParticipant(event.slug, person())).toMatchObject({ ok: false, error: 'registration.closed' });
    await db()
      .update(events)
      .set({ registrationClosesAt: new Date(Date.now() + DAY), waitlistEnabled: false })
      .where(eq(events.id, event.id));
    expect(await registerParticipant(event.slug, person())).toMatchObject({ ok: false, error: 'registration.full' });
    await db().update(events).set({ status: 'cancelled' }).where(eq(events.id, event.id));
    expect(await registerParticipant(event.slug, person())).toMatchObject({
      ok: false,
      error: 'registration.eventCancelled',
    });
    await db().update(events).set({ status: 'draft' }).where(eq(events.id, event.id));
    expect(await registerParticipant(event.slug, person())).toMatchObject({
      ok: false,
      error: 'registration.notFound',
    });
    expect(await db().$count(registrations, eq(registrations.eventId, event.id))).toBe(3);
  });
});

describe('rate limit counted in the registration call', () => {
  it('counts refused and accepted requests alike, and a limited request stores nothing', async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '3';
    resetConfig();
    try {
      const event = await createEvent({ capacityOnsite: 100 });
      const from = (slug: string, body: unknown) =>
        POST(
          new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
            body: JSON.stringify(body),
          }),
          { params: Promise.resolve({ slug }) },
        );
      expect((await from(event.slug, { ...person(), email: 'ei-osoite' })).status).toBe(422);
      expect((await from('ei-ole-tapahtumaa', person())).status).toBe(404);
      expect((await from(event.slug, person())).status).toBe(201);
      const limited = await from(event.slug, person());
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.json()).error).toBe('rate_limited');
      expect((await from(event.slug, { ...person(), email: 'ei-osoite' })).status).toBe(429);
      expect(await db().$count(registrations, eq(registrations.eventId, event.id))).toBe(1);
    } finally {
      process.env.RATE_LIMIT_PER_MINUTE = '0';
      resetConfig();
    }
  });
});
