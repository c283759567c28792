// Issue 15 §4: every event has the language it is held in (fi, sv, bilingual, en): the API gives
// it as `language` and filters by it, the catalogue filters by it, the editor saves it and the
// feeds say it.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { eventSchema } from '@/lib/events/editor-schema';
import { createEvent as createDraft, updateEvent } from '@/lib/events/editor';
import { getEventForEdit } from '@/lib/events/editor-read';
import { loadCatalogue } from '@/lib/events/catalogue';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as eventIcsGET } from '@/app/calendar/events/[file]/route';
import { GET as allIcsGET } from '@/app/calendar/all.ics/route';
import { GET as regionIcsGET } from '@/app/calendar/region/[file]/route';
import { helsinkiTime } from '@/lib/time';

useTestDatabase();

const get = async (query = '') => eventsGET(new NextRequest(`http://localhost/api/events${query}`));
const NOW = new Date('2027-01-10T10:00:00Z');

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  await createEvent({ slug: 'kieli-suomi', startsAt: helsinkiTime(2027, 5, 3, 9) });
  await createEvent({ slug: 'kieli-ruotsi', language: 'sv', city: 'Vaasa', startsAt: helsinkiTime(2027, 5, 4, 9) });
  await createEvent({ slug: 'kieli-kaksi', language: 'bilingual', startsAt: helsinkiTime(2027, 5, 5, 9) });
  await createEvent({ slug: 'kieli-englanti', language: 'en', startsAt: helsinkiTime(2027, 5, 6, 9) });
});

describe('event language', () => {
  it('is `language` in every /api/events entry, and events made without one are Finnish', async () => {
    const body = await (await get()).json();
    const bySlug = Object.fromEntries(body.events.map((e: { slug: string; language: string }) => [e.slug, e.language]));
    expect(bySlug).toEqual({
      'kieli-suomi': 'fi',
      'kieli-ruotsi': 'sv',
      'kieli-kaksi': 'bilingual',
      'kieli-englanti': 'en',
    });
  });

  it('filters /api/events by ?language= and refuses an unknown language with a translated 400', async () => {
    const slugs = async (q: string) => (await (await get(q)).json()).events.map((e: { slug: string }) => e.slug);
    expect(await slugs('?language=sv')).toEqual(['kieli-ruotsi']);
    expect(await slugs('?language=bilingual')).toEqual(['kieli-kaksi']);
    const bad = await get('?language=de&lang=sv');
    expect(bad.status).toBe(400);
    const err = await bad.json();
    expect(err.errors[0].parameter).toBe('language');
    expect(err.message).toContain('bilingual');
  });

  it('filters the catalogue by ?language=', async () => {
    const page = await loadCatalogue({ language: 'en' }, 'upcoming', NOW);
    expect(page.events.map((e) => e.slug)).toEqual(['kieli-englanti']);
    expect(page.query.language).toBe('en');
    const bad = await loadCatalogue({ language: 'klingon' }, 'upcoming', NOW);
    expect(bad.errors.map((e) => e.name)).toEqual(['language']);
    expect(bad.events).toHaveLength(4);
  });

  it('is saved from the organiser form, shown again in it, and a bad value is refused', async () => {
    const id = await inviteOrganiser(db(), { email: 'kieli@editor.example', role: 'organiser', regions: ['TAYS'] });
    const o: Organiser = { id, email: 'kieli@editor.example', name: null, role: 'organiser', regions: ['TAYS'] };
    const input = eventSchema.parse(formValues({ startDate: '2027-03-10', endDate: '2027-03-10', language: 'sv' }));
    const r = await createDraft(o, input, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await getEventForEdit(o, r.value.id))?.values.language).toBe('sv');
    const changed = await updateEvent(
      o,
      r.value.id,
      eventSchema.parse(formValues({ startDate: '2027-03-10', endDate: '2027-03-10', language: 'bilingual' })),
      NOW,
    );
    expect(changed.ok).toBe(true);
    const [row] = await db().select({ language: events.language }).from(events).where(eq(events.id, r.value.id));
    expect(row.language).toBe('bilingual');
    const wrong = eventSchema.safeParse(formValues({ language: 'de' as never }));
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.find((i) => i.path[0] === 'language')?.message).toBe('editor.validation.language');
  });

  it('is said in the calendar entry of the event, in the calendar language', async () => {
    const ics = async (lang: string) => {
      const res = await eventIcsGET(new NextRequest(`http://localhost/calendar/events/kieli-ruotsi.ics?lang=${lang}`), {
        params: Promise.resolve({ file: 'kieli-ruotsi.ics' }),
      });
      return (await res.text()).replace(/\r\n /g, '');
    };
    expect(await ics('fi')).toContain('Kieli: ruotsi');
    expect(await ics('sv')).toContain('Språk: svenska');
  });

  it('narrows every public feed by ?language=, says so in its description, and refuses an unknown one', async () => {
    const unfold = async (res: Response) => (await res.text()).replace(/\r\n /g, '');
    const uids = (ics: string) => [...ics.matchAll(/^URL[^:]*:.*\/events\/([a-z-]+)/gm)].map((m) => m[1]).sort();
    const all = await unfold(await allIcsGET(new NextRequest('http://localhost/calendar/all.ics?language=sv')));
    expect(uids(all)).toEqual(['kieli-ruotsi']);
    expect(all).toContain('Vain ruotsinkieliset tapahtumat.');
    const both = await unfold(
      await allIcsGET(new NextRequest('http://localhost/calendar/all.ics?language=bilingual&lang=sv')),
    );
    expect(uids(both)).toEqual(['kieli-kaksi']);
    expect(both).toContain('Endast tvåspråkiga evenemang (finska och svenska).');
    expect(both).toContain('Språk: finska och svenska');
    // Without the filter the feed holds them all, each saying its language.
    const everything = await unfold(await allIcsGET(new NextRequest('http://localhost/calendar/all.ics')));
    expect(uids(everything)).toEqual(['kieli-englanti', 'kieli-kaksi', 'kieli-ruotsi', 'kieli-suomi']);
    expect(everything).toContain('Kieli: englanti');

    const region = (query: string) =>
      regionIcsGET(new NextRequest(`http://localhost/calendar/region/hyks.ics${query}`), {
        params: Promise.resolve({ file: 'hyks.ics' }),
      });
    const hyks = await region('?language=en');
    expect(hyks.status).toBe(200);
    expect(uids(await unfold(hyks))).toEqual(['kieli-englanti']);
    const bad = await region('?language=de&lang=sv');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Värdet "de" för parametern language duger inte');
  });
});
