import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import ical from 'node-ical';
import { renderToStaticMarkup } from 'react-dom/server';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent } from '../support/factories';
import { db } from '@/db/client';
import { events, registrations } from '@/db/schema';
import { resetConfig } from '@/lib/config';
import { helsinkiTime } from '@/lib/time';
import { setEventStream } from '@/lib/streams/access';
import { buildPersonalFeed, FEED_WINDOW_DAYS } from '@/lib/calendar/feeds';
import { AddToCalendar } from '@/components/calendar/add-to-calendar';
import { SubscribeLinks } from '@/components/calendar/subscribe-links';
import { GET as allGET } from '@/app/calendar/all.ics/route';
import { GET as regionGET } from '@/app/calendar/region/[file]/route';
import { GET as provinceGET } from '@/app/calendar/province/[file]/route';
import { GET as themeGET } from '@/app/calendar/theme/[file]/route';
import { GET as eventGET } from '@/app/calendar/events/[file]/route';

useTestDatabase();

const DAY = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const STREAM = 'https://video.example.fi/live/salainen-striimi-987';
const CONTACT = 'tapahtumat@kokoon.example';

// Helsinki moves to summer time on 28.3.2027: 09.00 on the 26th is 07.00Z, on the 30th 06.00Z.
const WINTER_START = helsinkiTime(2027, 3, 26, 9);
const SUMMER_START = helsinkiTime(2027, 3, 30, 9);

const ids: Record<string, number> = {};
const slugs: Record<string, string> = {};

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  // A non-local APP_URL needs real secrets (lib/config.ts).
  process.env.APP_SECRET = 'calendar-feeds-test-secret-0123456789abcdef';
  process.env.AUTH_SECRET = 'calendar-feeds-test-auth-secret-0123456789';
  resetConfig();
  const make = async (key: string, o: Parameters<typeof createEvent>[0]) => {
    const e = await createEvent({ slug: `kal-${key}`, contactName: 'Liisa Korhonen', contactEmail: CONTACT, ...o });
    ids[key] = e.id;
    slugs[key] = e.slug;
    return e;
  };
  await make('hyks-talvi', {
    scope: 'region',
    regionCode: 'HYKS',
    format: 'hybrid',
    capacityRemote: null,
    venueName: 'Paasitorni',
    venueAddress: 'Paasivuorenkatu 5 A, 00530 Helsinki',
    titleFi: 'HYKS-verkostopäivä',
    titleSv: 'HUCS nätverksdag',
    themeSlugs: ['sijoitetut-lapset'],
    startsAt: WINTER_START,
    endsAt: helsinkiTime(2027, 3, 26, 15),
    updatedAt: daysAgo(20),
  });
  await make('uusimaa-kesa', {
    scope: 'province',
    regionCode: 'HYKS',
    provinceCode: '01',
    titleFi: 'Uudenmaan verkostopäivä',
    titleSv: null,
    startsAt: SUMMER_START,
    endsAt: helsinkiTime(2027, 3, 30, 15, 30),
    updatedAt: daysAgo(19),
  });
  await make('valtakunnallinen', {
    scope: 'national',
    kind: 'gathering',
    format: 'online',
    capacityOnsite: null,
    capacityRemote: null,
    titleFi: 'Valtakunnallinen webinaari',
    startsAt: helsinkiTime(2027, 4, 15, 13),
    endsAt: helsinkiTime(2027, 4, 15, 15),
    updatedAt: daysAgo(18),
  });
  await make('tays', {
    scope: 'region',
    regionCode: 'TAYS',
    titleFi: 'TAYS-verkostopäivä',
    themeSlugs: ['sijoitetut-lapset'],
    startsAt: helsinkiTime(2027, 2, 10, 9),
    updatedAt: daysAgo(17),
  });
  await make('pohjanmaa', {
    scope: 'province',
    regionCode: 'TAYS',
    provinceCode: '14',
    titleFi: 'Etelä-Pohjanmaan verkostopäivä',
    startsAt: helsinkiTime(2027, 2, 11, 9),
    updatedAt: daysAgo(16),
  });
  await make('peruttu', {
    scope: 'region',
    regionCode: 'HYKS',
    status: 'cancelled',
    titleFi: 'Peruttu koulutus',
    titleSv: 'Inställd utbildning',
    startsAt: helsinkiTime(2027, 5, 5, 9),
    updatedAt: daysAgo(15),
  });
  await make('luonnos', {
    scope: 'region',
    regionCode: 'HYKS',
    status: 'draft',
    titleFi: 'Salainen luonnos',
    themeSlugs: ['sijoitetut-lapset'],
    startsAt: helsinkiTime(2027, 5, 6, 9),
    updatedAt: daysAgo(60),
  });
  await make('mennyt-30', {
    scope: 'region',
    regionCode: 'HYKS',
    titleFi: 'Kuukausi sitten',
    startsAt: new Date(daysAgo(30).getTime() - 6 * 3600_000),
    endsAt: daysAgo(30),
    updatedAt: daysAgo(40),
  });
  await make('mennyt-100', {
    scope: 'region',
    regionCode: 'HYKS',
    titleFi: 'Kauan sitten',
    startsAt: new Date(daysAgo(100).getTime() - 6 * 3600_000),
    endsAt: daysAgo(100),
    updatedAt: daysAgo(110),
  });

  await addRegistrations(ids['hyks-talvi'], 3);
  await addRegistrations(ids['hyks-talvi'], 1, { status: 'waitlisted', attendance: 'remote' });
  await addRegistrations(ids.valtakunnallinen, 2, { attendance: 'remote' });
  await addRegistrations(ids.peruttu, 1, { status: 'cancelled' });
  await setEventStream(ids['hyks-talvi'], { url: STREAM, instructionsFi: 'Tunnusluku 4321' });
  await setEventStream(ids.valtakunnallinen, { url: STREAM });
});

