import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import ical from 'node-ical';
import { buildInvitation, invitationContentType, type InvitationInput } from '@/lib/calendar/invitation';

// DST starts in Helsinki on 29.3.2026 at 03.00: 09.00 on the 28th is UTC+2, on the 30th UTC+3.
const WINTER = { start: new Date('2026-03-28T07:00:00Z'), end: new Date('2026-03-28T13:30:00Z') };
const SUMMER = { start: new Date('2026-03-30T06:00:00Z'), end: new Date('2026-03-30T12:30:00Z') };

function input(over: Partial<InvitationInput> = {}): InvitationInput {
  return {
    uid: 'event-42@kokoon',
    sequence: 3,
    method: 'REQUEST',
    ...WINTER,
    summary: 'Koulua koulua käymättömille – kokoontumisajo',
    description: 'VIP-verkoston valtakunnallinen kokoontumisajo.\nOhjelma: https://kokoon.example/fi/events/koulua',
    location: 'Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki',
    url: 'https://kokoon.example/fi/events/koulua-koulua-kaymattomille',
    organizer: { name: 'Liisa Korhonen', email: 'liisa.korhonen@example.fi' },
    attendee: { name: 'Aino Mäkinen', email: 'aino.makinen@example.fi' },
    ...over,
  };
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, vevent: events[0] };
}

/** The UTC instant of a DTSTART/DTEND, resolved through the VTIMEZONE shipped in the same file. */
function instantVia(calendar: ICAL.Component, vevent: ICAL.Component, name: 'dtstart' | 'dtend'): Date {
  const vtimezone = calendar
    .getAllSubcomponents('vtimezone')
    .find((c) => c.getFirstPropertyValue('tzid') === 'Europe/Helsinki');
  expect(vtimezone).toBeDefined();
  const zone = new ICAL.Timezone(vtimezone!);
  const local = vevent.getFirstPropertyValue(name) as ICAL.Time;
  const offsetSeconds = zone.utcOffset(local);
  const wallAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return new Date(wallAsUtc - offsetSeconds * 1000);
}

function nodeIcalEvent(text: string) {
  const parsed = ical.sync.parseICS(text);
  const event = parsed['event-42@kokoon'];
  expect(event?.type).toBe('VEVENT');
  return { parsed, event: event as ical.VEvent };
}

