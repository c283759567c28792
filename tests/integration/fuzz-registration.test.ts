// Property-based fuzzing of the public sign-up POST with thousands of hostile requests (fast-check;
// FUZZ_RUNS sets the runs per property). Whatever arrives: never a 5xx, every refusal a 4xx whose
// message is a translated text in the request's language, nothing stored from a refused request,
// and what is accepted is stored exactly as typed (trimmed), never altered or partly saved.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import {
  FUZZ_RUNS,
  fuzzParams,
  hostileFieldValue,
  hostileJson,
  hostileString,
  messageMatchers,
  withProtoKey,
} from '../support/hostile';
import { OPTIONS, POST } from '@/app/api/events/[slug]/registrations/route';
import { resetConfig } from '@/lib/config';
import { PEER_HEADER } from '@/lib/client-ip';
import { catalogues } from '@/lib/i18n/messages';
import { db } from '@/db/client';
import { REGISTRATION_FIELDS } from '@/lib/registrations/schema';
import type { Locale } from '@/lib/i18n/routing';

useTestDatabase();

const matchers = { fi: messageMatchers(catalogues.fi), sv: messageMatchers(catalogues.sv) };
const isTranslated = (lang: Locale, text: unknown) =>
  typeof text === 'string' && text.length > 0 && matchers[lang].some((m) => m.test(text));

let slug = '';
let hybridSlug = '';

async function counts(): Promise<{ registrations: number; mails: number; tokens: number }> {
  const [r] = await db().execute<{ registrations: number; mails: number; tokens: number }>(sql`
    select (select count(*)::int from registrations) as registrations, (select count(*)::int from mail_outbox) as mails,
           (select count(*)::int from access_tokens) as tokens`);
  return r;
}

type Req = { slug: string; body: string; contentType: string; lang?: string; acceptLanguage?: string; origin?: string };

/** The language the answer must be in (README: body `language`, then `?lang=`, then Accept-Language). */
function expectedLanguage(r: Req): Locale {
  const readable = /^application\/json\b/i.test(r.contentType) && Buffer.byteLength(r.body) <= 16 * 1024;
  if (readable)
    try {
      const b = JSON.parse(r.body);
      if (b && typeof b === 'object' && (b.language === 'fi' || b.language === 'sv')) return b.language;
    } catch {
      /* not JSON: the language comes from the query or the header */
    }
  if (r.lang === 'fi' || r.lang === 'sv') return r.lang;
  return /^sv\b/i.test(r.acceptLanguage ?? '') ? 'sv' : 'fi';
}

let ip = 0;
async function send(r: Req) {
  ip += 1;
  const headers: Record<string, string> = { [PEER_HEADER]: `10.9.${(ip >> 8) & 255}.${ip & 255}` };
  if (r.contentType) headers['content-type'] = r.contentType;
  if (r.acceptLanguage) headers['accept-language'] = r.acceptLanguage;
  if (r.origin) headers.origin = r.origin;
  const enc = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return 'x';
    }
  }; // lone surrogates cannot be in a URL
  const query = r.lang !== undefined ? `?lang=${enc(r.lang)}` : '';
  const res = await POST(
    new NextRequest(`http://localhost/api/events/${enc(r.slug)}/registrations${query}`, {
      method: 'POST',
      headers,
      body: r.body,
    }),
    { params: Promise.resolve({ slug: r.slug }) },
  );
  const text = await res.text();
  return {
    status: res.status,
    text,
    json: (() => {
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    })(),
  };
}

const asciiHeader = fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));

/** A sign-up as a form would send it, with some fields broken, some added, or the whole body replaced. */
const hostileRequest: fc.Arbitrary<Req> = fc
  .record({
    slug: fc.oneof(
      { weight: 8, arbitrary: fc.constant('__event__') },
      { weight: 1, arbitrary: fc.constant('__hybrid__') },
      { weight: 1, arbitrary: hostileString },
    ),
    body: fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({
            broken: fc.dictionary(fc.constantFrom(...REGISTRATION_FIELDS), hostileFieldValue, {
              minKeys: 1,
              maxKeys: 4,
            }),
            extra: fc.dictionary(fc.string({ maxLength: 12 }), hostileJson, { maxKeys: 2 }),
            language: fc.constantFrom('fi', 'sv'),
          })
          .map(({ broken, extra, language }) => JSON.stringify({ ...person({ language }), ...extra, ...broken })),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({
            field: fc.constantFrom('firstName', 'lastName', 'organisation', 'role', 'diet', 'accessNeeds'),
            value: hostileString,
            language: fc.constantFrom('fi', 'sv'),
          })
          .map(({ field, value, language }) => JSON.stringify({ ...person({ language }), [field]: value })),
      },
      { weight: 1, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? 'undefined') },
      { weight: 1, arbitrary: hostileString },
      { weight: 1, arbitrary: hostileJson.map((inner) => withProtoKey(person() as never, inner)) },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 16_000, max: 40_000 })
          .map((n) => JSON.stringify({ ...person(), diet: 'x'.repeat(n) })),
      },
    ),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
      },
      { weight: 1, arbitrary: asciiHeader },
    ),
    lang: fc.option(fc.oneof(fc.constantFrom('fi', 'sv'), hostileString), { nil: undefined }),
    acceptLanguage: fc.option(fc.oneof(fc.constantFrom('sv-FI,sv;q=0.9', 'fi', 'en-US'), asciiHeader), {
      nil: undefined,
    }),
    origin: fc.option(fc.constantFrom('http://localhost:3000', 'https://www.kunta.example', 'null'), {
      nil: undefined,
    }),
  })
  .map((r) => ({ ...r, slug: r.slug === '__event__' ? slug : r.slug === '__hybrid__' ? hybridSlug : r.slug }));

