import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { freePort } from '../../scripts/support/embedded-db';

// No database listens on this port: the health check and the API must fail cleanly.
beforeAll(async () => {
  process.env.DATABASE_URL = `postgres://postgres:x@localhost:${await freePort()}/nothing`;
});

describe('when the database does not answer', () => {
  it('GET /api/health answers 503', async () => {
    const { GET } = await import('@/app/api/health/route');
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
  });

  it('GET /api/events answers a translated 503, not a 500', async () => {
    const { GET } = await import('@/app/api/events/route');
    const res = await GET(new NextRequest('http://localhost/api/events?lang=sv'));
    expect(res.status).toBe(503);
    expect((await res.json()).message).toBe('Tjänsten svarar inte just nu. Försök igen om en stund.');
  });
});
