import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { seedDemoData } from '@/db/seed/demo';
import { GET } from '@/app/api/events/[slug]/route';

useTestDatabase();

describe('demo data: own registration questions', () => {
  it('an upcoming network day open for registration asks two own questions, one a required single choice', async () => {
    await seedDemoData(db(), new Date());
    const slug = 'pohjois-karjalan-verkostopaiva';
    const res = await GET(new NextRequest(`http://localhost/api/events/${slug}`), {
      params: Promise.resolve({ slug }),
    });
    const body = await res.json();
    expect(body).toMatchObject({ kind: 'network_day', availability: { status: 'open' } });
    expect(body.questions).toHaveLength(2);
    expect(body.questions[0]).toMatchObject({
      type: 'single',
      required: true,
      label: { fi: 'Lounasvalinta', sv: 'Val av lunch' },
    });
    expect(body.questions[0].options).toHaveLength(3);
  });

  it('a TUVET series asks every session whether the person has been to one before (optional), answered by those seeded', async () => {
    const slug = 'tuvet-osallisuus-turku';
    const res = await GET(new NextRequest(`http://localhost/api/events/${slug}`), {
      params: Promise.resolve({ slug }),
    });
    const body = await res.json();
    expect(body.questions).toHaveLength(1);
    expect(body.questions[0]).toMatchObject({
      type: 'yesNo',
      required: false,
      label: { fi: 'Oletko osallistunut aiemmin TUVET-koulutukseen? (vapaaehtoinen)' },
    });
    const [row] = await db().execute<{ registrations: number; answers: number; yes: number; offer: string }>(sql`
      select (select count(*)::int from registrations r where r.event_id = e.id) as registrations,
             (select count(*)::int from registration_answers a join registrations r on r.id = a.registration_id
               where r.event_id = e.id) as answers,
             (select count(*)::int from registration_answers a join registrations r on r.id = a.registration_id
               where r.event_id = e.id and a.value = 'true'::jsonb) as yes,
             e.freed_places::text as offer
      from events e where e.slug = ${slug}`);
    expect(row.registrations).toBeGreaterThan(0);
    expect(row.answers).toBe(row.registrations);
    expect(row.yes).toBeGreaterThan(0);
    expect(row.yes).toBeLessThan(row.answers);
    // The full session with people waiting gives a freed place as an offer (issue 17).
    expect(row.offer).toBe('offer');
  });
});
