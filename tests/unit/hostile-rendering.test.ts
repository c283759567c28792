// Stored text is data, never markup or structure, wherever it is shown: property-based checks
// (fast-check, FUZZ_RUNS) of the mails (HTML and plain text), the CSV export (formula guard), the
// calendar files (feeds and e-mailed invitations, read back with ical.js, Thunderbird's parser),
// the stream link page and the JSON-LD of event pages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { FUZZ_RUNS, fuzzParams, hostileString } from '../support/hostile';
import { MAIL_KINDS, exampleMailData, renderMail } from '@/emails/render';
import { toCsv } from '@/lib/csv';
import { buildFeedCalendar, eventTitle, type FeedEvent } from '@/lib/calendar/builder';
import { buildInvitation } from '@/lib/calendar/invitation';
import { streamPageHtml } from '@/lib/streams/page';
import { scriptSafeJson } from '@/lib/events/json-ld';
import type { Locale } from '@/lib/i18n/routing';

/** What a stored text field can hold: trimmed like the forms do, no control characters (refused on input). */
const storable = hostileString
  .map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/g, '').trim())
  .filter((s) => s.length > 0);
/** A hostile text with a marker tag in it: if the tag ever appears unescaped, markup got through. */
const marked = fc.tuple(storable, fc.nat(9999)).map(([s, n]) => `${s}<kokoon-x${n} onload="alert(1)">${s}`);
const LONG = 10 * 60_000; // bounded by FUZZ_RUNS, not by the clock
const noMarkup = (html: string) => expect(html).not.toMatch(/<kokoon-x/);