const handlers = { region: regionGET, province: provinceGET, theme: themeGET, events: eventGET };

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const req = new NextRequest(`http://localhost${path}`, { headers });
  const pathname = path.split('?')[0];
  if (pathname === '/calendar/all.ics') return allGET(req);
  const m = /^\/calendar\/(region|province|theme|events)\/([^/]+)$/.exec(pathname);
  if (!m) throw new Error(`no route for ${path}`);
  return handlers[m[1] as keyof typeof handlers](req, { params: Promise.resolve({ file: m[2] }) });
}

type Entry = {
  uid: string;
  summary: string;
  status: string;
  sequence: number;
  start: Date;
  end: Date;
  lastModified: Date;
  location: string | null;
  description: string;
  url: string;
};

/** Reads a calendar with ical.js (times resolved through the file's own VTIMEZONE) and with node-ical; both must agree. */
function parseBoth(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtz = calendar
    .getAllSubcomponents('vtimezone')
    .find((c) => c.getFirstPropertyValue('tzid') === 'Europe/Helsinki');
  expect(vtz, 'VTIMEZONE Europe/Helsinki').toBeDefined();
  const zone = new ICAL.Timezone(vtz!);
  const instant = (v: ICAL.Component, name: string) => {
    const t = v.getFirstPropertyValue(name) as ICAL.Time;
    expect(v.getFirstProperty(name)!.getParameter('tzid')).toBe('Europe/Helsinki');
    return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - zone.utcOffset(t) * 1000);
  };
  const entries: Entry[] = calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    status: String(v.getFirstPropertyValue('status')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    start: instant(v, 'dtstart'),
    end: instant(v, 'dtend'),
    lastModified: (v.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate(),
    location: (v.getFirstPropertyValue('location') as string | null) ?? null,
    description: String(v.getFirstPropertyValue('description')),
    url: String(v.getFirstPropertyValue('url')),
  }));
  const node = ical.sync.parseICS(text);
  const nodeEvents = Object.values(node).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
  expect(nodeEvents.map((e) => e.uid).sort()).toEqual(entries.map((e) => e.uid).sort());
  for (const e of entries) {
    const n = nodeEvents.find((x) => x.uid === e.uid)!;
    expect(n.start.getTime(), `node-ical start of ${e.uid}`).toBe(e.start.getTime());
    expect(n.end?.getTime(), `node-ical end of ${e.uid}`).toBe(e.end.getTime());
    expect(String(n.summary)).toBe(e.summary);
    expect(n.status).toBe(e.status);
    expect(Number(n.sequence)).toBe(e.sequence);
  }
  const byUid = (key: string) => entries.find((e) => e.uid === `event-${ids[key]}@kokoon`);
  return {
    calendar,
    entries,
    byUid,
    has: (key: string) => byUid(key) !== undefined,
    prop: (name: string) => calendar.getFirstPropertyValue(name),
  };
}