beforeAll(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = '0';
  resetConfig();
  slug = (await createEvent({ capacityOnsite: 100_000, waitlistEnabled: true })).slug;
  hybridSlug = (
    await createEvent({ format: 'hybrid', capacityOnsite: 1, capacityRemote: 100_000, waitlistEnabled: false })
  ).slug;
});

describe('fuzzing POST /api/events/{slug}/registrations', () => {
  it(`answers ${FUZZ_RUNS * 4} hostile requests with a translated 4xx or a faithful 201, never a 5xx, never a partial save`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (r) => {
        const before = await counts();
        const res = await send(r);
        const after = await counts();
        const lang = expectedLanguage(r);
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        expect(res.json, 'always a JSON body').toBeTypeOf('object');
        if (res.status === 201) {
          expect(after.registrations).toBe(before.registrations + 1);
          expect(after.mails).toBe(before.mails + 1);
          const sent = JSON.parse(r.body);
          const [stored] = await db().execute<Record<string, string | null>>(sql`
          select first_name, last_name, organisation, role, email from registrations order by id desc limit 1`);
          expect(stored.first_name).toBe(sent.firstName.trim());
          expect(stored.last_name).toBe(sent.lastName.trim());
          expect(stored.organisation).toBe(sent.organisation.trim());
          expect(stored.role).toBe(sent.role ? sent.role.trim() || null : null);
          return;
        }
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.json.error).toMatch(/^[a-z_]+$/);
        expect(isTranslated(lang, res.json.message), `${lang}: ${res.json.message}`).toBe(true);
        for (const m of Object.values(res.json.fields ?? {}))
          expect(isTranslated(lang, m), `${lang} field: ${m}`).toBe(true);
        // Refused means not stored. A duplicate only re-sends the person's own link (one mail, nothing else).
        expect(after.registrations).toBe(before.registrations);
        expect(after.tokens).toBe(before.tokens + (res.json.error === 'duplicate' ? 1 : 0));
        expect(after.mails).toBe(before.mails + (res.json.error === 'duplicate' ? 1 : 0));
      }),
      fuzzParams(FUZZ_RUNS * 4),
    );
  }, 600_000);

  it('answers a valid sign-up for any slug that is not an open event with a translated 404, storing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, fc.constantFrom('fi', 'sv'), async (badSlug, language) => {
        fc.pre(badSlug !== slug && badSlug !== hybridSlug);
        const before = await counts();
        const res = await send({
          slug: badSlug,
          body: JSON.stringify(person({ language })),
          contentType: 'application/json',
        });
        expect(res.status, res.text.slice(0, 200)).toBe(404);
        expect(res.json).toEqual({ error: 'not_found', message: catalogues[language].registration.errors.notFound });
        expect(await counts()).toEqual(before);
      }),
      fuzzParams(),
    );
  }, 600_000);

  it('refuses a browser on a site that is not allowed (403, translated) when REGISTRATION_CORS_ORIGINS names the sites', async () => {
    process.env.REGISTRATION_CORS_ORIGINS = 'https://www.kunta.example';
    resetConfig();
    try {
      const before = await counts();
      const other = await send({
        slug,
        body: JSON.stringify(person({ language: 'sv' })),
        contentType: 'application/json',
        origin: 'https://evil.example',
      });
      expect(other.status).toBe(403);
      expect(other.json).toEqual({ error: 'forbidden_origin', message: catalogues.sv.security.forbiddenOrigin });
      expect(await counts()).toEqual(before);
      const allowed = await send({
        slug,
        body: JSON.stringify(person()),
        contentType: 'application/json',
        origin: 'https://www.kunta.example',
      });
      expect(allowed.status).toBe(201);
      const pre = await OPTIONS(
        new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
          method: 'OPTIONS',
          headers: { origin: 'https://www.kunta.example' },
        }),
      );
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://www.kunta.example');
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
      const denied = await OPTIONS(
        new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example' },
        }),
      );
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      delete process.env.REGISTRATION_CORS_ORIGINS;
      resetConfig();
    }
  });
});
