import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { seedDemoData } from '@/db/seed/demo';
import { GET } from '@/app/api/events/[slug]/route';

useTestDatabase();

describe('demo data: a programme with parallel workshops', () => {
  it('the North Karelia network day has a slot of three workshops (3, 5 and 8 seats) with room, open for registration', async () => {
    await seedDemoData(db(), new Date());
    const slug = 'pohjois-karjalan-verkostopaiva';
    const res = await GET(new NextRequest(`http://localhost/api/events/${slug}`), {
      params: Promise.resolve({ slug }),
    });
    const body = await res.json();
    expect(body.availability.status).toBe('open');
    expect(body.programme).toHaveLength(3);
    const slot = body.programme.find((s: { workshops: unknown[] }) => s.workshops.length);
    expect(slot.workshops.map((w: { capacity: number }) => w.capacity)).toEqual([3, 5, 8]);
    expect(slot.workshops.every((w: { seatsLeft: number }) => w.seatsLeft > 0)).toBe(true);
    expect(body.programme[0].speakers.length).toBeGreaterThan(0);
  });
});
