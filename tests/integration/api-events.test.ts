import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent } from '../support/factories';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as healthGET } from '@/app/api/health/route';
import { helsinkiTime } from '@/lib/time';

useTestDatabase();

const get = (query = '') => eventsGET(new NextRequest(`http://localhost/api/events${query}`));

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  const summer = await createEvent({
    slug: 'api-kesapaiva',
    scope: 'region',
    regionCode: 'OYS',
    kind: 'network_day',
    format: 'hybrid',
    city: 'Oulu',
    capacityOnsite: 5,
    capacityRemote: 3,
    titleSv: null,
    themeSlugs: ['sijoitetut-lapset'],
    startsAt: helsinkiTime(2027, 6, 10, 9),
    endsAt: helsinkiTime(2027, 6, 10, 15, 30),
  });
  await addRegistrations(summer.id, 5);
  await addRegistrations(summer.id, 1, { attendance: 'remote' });
  await createEvent({
    slug: 'api-talvipaiva',
    startsAt: helsinkiTime(2027, 1, 20, 9),
    registrationOpensAt: helsinkiTime(2027, 1, 1, 9),
  });
  await createEvent({ slug: 'api-luonnos', status: 'draft', startsAt: helsinkiTime(2027, 1, 21, 9) });
});

describe('GET /api/events', () => {
  it('returns upcoming published events with the documented fields', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body.events.map((e: { slug: string }) => e.slug)).toEqual(['api-talvipaiva', 'api-kesapaiva']);
    const e = body.events[1];
    expect(Object.keys(e).sort()).toEqual(
      [
        'availability',
        'city',
        'cityName',
        'end',
        'format',
        'id',
        'kind',
        'language',
        'organisingBody',
        'regions',
        'registration',
        'scope',
        'series',
        'slug',
        'start',
        'summary',
        'themes',
        'title',
        'url',
        'venue',
      ].sort(),
    );
    expect(e).toMatchObject({
      kind: 'network_day',
      title: { fi: expect.any(String), sv: expect.any(String) },
      scope: { level: 'region', region: 'OYS', province: null },
      start: '2027-06-10T09:00:00+03:00',
      end: '2027-06-10T15:30:00+03:00',
      city: 'Oulu',
      format: 'hybrid',
      themes: ['sijoitetut-lapset'],
      url: 'https://kokoon.example/fi/events/api-kesapaiva',
      availability: { status: 'open', seatsLeft: { onsite: 0, remote: 2 } },
    });
    expect(e.title.sv).toBe(e.title.fi); // Swedish falls back to Finnish
    expect(body.events[0].start).toBe('2027-01-20T09:00:00+02:00');
    expect(body.events[0].availability.status).toBe('not_open');
  });

  it('filters by region, kind, theme and dates, and links pages in the asked language', async () => {
    const slugs = async (q: string) => (await (await get(q)).json()).events.map((e: { slug: string }) => e.slug);
    expect(await slugs('?region=oys')).toEqual(['api-kesapaiva']);
    expect(await slugs('?theme=sijoitetut-lapset')).toEqual(['api-kesapaiva']);
    expect(await slugs('?kind=webinar')).toEqual([]);
    expect(await slugs('?from=2027-06-10&to=2027-06-10')).toEqual(['api-kesapaiva']);
    expect(await slugs('?to=2027-06-09')).toEqual(['api-talvipaiva']);
    const sv = await (await get('?lang=sv&region=OYS')).json();
    expect(sv.events[0].url).toBe('https://kokoon.example/sv/events/api-kesapaiva');
  });

  it('answers bad filters with 400 and a message in the asked language', async () => {
    const res = await get('?region=Lappi&lang=sv');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('invalid_filter');
    expect(body.errors).toEqual([
      { parameter: 'region', message: expect.stringContaining('Ogiltig parameter region: Lappi') },
    ]);
    const fi = await (await get('?from=tomorrow')).json();
    expect(fi.message).toContain('VVVV-KK-PP');
    expect((await get('?limit=5')).status).toBe(400);
  });
});

describe('GET /api/health', () => {
  it('says ok while the database answers', async () => {
    const res = await healthGET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
