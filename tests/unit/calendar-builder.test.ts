import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import ical from 'node-ical';
import {
  buildFeedCalendar,
  eventDescription,
  eventLocation,
  type FeedEntry,
  type FeedEvent,
} from '@/lib/calendar/builder';
import { eventUid } from '@/lib/calendar/ical';
import { composeRegistrationMail } from '@/lib/mail/compose';
import type { Locale } from '@/lib/i18n/routing';

// DST starts in Helsinki on 28.3.2027 at 03.00: 09.00 on the 26th is UTC+2, on the 30th UTC+3.
const WINTER = { startsAt: new Date('2027-03-26T07:00:00Z'), endsAt: new Date('2027-03-26T13:30:00Z') };
const SUMMER = { startsAt: new Date('2027-03-30T06:00:00Z'), endsAt: new Date('2027-03-30T12:30:00Z') };
const BASE = 'https://kokoon.example';
const HEADER = {
  name: 'Kokoon – HYKS-alueen tapahtumat',
  description: 'VIP-verkoston tapahtumat: HYKS-alue (Helsinki).',
};

function event(over: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: 42,
    slug: 'verkostopaiva-helsinki',
    status: 'published',
    titleFi: 'Verkostopäivä, Helsinki; kevät',
    titleSv: 'Nätverksdag, Helsingfors',
    summaryFi: 'Alueellinen verkostopäivä koulua käymättömistä.',
    summarySv: 'Regional nätverksdag.',
    format: 'hybrid',
    venueName: 'Paasitorni',
    venueAddress: 'Paasivuorenkatu 5 A, 00530 Helsinki',
    city: 'Helsinki',
    ...WINTER,
    contactName: 'Liisa Korhonen',
    contactEmail: 'liisa.korhonen@example.fi',
    contactPhone: '040 123 4567',
    isFree: true,
    priceNote: null,
    sequence: 3,
    createdAt: new Date('2026-09-01T08:00:00Z'),
    updatedAt: new Date('2026-10-02T10:20:30Z'),
    ...over,
  };
}

type IcalEvent = {
  uid: string;
  summary: string;
  status: string;
  sequence: number;
  start: Date;
  end: Date;
  stamp: Date;
  lastModified: Date;
  location: string | null;
  description: string;
  url: string;
};

/** Reads a feed with ical.js (times resolved through the VTIMEZONE the file ships) and node-ical, and checks they agree. */
function parseBoth(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtz = calendar
    .getAllSubcomponents('vtimezone')
    .find((c) => c.getFirstPropertyValue('tzid') === 'Europe/Helsinki');
  expect(vtz, 'VTIMEZONE Europe/Helsinki').toBeDefined();
  const zone = new ICAL.Timezone(vtz!);
  const instant = (v: ICAL.Component, name: string) => {
    const prop = v.getFirstProperty(name)!;
    expect(prop.getParameter('tzid')).toBe('Europe/Helsinki');
    const t = prop.getFirstValue() as ICAL.Time;
    return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - zone.utcOffset(t) * 1000);
  };
  const utc = (v: ICAL.Component, name: string) => (v.getFirstPropertyValue(name) as ICAL.Time).toJSDate();
  const events: IcalEvent[] = calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    status: String(v.getFirstPropertyValue('status')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    start: instant(v, 'dtstart'),
    end: instant(v, 'dtend'),
    stamp: utc(v, 'dtstamp'),
    lastModified: utc(v, 'last-modified'),
    location: (v.getFirstPropertyValue('location') as string | null) ?? null,
    description: String(v.getFirstPropertyValue('description')),
    url: String(v.getFirstPropertyValue('url')),
  }));
  const node = ical.sync.parseICS(text);
  const nodeEvents = Object.values(node).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
  expect(nodeEvents.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  for (const e of events) {
    const n = nodeEvents.find((x) => x.uid === e.uid)!;
    expect(n.start.getTime()).toBe(e.start.getTime());
    expect(n.end?.getTime()).toBe(e.end.getTime());
    expect(String(n.summary)).toBe(e.summary);
    expect(n.status).toBe(e.status);
  }
  return { calendar, events, node };
}