async function feed(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const text = await res.text();
  return { res, text, ...parseBoth(text) };
}

describe('public calendar feeds', () => {
  it('all.ics: every published and cancelled event of the window, no drafts, as a named PUBLISH calendar', async () => {
    const f = await feed('/calendar/all.ics');
    expect(f.res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(f.prop('method')).toBe('PUBLISH');
    expect(f.prop('x-wr-calname')).toBe('Kokoon – VIP-verkoston tapahtumat');
    expect(f.prop('x-wr-timezone')).toBe('Europe/Helsinki');
    expect(f.text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT3H\r\n');
    expect(f.text).toContain('\r\nX-PUBLISHED-TTL:PT3H\r\n');
    for (const key of ['hyks-talvi', 'uusimaa-kesa', 'valtakunnallinen', 'tays', 'pohjanmaa', 'peruttu', 'mennyt-30']) {
      expect(f.has(key), key).toBe(true);
    }
    expect(f.has('luonnos')).toBe(false);
    expect(f.text).not.toContain('Salainen luonnos');
    expect(f.has('mennyt-100')).toBe(false); // ended more than FEED_WINDOW_DAYS ago
    expect(FEED_WINDOW_DAYS).toBe(90);
    expect(f.entries.map((e) => e.start.getTime())).toEqual(
      [...f.entries.map((e) => e.start.getTime())].sort((a, b) => a - b),
    );
  });

  it('keeps the start instants of events on both sides of the DST change', async () => {
    const f = await feed('/calendar/region/hyks.ics');
    expect(f.byUid('hyks-talvi')!.start.toISOString()).toBe('2027-03-26T07:00:00.000Z');
    expect(f.byUid('hyks-talvi')!.end.toISOString()).toBe('2027-03-26T13:00:00.000Z');
    expect(f.byUid('uusimaa-kesa')!.start.toISOString()).toBe('2027-03-30T06:00:00.000Z');
    expect(f.byUid('uusimaa-kesa')!.start.getTime()).toBe(SUMMER_START.getTime());
    expect(f.text).toContain('DTSTART;TZID=Europe/Helsinki:20270326T090000\r\n');
    expect(f.text).toContain('DTSTART;TZID=Europe/Helsinki:20270330T090000\r\n');
  });

  it('describes an event with its page, place, format, online following and contact', async () => {
    const e = (await feed('/calendar/region/hyks.ics')).byUid('hyks-talvi')!;
    expect(e.status).toBe('CONFIRMED');
    expect(e.summary).toBe('HYKS-verkostopäivä');
    expect(e.url).toBe(`https://kokoon.example/fi/events/${slugs['hyks-talvi']}`);
    expect(e.location).toBe('Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki');
    expect(e.description).toContain('Toteutus: Paikan päällä ja verkossa');
    expect(e.description).toContain('Tapahtumaa voi seurata verkossa.');
    expect(e.description).toContain(
      `Ilmoittautuminen ja lisätiedot: https://kokoon.example/fi/events/${slugs['hyks-talvi']}#registration`,
    );
    expect(e.description).toContain(`Yhteyshenkilö: Liisa Korhonen, ${CONTACT}`);
    const online = (await feed('/calendar/all.ics')).byUid('valtakunnallinen')!;
    expect(online.location).toBe('Verkossa');
  });

  it('keeps the UID across an edit, with a higher SEQUENCE, a newer LAST-MODIFIED and a new ETag', async () => {
    const e = await createEvent({
      slug: 'kal-muuttuva',
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'Alkuperäinen otsikko',
      startsAt: helsinkiTime(2027, 6, 1, 9),
      updatedAt: daysAgo(14),
    });
    const before = await feed('/calendar/region/hyks.ics');
    const old = before.entries.find((x) => x.uid === `event-${e.id}@kokoon`)!;
    expect(old).toMatchObject({ summary: 'Alkuperäinen otsikko', sequence: 0 });

    const editedAt = new Date();
    await db()
      .update(events)
      .set({ titleFi: 'Muutettu otsikko', sequence: 1, updatedAt: editedAt })
      .where(eq(events.id, e.id));
    const after = await feed('/calendar/region/hyks.ics');
    const updated = after.entries.find((x) => x.uid === `event-${e.id}@kokoon`)!;
    expect(updated.summary).toBe('Muutettu otsikko');
    expect(updated.sequence).toBe(1);
    expect(updated.lastModified.getTime()).toBe(Math.floor(editedAt.getTime() / 1000) * 1000);
    expect(updated.lastModified.getTime()).toBeGreaterThan(old.lastModified.getTime());
    expect(after.entries.filter((x) => x.summary.includes('otsikko'))).toHaveLength(1);
    expect(after.res.headers.get('etag')).not.toBe(before.res.headers.get('etag'));
    expect(Date.parse(after.res.headers.get('last-modified')!)).toBe(Math.floor(editedAt.getTime() / 1000) * 1000);
    // A client holding the old copy gets the new one.
    expect((await get('/calendar/region/hyks.ics', { 'if-none-match': before.res.headers.get('etag')! })).status).toBe(
      200,
    );
    await db()
      .update(events)
      .set({ status: 'draft', updatedAt: daysAgo(50) })
      .where(eq(events.id, e.id));
  });

  it('keeps a cancelled event with STATUS:CANCELLED and a translated marker', async () => {
    const fi = (await feed('/calendar/region/hyks.ics')).byUid('peruttu')!;
    expect(fi.status).toBe('CANCELLED');
    expect(fi.summary).toBe('PERUTTU: Peruttu koulutus');
    const sv = (await feed('/calendar/region/hyks.ics?lang=sv')).byUid('peruttu')!;
    expect(sv.summary).toBe('INSTÄLLT: Inställd utbildning');
    expect(sv.status).toBe('CANCELLED');
  });

  it('region feed: the region and its provinces with national events, other regions out; ?national=0 drops national', async () => {
    const f = await feed('/calendar/region/hyks.ics');
    expect(f.prop('x-wr-calname')).toBe('Kokoon – HYKS-alueen tapahtumat');
    expect(String(f.prop('x-wr-caldesc'))).toContain('HYKS-alue (Helsinki) sekä valtakunnalliset tapahtumat');
    expect(['hyks-talvi', 'uusimaa-kesa', 'valtakunnallinen', 'peruttu', 'mennyt-30'].every(f.has)).toBe(true);
    expect(['tays', 'pohjanmaa', 'luonnos', 'mennyt-100'].some(f.has)).toBe(false);

    const local = await feed('/calendar/region/hyks.ics?national=0');
    expect(['hyks-talvi', 'uusimaa-kesa', 'peruttu'].every(local.has)).toBe(true);
    expect(local.has('valtakunnallinen')).toBe(false);
    expect((await feed('/calendar/region/HYKS.ics')).entries.length).toBe(f.entries.length);

    const tays = await feed('/calendar/region/tays.ics?national=0');
    expect(tays.entries.map((e) => e.uid).sort()).toEqual(
      [`event-${ids.tays}@kokoon`, `event-${ids.pohjanmaa}@kokoon`].sort(),
    );
    expect((await get('/calendar/region/hyks.ics?national=2')).status).toBe(400);
  });

  it('province and theme feeds hold exactly their events', async () => {
    const uusimaa = await feed('/calendar/province/01.ics');
    expect(uusimaa.entries.map((e) => e.uid)).toEqual([`event-${ids['uusimaa-kesa']}@kokoon`]);
    expect(uusimaa.prop('x-wr-calname')).toBe('Kokoon – Uusimaa: maakunnan tapahtumat');
    const pohjanmaa = await feed('/calendar/province/14.ics');
    expect(pohjanmaa.entries.map((e) => e.uid)).toEqual([`event-${ids.pohjanmaa}@kokoon`]);

    const theme = await feed('/calendar/theme/sijoitetut-lapset.ics');
    expect(theme.entries.map((e) => e.uid).sort()).toEqual(
      [`event-${ids['hyks-talvi']}@kokoon`, `event-${ids.tays}@kokoon`].sort(),
    );
    expect(theme.prop('x-wr-calname')).toBe('Kokoon – teema: Sijoitetut lapset ja nuoret');
    const themeSv = await feed('/calendar/theme/sijoitetut-lapset.ics?lang=sv');
    expect(themeSv.prop('x-wr-calname')).toBe('Kokoon – tema: Placerade barn och unga');

    // A real province without events: an empty but valid calendar, Last-Modified at the epoch.
    const lappi = await feed('/calendar/province/19.ics');
    expect(lappi.entries).toEqual([]);
    expect(lappi.res.headers.get('last-modified')).toBe(new Date(0).toUTCString());
  });

  it('names calendars and writes events in Swedish with ?lang=sv, falling back to Finnish text', async () => {
    const f = await feed('/calendar/region/hyks.ics?lang=sv');
    expect(f.prop('x-wr-calname')).toBe('Kokoon – evenemang i HUCS-området');
    expect(f.prop('name')).toBe('Kokoon – evenemang i HUCS-området');
    expect(String(f.prop('x-wr-caldesc'))).toContain('HUCS-området (Helsingfors)');
    const e = f.byUid('hyks-talvi')!;
    expect(e.summary).toBe('HUCS nätverksdag');
    expect(e.url).toBe(`https://kokoon.example/sv/events/${slugs['hyks-talvi']}`);
    expect(e.description).toContain('Genomförande: På plats och på nätet');
    expect(f.byUid('uusimaa-kesa')!.summary).toBe('Uudenmaan verkostopäivä'); // no Swedish title
    expect((await feed('/calendar/all.ics?lang=sv')).byUid('valtakunnallinen')!.location).toBe('På nätet');
    expect((await feed('/calendar/all.ics?lang=sv')).prop('x-wr-calname')).toBe('Kokoon – VIP-nätverkets evenemang');
  });

  it('answers an unknown language with 400 and unknown feeds with a translated 404, as text/plain', async () => {
    const bad = await get('/calendar/all.ics?lang=en');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const badText = await bad.text();
    expect(badText).toContain('Tuntematon kieli "en"');
    expect(badText).toContain('Okänt språk "en"');
    expect((await get('/calendar/region/hyks.ics?lang=EN')).status).toBe(400);

    for (const path of [
      '/calendar/region/lappi.ics',
      '/calendar/region/hyks',
      '/calendar/region/hyks.ical',
      '/calendar/province/99.ics',
      '/calendar/theme/ei-ole.ics',
      '/calendar/events/ei-ole.ics',
      `/calendar/events/${slugs.luonnos}.ics`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await res.text()).toContain('Kalenteria ei löytynyt');
    }
    expect(await (await get('/calendar/region/lappi.ics?lang=sv')).text()).toContain('Kalendern hittades inte');
  });

  it('answers 304 to a matching If-None-Match, and to If-Modified-Since only when there is no If-None-Match', async () => {
    const first = await get('/calendar/region/hyks.ics');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(lastModified).toMatch(/GMT$/);
    const same = await get('/calendar/region/hyks.ics');
    expect(same.headers.get('etag')).toBe(etag); // the body does not depend on the request time

    const notModified = await get('/calendar/region/hyks.ics', { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect((await get('/calendar/region/hyks.ics', { 'if-none-match': `"x", W/${etag}` })).status).toBe(304);
    expect((await get('/calendar/region/hyks.ics', { 'if-none-match': '"something-else"' })).status).toBe(200);
    expect((await get('/calendar/region/hyks.ics?lang=sv', { 'if-none-match': etag })).status).toBe(200);

    expect((await get('/calendar/region/hyks.ics', { 'if-modified-since': lastModified })).status).toBe(304);
    expect(
      (
        await get('/calendar/region/hyks.ics', {
          'if-modified-since': new Date(Date.parse(lastModified) + 60_000).toUTCString(),
        })
      ).status,
    ).toBe(304);
    expect(
      (
        await get('/calendar/region/hyks.ics', {
          'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString(),
        })
      ).status,
    ).toBe(200);
    expect(
      (await get('/calendar/region/hyks.ics', { 'if-none-match': '"stale"', 'if-modified-since': lastModified }))
        .status,
    ).toBe(200);
  });

  it('sets Last-Modified to the newest change of what the feed covers, including an event leaving the window', async () => {
    const seconds = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000).toUTCString();
    const uusimaa = (
      await db().select({ u: events.updatedAt }).from(events).where(eq(events.id, ids['uusimaa-kesa']))
    )[0].u;
    expect((await get('/calendar/province/01.ics')).headers.get('last-modified')).toBe(seconds(uusimaa));
    // TAYS: its two events, the newer updated 16 days ago.
    const pohjanmaa = (await db().select({ u: events.updatedAt }).from(events).where(eq(events.id, ids.pohjanmaa)))[0]
      .u;
    expect((await get('/calendar/region/tays.ics?national=0')).headers.get('last-modified')).toBe(seconds(pohjanmaa));
    // "Kauan sitten" ended 100 days ago and left the 90-day window 10 days ago: a later change than any
    // updated_at among the national-free HYKS events still in it, so If-Modified-Since clients refetch.
    const [old] = await db().select({ endsAt: events.endsAt }).from(events).where(eq(events.id, ids['mennyt-100']));
    const leftAt = new Date(old.endsAt.getTime() + FEED_WINDOW_DAYS * DAY);
    const res = await get('/calendar/province/01.ics');
    expect(Date.parse(res.headers.get('last-modified')!)).toBeLessThan(leftAt.getTime());
    const local = await get('/calendar/region/hyks.ics?national=0');
    expect(Date.parse(local.headers.get('last-modified')!)).toBeGreaterThanOrEqual(
      Math.floor(leftAt.getTime() / 1000) * 1000,
    );
  });

  it('serves one event as an attachment without calendar name, cancelled ones too', async () => {
    const res = await get(`/calendar/events/${slugs['hyks-talvi']}.ics?lang=sv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${slugs['hyks-talvi']}.ics"; filename*=UTF-8''${slugs['hyks-talvi']}.ics`,
    );
    const text = await res.text();
    const f = parseBoth(text);
    expect(f.entries).toHaveLength(1);
    expect(f.entries[0]).toMatchObject({ uid: `event-${ids['hyks-talvi']}@kokoon`, summary: 'HUCS nätverksdag' });
    expect(f.prop('method')).toBe('PUBLISH');
    expect(text).not.toContain('X-WR-CALNAME');
    const cancelled = parseBoth(await (await get(`/calendar/events/${slugs.peruttu}.ics`)).text());
    expect(cancelled.entries[0]).toMatchObject({ status: 'CANCELLED', summary: 'PERUTTU: Peruttu koulutus' });
  });

  it('never puts a stream URL or anything from registrations into a public feed', async () => {
    const regs = await db()
      .select({ email: registrations.email, lastName: registrations.lastName })
      .from(registrations);
    expect(regs.length).toBeGreaterThanOrEqual(7);
    const paths = [
      '/calendar/all.ics',
      '/calendar/all.ics?lang=sv',
      '/calendar/region/hyks.ics',
      '/calendar/region/hyks.ics?lang=sv',
      '/calendar/province/01.ics',
      '/calendar/theme/sijoitetut-lapset.ics',
      `/calendar/events/${slugs['hyks-talvi']}.ics`,
      `/calendar/events/${slugs.valtakunnallinen}.ics`,
      `/calendar/events/${slugs.peruttu}.ics`,
    ];
    for (const path of paths) {
      const text = (await (await get(path)).text()).replace(/\r\n[ \t]/g, '');
      expect(text, path).toContain('BEGIN:VEVENT');
      expect(text).not.toContain(STREAM);
      expect(text).not.toContain('video.example.fi');
      expect(text).not.toContain('Tunnusluku');
      for (const r of regs) {
        expect(text.toLowerCase()).not.toContain(r.email.toLowerCase());
        expect(text).not.toContain(r.lastName);
      }
      // The only e-mail address in a public feed is the organiser's published contact.
      const addresses = new Set(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []);
      expect(
        [...addresses].every((a) => a === CONTACT),
        `${path}: ${[...addresses].join(', ')}`,
      ).toBe(true);
    }
  });
});

describe('buildPersonalFeed', () => {
  it('lists the given public events, marks waitlisted ones tentative and appends the extra text', async () => {
    const text = await buildPersonalFeed(
      [
        { eventId: ids['hyks-talvi'], status: 'confirmed' },
        { eventId: ids['uusimaa-kesa'], status: 'waitlisted' },
        { eventId: ids.peruttu, status: 'waitlisted' },
        { eventId: ids.luonnos, status: 'confirmed' },
        { eventId: ids['mennyt-100'], status: 'confirmed' },
      ],
      'fi',
      (id) =>
        id === ids['hyks-talvi'] ? 'Oma striimilinkki: https://kokoon.example/stream/henkilokohtainen' : undefined,
    );
    const f = parseBoth(text);
    expect(f.prop('x-wr-calname')).toBe('Kokoon – omat ilmoittautumiseni');
    expect(f.prop('method')).toBe('PUBLISH');
    expect(f.entries).toHaveLength(3);
    expect(f.byUid('hyks-talvi')).toMatchObject({ summary: 'HYKS-verkostopäivä', status: 'CONFIRMED' });
    expect(f.byUid('hyks-talvi')!.description).toContain(
      '\n\nOma striimilinkki: https://kokoon.example/stream/henkilokohtainen',
    );
    expect(f.byUid('uusimaa-kesa')).toMatchObject({ summary: 'JONOSSA: Uudenmaan verkostopäivä', status: 'TENTATIVE' });
    expect(f.byUid('uusimaa-kesa')!.description).not.toContain('striimilinkki');
    expect(f.byUid('peruttu')).toMatchObject({ summary: 'PERUTTU: Peruttu koulutus', status: 'CANCELLED' });
    expect(f.has('luonnos')).toBe(false);
    expect(f.has('mennyt-100')).toBe(false);

    const sv = parseBoth(await buildPersonalFeed([{ eventId: ids['hyks-talvi'], status: 'waitlisted' }], 'sv'));
    expect(sv.prop('x-wr-calname')).toBe('Kokoon – mina anmälningar');
    expect(sv.byUid('hyks-talvi')).toMatchObject({ summary: 'I KÖ: HUCS nätverksdag', status: 'TENTATIVE' });

    const empty = await buildPersonalFeed([], 'fi');
    expect(parseBoth(empty).entries).toEqual([]);
  });
});

describe('calendar components', () => {
  it('<AddToCalendar> links the .ics download and a filled Google Calendar form; nothing for a draft', async () => {
    const html = renderToStaticMarkup((await AddToCalendar({ slug: slugs['hyks-talvi'], locale: 'fi' }))!);
    expect(html).toContain('>Lisää kalenteriin</h2>');
    expect(html).toContain(`href="/calendar/events/${slugs['hyks-talvi']}.ics?lang=fi"`);
    const google = new URL(/href="(https:\/\/calendar\.google\.com[^"]+)"/.exec(html)![1].replace(/&amp;/g, '&'));
    expect(google.searchParams.get('action')).toBe('TEMPLATE');
    expect(google.searchParams.get('text')).toBe('HYKS-verkostopäivä');
    expect(google.searchParams.get('dates')).toBe('20270326T070000Z/20270326T130000Z');
    expect(google.searchParams.get('location')).toBe('Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki');
    expect(google.searchParams.get('details')).toContain(
      `https://kokoon.example/fi/events/${slugs['hyks-talvi']}#registration`,
    );
    expect(html).not.toContain(STREAM);
    expect(await AddToCalendar({ slug: slugs.luonnos, locale: 'fi' })).toBeNull();
  });

  it('<SubscribeLinks> renders a labelled block with the three links, what the feed holds, and a copyable address that works without JavaScript', async () => {
    const html = renderToStaticMarkup(
      await SubscribeLinks({ feedPath: '/calendar/region/hyks.ics', locale: 'sv', headingLevel: 3 }),
    );
    expect(html).toMatch(/<section aria-labelledby="subscribe-calendar-region-hyks-ics"/);
    expect(html).toContain(
      '<h3 id="subscribe-calendar-region-hyks-ics" class="text-lg font-bold text-brand-dark">Prenumerera i kalendern</h3>',
    );
    expect(html).toContain('href="webcal://kokoon.example/calendar/region/hyks.ics?lang=sv"');
    expect(html).toContain(
      `href="https://calendar.google.com/calendar/r?cid=${encodeURIComponent('webcal://kokoon.example/calendar/region/hyks.ics?lang=sv')}"`,
    );
    const label = /<label for="([^"]+)"[^>]*>Kalenderns adress för andra kalenderprogram<\/label>/.exec(html);
    expect(label).not.toBeNull();
    const input = new RegExp(`<input id="${label![1]}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(input).toMatch(/ readonly=""/i);
    expect(input).toContain('value="https://kokoon.example/calendar/region/hyks.ics?lang=sv"');
    // What it holds: the feed's own calendar description, in the page's language.
    expect(html).toContain('HUCS-området');
    expect(html).not.toContain('HYKS-alueen');
    expect(html).not.toContain('<button'); // the copy button appears only where the browser can copy
  });

  it('<SubscribeLinks> names the Outlook.com calendar after the feed', async () => {
    const html = renderToStaticMarkup(await SubscribeLinks({ feedPath: '/calendar/region/hyks.ics', locale: 'fi' }));
    expect(html).toContain('>Tilaa kalenteriin</h2>');
    expect(html).toContain('href="webcal://kokoon.example/calendar/region/hyks.ics"');
    expect(html).toContain(`&amp;name=${encodeURIComponent('Kokoon – HYKS-alueen tapahtumat')}"`);
  });
});
