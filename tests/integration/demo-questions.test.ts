import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
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
});