/** What RFC 5545 asks of the text itself, beyond what lenient parsers forgive. */
function expectRfc5545Shape(text: string) {
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  // Calendar properties come before the first component.
  const firstComponent = unfolded.findIndex((l, i) => i > 0 && l.startsWith('BEGIN:'));
  if (firstComponent > 0) {
    let depth = 0;
    unfolded.slice(firstComponent).forEach((l) => {
      if (l.startsWith('BEGIN:')) depth++;
      else if (l.startsWith('END:')) depth--;
      else if (depth === 0) expect.fail(`calendar property after a component: ${l}`);
    });
  }
  expect(unfolded.some((l, i) => i > 0 && l.startsWith('BEGIN:'))).toBe(true); // at least one component
  for (const l of unfolded.filter((x) => x.startsWith('DTSTAMP'))) expect(l).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  return unfolded;
}

const build = (entries: FeedEntry[], lang: Locale = 'fi', header: typeof HEADER | null = HEADER) =>
  buildFeedCalendar(entries, { lang, baseUrl: BASE, header });

describe('calendar feed builder', () => {
  it('publishes a named calendar with refresh hints and a Helsinki VTIMEZONE, in RFC 5545 shape', () => {
    const text = build([{ event: event() }]);
    const lines = expectRfc5545Shape(text);
    const { calendar } = parseBoth(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kokoon – HYKS-alueen tapahtumat');
    expect(calendar.getFirstPropertyValue('name')).toBe('Kokoon – HYKS-alueen tapahtumat');
    expect(String(calendar.getFirstPropertyValue('x-wr-caldesc'))).toContain('HYKS-alue (Helsinki)');
    expect(String(calendar.getFirstPropertyValue('description'))).toContain('HYKS-alue (Helsinki)');
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT3H');
    expect(lines).toContain('X-PUBLISHED-TTL:PT3H');
    expect(lines).toContain('X-WR-TIMEZONE:Europe/Helsinki');
  });

  it('keeps wall-clock times and instants right on both sides of the DST change', () => {
    const text = build([{ event: event({ id: 1, ...WINTER }) }, { event: event({ id: 2, ...SUMMER }) }]);
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20270326T090000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20270330T090000\r\n');
    const { events } = parseBoth(text);
    expect(events.map((e) => [e.uid, e.start.toISOString(), e.end.toISOString()])).toEqual([
      ['event-1@kokoon', '2027-03-26T07:00:00.000Z', '2027-03-26T13:30:00.000Z'],
      ['event-2@kokoon', '2027-03-30T06:00:00.000Z', '2027-03-30T12:30:00.000Z'],
    ]);
  });

  it('writes the same text whatever the time zone of the process', () => {
    const saved = process.env.TZ;
    const outputs = new Set<string>();
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Helsinki']) {
        process.env.TZ = tz;
        outputs.add(build([{ event: event(SUMMER) }, { event: event({ id: 7, ...WINTER }) }]));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(outputs.size).toBe(1); // also: no clock reading in the body, so the ETag only moves with the data
  });

  it('gives each event the invitation UID, its SEQUENCE, and updated_at as LAST-MODIFIED and DTSTAMP', () => {
    const { events } = parseBoth(build([{ event: event() }]));
    expect(events[0]).toMatchObject({ uid: 'event-42@kokoon', sequence: 3, status: 'CONFIRMED' });
    expect(events[0].lastModified.toISOString()).toBe('2026-10-02T10:20:30.000Z');
    expect(events[0].stamp.toISOString()).toBe('2026-10-02T10:20:30.000Z');

    // The UID is the one the e-mailed invitations carry, so the two never become two entries.
    const mail = composeRegistrationMail(
      'confirmation',
      { id: 1, firstName: 'Aino', lastName: 'Mäkinen', email: 'aino@example.fi', language: 'fi', attendance: 'onsite' },
      { ...event(), status: 'published', venueNameSv: null, venueAddressSv: null, contactNameSv: null },
      { manageToken: 'x' },
    );
    expect(mail.payload.invitation?.uid).toBe(eventUid(42));
  });

  it('marks a cancelled event with STATUS:CANCELLED and a translated prefix', () => {
    const cancelled = event({ status: 'cancelled' });
    const fi = parseBoth(build([{ event: cancelled }])).events[0];
    expect(fi.status).toBe('CANCELLED');
    expect(fi.summary).toBe('PERUTTU: Verkostopäivä, Helsinki; kevät');
    expect(fi.description.startsWith('Tämä tapahtuma on peruttu.')).toBe(true);
    const sv = parseBoth(build([{ event: cancelled }], 'sv')).events[0];
    expect(sv.summary).toBe('INSTÄLLT: Nätverksdag, Helsingfors');
  });

  it("marks a waitlisted entry as tentative and appends the caller's extra text", () => {
    const { events } = parseBoth(
      build([
        { event: event({ id: 1 }), waitlisted: true },
        { event: event({ id: 2 }), extra: 'Oma striimilinkki: https://kokoon.example/stream/abc' },
      ]),
    );
    expect(events[0]).toMatchObject({ summary: 'JONOSSA: Verkostopäivä, Helsinki; kevät', status: 'TENTATIVE' });
    expect(events[1]).toMatchObject({ summary: 'Verkostopäivä, Helsinki; kevät', status: 'CONFIRMED' });
    expect(events[1].description.endsWith('\n\nOma striimilinkki: https://kokoon.example/stream/abc')).toBe(true);
    expect(events[0].description).not.toContain('striimilinkki');
    const sv = parseBoth(build([{ event: event(), waitlisted: true }], 'sv')).events[0];
    expect(sv.summary).toBe('I KÖ: Nätverksdag, Helsingfors');
  });

  it('describes place, format, online following, price, registration link and contact in the chosen language', () => {
    const { events } = parseBoth(build([{ event: event() }]));
    expect(events[0].location).toBe('Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki');
    expect(events[0].url).toBe('https://kokoon.example/fi/events/verkostopaiva-helsinki');
    expect(events[0].description).toBe(
      [
        'Alueellinen verkostopäivä koulua käymättömistä.',
        '',
        'Toteutus: Paikan päällä ja verkossa',
        'Tapahtumaa voi seurata verkossa. Osallistumislinkki lähetetään ilmoittautuneille.',
        'Paikka: Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki',
        'Hinta: Maksuton',
        'Ilmoittautuminen ja lisätiedot: https://kokoon.example/fi/events/verkostopaiva-helsinki#registration',
        'Yhteyshenkilö: Liisa Korhonen, liisa.korhonen@example.fi, 040 123 4567',
      ].join('\n'),
    );

    const sv = eventDescription(event({ format: 'onsite', isFree: false, priceNote: '50 €' }), 'sv', BASE);
    expect(sv).toContain('Regional nätverksdag.');
    expect(sv).toContain('Genomförande: På plats');
    expect(sv).toContain('Evenemanget kan inte följas på nätet.');
    expect(sv).toContain('Pris: 50 €');
    expect(sv).toContain(
      'Anmälan och mer information: https://kokoon.example/sv/events/verkostopaiva-helsinki#registration',
    );
  });

  it('falls back to Finnish text for an event without Swedish', () => {
    const { events } = parseBoth(build([{ event: event({ titleSv: null, summarySv: '  ' }) }], 'sv'));
    expect(events[0].summary).toBe('Verkostopäivä, Helsinki; kevät');
    expect(events[0].description.startsWith('Alueellinen verkostopäivä')).toBe(true);
    expect(events[0].url).toBe('https://kokoon.example/sv/events/verkostopaiva-helsinki');
  });

  it('says "Verkossa" / "På nätet" for an online-only event and adds the city when the address lacks it', () => {
    expect(eventLocation(event({ format: 'online' }), 'fi')).toBe('Verkossa');
    expect(eventLocation(event({ format: 'online' }), 'sv')).toBe('På nätet');
    expect(
      eventLocation(
        event({ format: 'onsite', venueName: 'Kaupungintalo', venueAddress: 'Torikatu 10', city: 'Oulu' }),
        'fi',
      ),
    ).toBe('Kaupungintalo, Torikatu 10, Oulu');
    expect(eventLocation(event({ venueName: null, venueAddress: null, city: 'Kuopio' }), 'fi')).toBe('Kuopio');
    expect(eventLocation(event({ venueName: null, venueAddress: null, city: null }), 'fi')).toBeNull();
    const online = parseBoth(build([{ event: event({ format: 'online' }) }])).events[0];
    expect(online.location).toBe('Verkossa');
    expect(online.description).not.toContain('Paikka:');
  });

  it('still ships the VTIMEZONE (a component) in an empty feed', () => {
    const text = build([]);
    expectRfc5545Shape(text);
    const { events, calendar } = parseBoth(text);
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(HEADER.name);
  });

  it('writes a plain one-event file without calendar name or refresh hints for downloads', () => {
    const text = build([{ event: event() }], 'fi', null);
    expectRfc5545Shape(text);
    expect(text).not.toMatch(/X-WR-CALNAME|\r\nNAME:|REFRESH-INTERVAL|X-PUBLISHED-TTL/);
    expect(parseBoth(text).events).toHaveLength(1);
  });
});
