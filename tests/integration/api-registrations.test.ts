import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { resetConfig } from '@/lib/config';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';

useTestDatabase();

let slug = '';
let ip = 0;
function post(
  body: unknown,
  opts: { slug?: string; query?: string; headers?: Record<string, string>; raw?: string } = {},
) {
  ip += 1;
  const s = opts.slug ?? slug;
  return POST(
    new NextRequest(`http://localhost/api/events/${s}/registrations${opts.query ?? ''}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [PEER_HEADER]: `10.0.${Math.floor(ip / 250)}.${ip % 250}`,
        ...opts.headers,
      },
      body: opts.raw ?? JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: s }) },
  );
}

async function count(eventSlug = slug) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from registrations r join events e on e.id = r.event_id where e.slug = ${eventSlug}`,
  );
  return r.n;
}

beforeAll(async () => {
  slug = (await createEvent({ capacityOnsite: 1 })).slug;
});

describe('POST /api/events/{slug}/registrations', () => {
  it('answers 201 confirmed, then 201 waitlisted with the position', async () => {
    const a = await post(person());
    expect(a.status).toBe(201);
    expect(await a.json()).toEqual({ status: 'confirmed' });
    const b = await post(person());
    expect(b.status).toBe(201);
    expect(await b.json()).toEqual({ status: 'waitlisted', position: 1 });
  });

  it('answers 422 with a translated message for each bad field, in the chosen language, and stores nothing', async () => {
    const before = await count();
    const res = await post({
      ...person(),
      email: 'ei-osoite',
      firstName: '',
      consent: false,
      municipality: 'Atlantis',
      language: 'sv',
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error).toBe('validation');
    expect(body.fields).toEqual({
      email: 'Ange e-postadressen i formen namn@exempel.fi.',
      firstName: 'Den här uppgiften behövs.',
      consent: 'Godkänn behandlingen av dina uppgifter för att kunna anmäla dig.',
      municipality: 'Välj kommun i listan.',
    });
    const fi = await (await post({ ...person(), sector: 'army' })).json();
    expect(fi.fields).toEqual({ sector: 'Valitse sektori.' });
    expect(await count()).toBe(before);
  });

  it('answers 4xx, never 500, to wrong types, unknown fields, bad JSON and oversized bodies', async () => {
    const before = await count();
    const cases: [unknown, number][] = [
      [{ ...person(), firstName: 123 }, 422],
      [{ ...person(), consent: 'yes' }, 422],
      [{ ...person(), attendance: ['onsite'] }, 422],
      [{ ...person(), isAdmin: true }, 400],
      [JSON.parse('{"__proto__": {"polluted": 1}, "firstName": "A"}'), 400],
      [[person()], 400],
      [null, 400],
      [{ ...person(), organisation: 'x'.repeat(201) }, 422],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect((await res.json()).message).toBeTruthy();
    }
    expect((await post(null, { raw: '{"firstName": ' })).status).toBe(400);
    expect((await post(null, { raw: JSON.stringify({ ...person(), diet: 'x'.repeat(20_000) }) })).status).toBe(413);
    expect((await post(person(), { headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it('answers 409 to a duplicate, 404 to an unknown event, 409/410 when registration is not open, closed or cancelled', async () => {
    const p = person();
    expect((await post(p)).status).toBe(201);
    const dup = await post({ ...p, email: p.email.toUpperCase() });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error).toBe('duplicate');
    expect((await post(person(), { slug: 'ei-ole' })).status).toBe(404);
    const future = await createEvent({ registrationOpensAt: new Date(Date.now() + 86400_000) });
    const notOpen = await post(person(), { slug: future.slug });
    expect(notOpen.status).toBe(409);
    expect((await notOpen.json()).message).toBe('Ilmoittautuminen ei ole vielä alkanut.');
    const past = await createEvent({ registrationClosesAt: new Date(Date.now() - 1000) });
    expect((await post(person(), { slug: past.slug })).status).toBe(410);
    const cancelled = await createEvent({ status: 'cancelled' });
    const c = await post(person({ language: 'sv' }), { slug: cancelled.slug });
    expect(c.status).toBe(410);
    expect((await c.json()).message).toBe('Evenemanget är inställt, så det går inte att anmäla sig.');
  });

  it('refuses a filled honeypot without storing anything', async () => {
    const before = await count();
    const res = await post({ ...person(), website: 'http://spam.example' });
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('limits requests per client address with a translated 429, counting each address on its own', async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '3';
    resetConfig();
    try {
      const event = await createEvent({ capacityOnsite: 100 });
      const from = (addr: string, lang: Locale = 'fi') =>
        post(person({ language: lang }), { slug: event.slug, headers: { [PEER_HEADER]: addr } });
      for (let i = 0; i < 3; i++) expect((await from('192.0.2.10')).status).toBe(201);
      const limited = await from('192.0.2.10', 'sv');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await limited.json()).message).toContain('För många anmälningar');
      expect((await from('192.0.2.11')).status).toBe(201);
      // A client cannot dodge the limit with headers of its own: with no trusted proxy only the
      // TCP peer counts, and ::ffff:-mapped spellings are the same address.
      for (const [name, value] of [
        ['x-forwarded-for', '203.0.113.5'],
        ['x-real-ip', '203.0.113.6'],
        ['forwarded', 'for=203.0.113.7'],
        ['true-client-ip', '203.0.113.8'],
        ['cf-connecting-ip', '203.0.113.9'],
      ]) {
        const forged = await post(person(), {
          slug: event.slug,
          headers: { [PEER_HEADER]: '192.0.2.10', [name]: value },
        });
        expect(forged.status, name).toBe(429);
      }
      expect((await from('::ffff:192.0.2.10')).status).toBe(429);
      const rows = await db().select().from(registrations).where(eq(registrations.eventId, event.id));
      expect(rows).toHaveLength(4);
    } finally {
      process.env.RATE_LIMIT_PER_MINUTE = '0';
      resetConfig();
    }
  });
});
