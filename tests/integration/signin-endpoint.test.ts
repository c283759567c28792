// Every way of asking for an organiser's sign-in link obeys the same rules as the sign-in form:
// at most 3 links a minute per address and 10 per client, and the same answer for an organiser's
// address as for a stranger's. Auth.js also answers POST /api/auth/signin/email (with a CSRF token
// from /api/auth/csrf) on its own; that door must neither mail nor tell who is an organiser.
import { beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { inviteOrganiser } from '@/lib/auth/accounts';

// requestSignInLink runs inside a server action; outside Next's request scope `next/headers`
// throws, so the tests give it a request's headers and a cookie jar.
const request = vi.hoisted(() => ({ headers: new Headers({ host: 'localhost:3000' }) }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [] }),
}));

const { GET: routeGET, POST: routePOST } = await import('@/app/api/auth/[...nextauth]/route');
const { handlers } = await import('@/lib/auth');
const { requestSignInLink } = await import('@/lib/auth/signin');

useTestDatabase();

const ORGANISER = 'kirjautuja@kokoon.example';
const BASE = 'http://localhost:3000';

const count = async (table: 'mail_outbox' | 'verification_tokens') =>
  (await db().execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0].n;

/** A CSRF token and its cookie, as a browser (or a script) gets them from Auth.js. */
async function csrf(get: (req: NextRequest) => Promise<Response>) {
  const res = await get(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { csrfToken, cookie };
}

/** Auth.js's own e-mail sign-in POST, exactly as a script would send it. */
async function postSignIn(
  post: (req: NextRequest) => Promise<Response>,
  get: (req: NextRequest) => Promise<Response>,
  email: string,
  client = '203.0.113.50',
) {
  const { csrfToken, cookie } = await csrf(get);
  const res = await post(
    new NextRequest(`${BASE}/api/auth/signin/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: BASE, 'x-forwarded-for': client },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: `${BASE}/fi/workspace` }),
    }),
  );
  return { status: res.status, location: res.headers.get('location') ?? '' };
}

beforeAll(async () => {
  await inviteOrganiser(db(), { email: ORGANISER, role: 'organiser', regions: ['HYKS'] });
});

beforeEach(async () => {
  await db().execute(sql`delete from mail_outbox; delete from verification_tokens; delete from rate_limits`);
});

describe('asking for a sign-in link', () => {
  it("POST /api/auth/signin/email mails nothing, however often, and answers an organiser's address like a stranger's", async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // Auth.js logs refusals
    try {
      const organiser = [];
      for (let i = 0; i < 15; i++) organiser.push(await postSignIn(routePOST, routeGET, ORGANISER));
      const stranger = await postSignIn(routePOST, routeGET, `vieras.${Date.now()}@example.fi`);
      expect(await count('mail_outbox')).toBe(0);
      expect(await count('verification_tokens')).toBe(0);
      for (const answer of organiser) expect(answer).toEqual(stranger);
      expect(stranger).toEqual({ status: 303, location: `${BASE}/fi/signin` }); // the sign-in form, nothing said
    } finally {
      quiet.mockRestore();
    }
  });

  it("Auth.js's handler itself (the one the sign-in button's route calls) sends no link that skipped the limits", async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const organiser = await postSignIn(handlers.POST, handlers.GET, ORGANISER);
      const stranger = await postSignIn(handlers.POST, handlers.GET, `vieras2.${Date.now()}@example.fi`);
      expect(await count('mail_outbox')).toBe(0);
      expect(await count('verification_tokens')).toBe(0);
      expect(organiser).toEqual(stranger);
    } finally {
      quiet.mockRestore();
    }
  });

  it('the sign-in form still mails an organiser, at most 3 links a minute, and a client gets at most 10 answers a minute', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // strangers' AccessDenied
    onTestFinished(() => quiet.mockRestore());
    for (let i = 0; i < 3; i++) expect(await requestSignInLink(ORGANISER, `198.51.100.${i + 1}`, 'fi')).toBe('sent');
    expect(await count('mail_outbox')).toBe(3);
    expect(await requestSignInLink(ORGANISER, '198.51.100.9', 'fi')).toBe('rateLimited');
    expect(await count('mail_outbox')).toBe(3);
    // The limit counts the address by its hash: the rate-limit table never holds an address.
    const keys = await db().execute<{ key: string }>(sql`select key from rate_limits`);
    expect(keys.map((k) => k.key).filter((k) => k.startsWith('signin-address:'))).toHaveLength(1);
    expect(keys.some((k) => k.key.includes('@'))).toBe(false);

    await db().execute(sql`delete from rate_limits`);
    for (let i = 0; i < 10; i++)
      expect(await requestSignInLink(`muu${i}@example.fi`, '203.0.113.77', 'sv')).toBe('sent');
    expect(await requestSignInLink(ORGANISER, '203.0.113.77', 'fi')).toBe('rateLimited');
    expect(await count('mail_outbox')).toBe(3);
  });
});