describe('calendar invitation', () => {
  it('is a METHOD:REQUEST invitation with UID, SEQUENCE, DTSTAMP in UTC, URL, LOCATION and status', () => {
    const text = buildInvitation(input());
    const { calendar, vevent } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(vevent.getFirstPropertyValue('uid')).toBe('event-42@kokoon');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Koulua koulua käymättömille – kokoontumisajo');
    expect(vevent.getFirstPropertyValue('location')).toBe('Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://kokoon.example/fi/events/koulua-koulua-kaymattomille');
    expect(vevent.getFirstPropertyValue('description')).toBe(input().description);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // RFC 5545: DTSTAMP is always UTC; ical-generator writes it as local time when the calendar has a zone.
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    const stamp = (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    expect(Math.abs(stamp - Date.now())).toBeLessThan(60_000);
  });

  it('names the organiser and the participant as an accepted attendee who is not asked to reply', () => {
    const { vevent } = parse(buildInvitation(input()));
    const organizer = vevent.getFirstProperty('organizer')!;
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe('mailto:liisa.korhonen@example.fi');
    expect(organizer.getParameter('cn')).toBe('Liisa Korhonen');

    const attendees = vevent.getAllProperties('attendee');
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0].getFirstValue()).toLowerCase()).toBe('mailto:aino.makinen@example.fi');
    expect(attendees[0].getParameter('cn')).toBe('Aino Mäkinen');
    expect(attendees[0].getParameter('partstat')).toBe('ACCEPTED');
    expect(attendees[0].getParameter('rsvp')).toBe('FALSE');
  });

  it('ships a VTIMEZONE for Europe/Helsinki and writes local wall time with TZID in winter (+02:00)', () => {
    const text = buildInvitation(input());
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260328T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Helsinki:20260328T153000\r\n');

    const { calendar, vevent } = parse(text);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Helsinki');
    expect(instantVia(calendar, vevent, 'dtstart').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(instantVia(calendar, vevent, 'dtend').toISOString()).toBe('2026-03-28T13:30:00.000Z');
  });

  it('writes local wall time with TZID in summer (+03:00), right after the DST change', () => {
    const text = buildInvitation(input(SUMMER));
    expect(text).toContain('DTSTART;TZID=Europe/Helsinki:20260330T090000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Helsinki:20260330T153000\r\n');
    const { calendar, vevent } = parse(text);
    expect(instantVia(calendar, vevent, 'dtstart').toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(instantVia(calendar, vevent, 'dtend').toISOString()).toBe('2026-03-30T12:30:00.000Z');
  });

  it('is read back by node-ical as the same instants, method and people', () => {
    for (const times of [WINTER, SUMMER]) {
      const { parsed, event } = nodeIcalEvent(buildInvitation(input(times)));
      expect(event.start.getTime()).toBe(times.start.getTime());
      expect(event.end?.getTime()).toBe(times.end.getTime());
      expect((event.start as Date & { tz?: string }).tz).toBe('Europe/Helsinki');
      expect(parsed.vcalendar?.method).toBe('REQUEST');
      expect(event.sequence).toBe(3);
      const attendee = event.attendee as unknown as { params: Record<string, unknown>; val: string };
      expect(attendee.val.toLowerCase()).toBe('mailto:aino.makinen@example.fi');
      expect(attendee.params.PARTSTAT).toBe('ACCEPTED');
      const organizer = event.organizer as unknown as { val: string };
      expect(organizer.val).toBe('mailto:liisa.korhonen@example.fi');
    }
  });

  it('writes the same times whatever the time zone of the process', () => {
    // Node applies a changed process.env.TZ at once; a native Date would follow it, a TZDate does not.
    const saved = process.env.TZ;
    const outputs = new Set<string>();
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Helsinki']) {
        process.env.TZ = tz;
        const text = buildInvitation(input(SUMMER));
        outputs.add(
          text
            .split('\r\n')
            .filter((l) => /^DT(START|END);/.test(l))
            .join('\n'),
        );
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect([...outputs]).toEqual([
      'DTSTART;TZID=Europe/Helsinki:20260330T090000\nDTEND;TZID=Europe/Helsinki:20260330T153000',
    ]);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and the same UID at a higher SEQUENCE', () => {
    const text = buildInvitation(input({ method: 'CANCEL', sequence: 4 }));
    const { calendar, vevent } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('uid')).toBe('event-42@kokoon');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(nodeIcalEvent(text).parsed.vcalendar?.method).toBe('CANCEL');
  });

  it('leaves LOCATION out for an online-only event and escapes iCalendar special characters', () => {
    const text = buildInvitation(input({ location: null, summary: 'Webinaari; osa 1, "perusteet"' }));
    expect(text).not.toMatch(/\r\nLOCATION[:;]/);
    expect(text).toContain('SUMMARY:Webinaari\\; osa 1\\, "perusteet"');
    expect(parse(text).vevent.getFirstPropertyValue('summary')).toBe('Webinaari; osa 1, "perusteet"');
  });

  it('refuses an end before the start and an invalid date', () => {
    expect(() => buildInvitation(input({ start: WINTER.end, end: WINTER.start }))).toThrow(
      /end must not be before start/,
    );
    expect(() => buildInvitation(input({ start: new Date('not a date') }))).toThrow(/invalid start or end/);
  });

  it('gives the MIME type whose method matches the file', () => {
    expect(invitationContentType('REQUEST')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(invitationContentType('CANCEL')).toBe('text/calendar; charset=utf-8; method=CANCEL');
  });
});
