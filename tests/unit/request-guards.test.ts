// The request guards meant for proxy.ts: what Next.js would answer with a 500 gets its 4xx, and
// everything a real browser sends passes untouched (and stays readable).
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, hasMalformedPercentEncoding, refuseServerActionPost } from '@/lib/request-guards';
import { MALFORMED_PATH_SEGMENTS } from '../support/hostile';

describe('paths Next cannot decode', () => {
  it('finds malformed percent-encoding in any segment, and only there', () => {
    for (const bad of MALFORMED_PATH_SEGMENTS) {
      expect(hasMalformedPercentEncoding(`/fi/events/${bad}`), bad).toBe(true);
      expect(hasMalformedPercentEncoding(`/calendar/region/${bad}.ics`), bad).toBe(true);
    }
    for (const ok of [
      '/',
      '/fi/events/koulua-koulua-kaymattomille',
      '/fi/events/%C3%A4iti',
      '/sv/s%C3%B6k',
      '/fi/events/a%2Fb',
      '/calendar/region/hyks.ics',
    ]) {
      expect(hasMalformedPercentEncoding(ok), ok).toBe(false);
    }
  });
});

const URL_ = 'http://localhost:3000/fi/signin';
const action = (headers: Record<string, string>, body?: BodyInit, method = 'POST') =>
  new Request(URL_, { method, headers: { host: 'localhost:3000', ...headers }, body });
const fetchAction = (headers: Record<string, string>, body: BodyInit) =>
  action(
    {
      'next-action': '6026b0efe05c5241c846a4ea625310353672eb7790',
      'content-type': 'text/plain;charset=UTF-8',
      ...headers,
    },
    body,
  );
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe('refusing hostile server-action POSTs before Next does (with a 500)', () => {
  it('lets through what the browser sends: a same-origin fetch action and a form, and anything that is not an action', async () => {
    expect(
      await refuseServerActionPost(fetchAction({ origin: 'http://localhost:3000' }, '["fi",{"email":"a@b.fi"}]')),
    ).toBeNull();
    expect(await refuseServerActionPost(fetchAction({}, '["fi"]'))).toBeNull(); // no Origin: Next lets it through too
    expect(
      await refuseServerActionPost(
        action({ origin: 'http://localhost:3000' }, form({ $ACTION_REF_0: '', email: 'a@b.fi' })),
      ),
    ).toBeNull();
    expect(
      await refuseServerActionPost(new Request(URL_, { method: 'GET', headers: { origin: 'https://evil.example' } })),
    ).toBeNull();
    expect(
      await refuseServerActionPost(
        action({ origin: 'https://evil.example', 'content-type': 'application/json' }, '{}'),
      ),
    ).toBeNull();
    // Behind a reverse proxy the forwarded host is the one the browser saw.
    expect(
      await refuseServerActionPost(
        fetchAction({ origin: 'https://kokoon.example.fi', 'x-forwarded-host': 'kokoon.example.fi' }, '[]'),
      ),
    ).toBeNull();
  });

  it('refuses a foreign, opaque or unreadable Origin with 403', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost:3001', 'not a url']) {
      expect(await refuseServerActionPost(fetchAction({ origin }, '["fi"]')), origin).toMatchObject({ status: 403 });
      expect(await refuseServerActionPost(action({ origin }, form({ email: 'a@b.fi' }))), origin).toMatchObject({
        status: 403,
      });
    }
  });

  it('refuses a body over 1 MB with 413, whether or not it says its length', async () => {
    const big = JSON.stringify(['fi', 'a'.repeat(ACTION_BODY_LIMIT)]);
    expect(await refuseServerActionPost(fetchAction({ 'content-length': String(big.length) }, big))).toMatchObject({
      status: 413,
    });
    expect(await refuseServerActionPost(fetchAction({}, big))).toMatchObject({ status: 413 });
    expect(await refuseServerActionPost(action({}, form({ email: 'a'.repeat(ACTION_BODY_LIMIT + 1) })))).toMatchObject({
      status: 413,
    });
  });

  it('refuses a fetch action whose body is not JSON (or not UTF-8) with 400, and leaves the body readable', async () => {
    for (const body of ['not json {', '', '\u0000', new Uint8Array([0xff, 0xfe, 0x5b, 0x5d])]) {
      expect(await refuseServerActionPost(fetchAction({}, body)), String(body)).toMatchObject({ status: 400 });
    }
    const ok = fetchAction({}, '["fi"]');
    expect(await refuseServerActionPost(ok)).toBeNull();
    expect(await ok.text()).toBe('["fi"]');
  });
});