describe('hostile stored text is rendered as text', () => {
  it(
    'in every mail, Finnish and Swedish: escaped in the HTML, plain in the text part, never in a header line',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...MAIL_KINDS),
          fc.constantFrom('fi', 'sv'),
          marked,
          storable,
          async (kind, locale, text, title) => {
            const base = exampleMailData[locale as Locale];
            const data = {
              ...base,
              firstName: text,
              changeNote: text,
              event: { ...base.event, title: `${title}\r\nBcc: victim@example.com`, contactName: text },
            };
            const mail = await renderMail(kind, data);
            noMarkup(mail.html);
            expect(mail.subject).not.toMatch(/[\r\n]/);
            expect(mail.text).not.toMatch(/&lt;|&amp;lt;/); // the plain-text part is text, never escaped markup
          },
        ),
        fuzzParams(Math.ceil(FUZZ_RUNS / 2)),
      );
    },
    LONG,
  );

  it(
    'in the CSV export: quoted, as typed, and no cell can start a spreadsheet formula',
    () => {
      fc.assert(
        fc.property(fc.array(storable, { minLength: 1, maxLength: 5 }), (cells) => {
          const csv = toCsv(
            cells.map((_, i) => `h${i}`),
            [cells],
          ).toString('utf8');
          const header = cells.map((_, i) => `"h${i}"`).join(';');
          const line = csv.slice(1 + header.length + 2, -2); // BOM, header and CRLF; the row; its CRLF
          const fields = [...line.matchAll(/"((?:[^"]|"")*)"(?:;|$)/g)].map((m) => m[1].replace(/""/g, '"'));
          expect(fields).toHaveLength(cells.length);
          fields.forEach((f, i) => {
            expect(f === cells[i] || f === `'${cells[i]}`).toBe(true);
            expect(f, JSON.stringify(f)).not.toMatch(/^[=+\-@\t\r]/); // OWASP's list of formula starts
          });
        }),
        fuzzParams(FUZZ_RUNS * 4),
      );
    },
    LONG,
  );

  it(
    'in calendar feeds and invitations: one event each, with the text as typed, nothing added',
    () => {
      const base: FeedEvent = {
        id: 7,
        slug: 'testi',
        status: 'published',
        titleFi: 'x',
        titleSv: null,
        summaryFi: 'y',
        summarySv: null,
        format: 'hybrid',
        venueName: null,
        venueAddress: null,
        city: 'Helsinki',
        startsAt: new Date('2026-12-21T07:00:00Z'),
        endsAt: new Date('2026-12-21T13:30:00Z'),
        contactName: null,
        contactEmail: null,
        contactPhone: null,
        isFree: true,
        priceNote: null,
        sequence: 1,
        createdAt: new Date('2026-01-01T00:00:00Z'),
        updatedAt: new Date('2026-01-02T00:00:00Z'),
      };
      fc.assert(
        fc.property(storable, storable, storable, (title, summary, name) => {
          const event = { ...base, titleFi: title, summaryFi: summary, venueName: name, contactName: name };
          const feed = ICAL.Component.fromString(
            buildFeedCalendar([{ event }], {
              lang: 'fi',
              baseUrl: 'https://kokoon.example',
              header: { name, description: summary },
            }),
          );
          const vevents = feed.getAllSubcomponents('vevent');
          expect(vevents).toHaveLength(1);
          const lines = (t: string) => t.replace(/\r\n?/g, '\n'); // line breaks are kept, as \n
          expect(vevents[0].getFirstPropertyValue('summary')).toBe(lines(eventTitle(event, 'fi')));
          expect(vevents[0].getAllProperties('attendee')).toHaveLength(0);

          const invitation = ICAL.Component.fromString(
            buildInvitation({
              uid: 'event-7@kokoon',
              sequence: 1,
              method: 'REQUEST',
              start: base.startsAt,
              end: base.endsAt,
              summary: title,
              description: summary,
              location: name,
              url: 'https://kokoon.example/fi/events/testi',
              organizer: { name: 'Kokoon', email: 'noreply@kokoon.example' },
              attendee: { name, email: 'aino@kunta.example' },
            }),
          );
          const [inv] = invitation.getAllSubcomponents('vevent');
          expect(invitation.getAllSubcomponents('vevent')).toHaveLength(1);
          expect(inv.getFirstPropertyValue('summary')).toBe(lines(title));
          expect(inv.getFirstPropertyValue('description')).toBe(lines(summary));
          const attendees = inv.getAllProperties('attendee');
          expect(attendees).toHaveLength(1);
          expect(String(attendees[0].getFirstValue()).toLowerCase()).toBe('mailto:aino@kunta.example');
          expect(attendees[0].getParameter('cn')).toBe(name.replace(/"/g, "'").replace(/[\r\n\t]+/g, ' ')); // as typed, quotes as apostrophes
        }),
        fuzzParams(Math.ceil(FUZZ_RUNS / 3)),
      ); // two calendars and two parses per run: the slowest property
    },
    LONG,
  );

  it(
    'on the stream link page and in the JSON-LD of event pages',
    () => {
      fc.assert(
        fc.property(marked, (text) => {
          const event = {
            id: 1,
            slug: 'x',
            titleFi: text,
            titleSv: text,
            startsAt: new Date('2026-12-21T07:00:00Z'),
            endsAt: new Date('2026-12-21T13:30:00Z'),
            status: 'published' as const,
          };
          noMarkup(
            streamPageHtml(
              {
                kind: 'open',
                event,
                language: 'fi',
                url: 'https://video.example',
                instructions: text,
                registrationId: 1,
              } as never,
              `/stream/${text}`,
            ),
          );
          noMarkup(
            streamPageHtml(
              { kind: 'ended', event, language: 'sv', recordings: [{ title: text, url: text }] } as never,
              '/stream/x',
            ),
          );
          const json = scriptSafeJson({ name: text, description: `</script>${text}` });
          expect(json).not.toMatch(/<\/?script|<kokoon/i);
          expect(JSON.parse(json)).toEqual({ name: text, description: `</script>${text}` });
        }),
        fuzzParams(FUZZ_RUNS * 2),
      );
    },
    LONG,
  );
});
