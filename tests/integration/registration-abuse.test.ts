// Issue 12: repeated sign-ups must not flood a person's inbox nor pile up live manage links, and a
// request body that is not valid UTF-8 is refused instead of being stored with U+FFFD in it.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { db } from '@/db/client';
import { accessTokens, mailOutbox, registrations } from '@/db/schema';
import { getManagedRegistration, registerParticipant } from '@/lib/registrations/service';

process.env.DATABASE_POOL_SIZE = '20';
useTestDatabase();

const HOUR = 3600_000;
let ip = 0;
function post(slug: string, body: string | Uint8Array<ArrayBuffer>, query = '') {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${Math.floor(ip / 250)}.${ip % 250}` },
      body: body as BodyInit,
    }),
    { params: Promise.resolve({ slug }) },
  );
}

async function duplicateMails(registrationId: number) {
  return db()
    .select({ payload: mailOutbox.payload })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.registrationId, registrationId), eq(mailOutbox.kind, 'duplicate')))
    .orderBy(mailOutbox.id);
}

async function liveManageTokens(registrationId: number) {
  const [{ n }] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.registrationId, registrationId),
        eq(accessTokens.purpose, 'manage'),
        isNull(accessTokens.revokedAt),
      ),
    );
  return n;
}

const tokenOf = (payload: unknown) => (payload as { data: { manageUrl: string } }).data.manageUrl.split('/').pop()!;

describe('duplicate sign-ups', () => {
  it('answer 409 every time but send at most 3 "already registered" mails an hour, with a bounded number of live links', async () => {
    const event = await createEvent({ capacityOnsite: 10 });
    const p = person();
    const first = await post(event.slug, JSON.stringify(p));
    expect(first.status).toBe(201);
    const [reg] = await db()
      .select({ id: registrations.id })
      .from(registrations)
      .where(eq(registrations.eventId, event.id));

    const answers = await Promise.all(Array.from({ length: 20 }, () => post(event.slug, JSON.stringify(p))));
    for (const res of answers) {
      expect(res.status).toBe(409);
      expect((await res.json()).error).toBe('duplicate');
    }
    expect(await duplicateMails(reg.id)).toHaveLength(3);
    expect(await liveManageTokens(reg.id)).toBeLessThanOrEqual(5);
    expect(await db().$count(registrations, eq(registrations.eventId, event.id))).toBe(1);
  });

  it('sends the link again once the hour has passed, keeps at most 5 links alive, and the newest one works', async () => {
    const event = await createEvent({ capacityOnsite: 10 });
    const p = person();
    const now = Date.now();
    const first = await registerParticipant(event.slug, p, new Date(now));
    expect(first.ok).toBe(true);
    const id = first.ok ? first.value.registrationId : 0;
    for (let hour = 0; hour < 4; hour++) {
      for (let i = 0; i < 5; i++) {
        const again = await registerParticipant(event.slug, p, new Date(now + hour * HOUR + 61_000 * hour + i * 1000));
        expect(again).toMatchObject({ ok: false, error: 'registration.duplicate' });
      }
      expect(await duplicateMails(id)).toHaveLength(3 * (hour + 1));
      expect(await liveManageTokens(id)).toBeLessThanOrEqual(5);
    }
    const mails = await duplicateMails(id);
    expect((await getManagedRegistration(tokenOf(mails.at(-1)!.payload)))?.registration.id).toBe(id);
    // The first mails' links are the ones given up.
    expect(await getManagedRegistration(tokenOf(mails[0].payload))).toBeNull();
  });
});

describe('request bodies that are not UTF-8', () => {
  it('refuses an invalid byte inside a field with a translated 422 and stores nothing', async () => {
    const event = await createEvent({ capacityOnsite: 10 });
    const json = JSON.stringify(person({ firstName: 'AinoXX' }));
    const bytes = Buffer.from(json, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xff; // a byte that never occurs in UTF-8
    bytes[at + 1] = 0x41;
    for (const [query, message] of [
      ['', /UTF-8/],
      ['?lang=sv', /UTF-8/],
    ] as const) {
      const res = await post(event.slug, new Uint8Array(bytes), query);
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error).toBe('validation');
      expect(body.message).toMatch(message);
    }
    const sv = await (await post(event.slug, new Uint8Array(bytes), '?lang=sv')).json();
    const fi = await (await post(event.slug, new Uint8Array(bytes))).json();
    expect(sv.message).not.toBe(fi.message);
    // A truncated multi-byte sequence is refused the same way.
    const cut = Buffer.concat([
      Buffer.from(json.slice(0, 20), 'utf8'),
      Buffer.from([0xc3]),
      Buffer.from(json.slice(20), 'utf8'),
    ]);
    expect((await post(event.slug, new Uint8Array(cut))).status).toBe(422);
    expect(await db().$count(registrations, eq(registrations.eventId, event.id))).toBe(0);
    // Valid UTF-8 with letters beyond ASCII still goes through.
    expect((await post(event.slug, JSON.stringify(person({ firstName: 'Åsa-Öörni 🙂' })))).status).toBe(201);
  });
});
