import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { registerParticipant, getManagedRegistration } from '@/lib/registrations/service';
import { smtpTransport } from '@/lib/mail/transports';
import { drainOutbox, outboxCounts } from '@/lib/mail/worker';
import { helsinkiTime } from '@/lib/time';

useTestDatabase();
process.env.APP_URL = 'https://kokoon.example';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

describe('mail delivery over real SMTP', () => {
  it('sends a Finnish confirmation with the event, a working manage link and an Outlook invitation', async () => {
    const event = await createEvent({
      titleFi: 'Koulua koulua käymättömille',
      titleSv: 'Skola för elever som inte går i skolan',
      venueName: 'Paasitorni',
      venueAddress: 'Paasivuorenkatu 5 A, Helsinki',
      startsAt: helsinkiTime(2027, 3, 24, 9),
      endsAt: helsinkiTime(2027, 3, 24, 15, 30),
    });
    const r = await registerParticipant(
      event.slug,
      person({ firstName: 'Aino', email: 'aino.virtanen@kunta.example' }),
    );
    expect(r.ok).toBe(true);
    const start = sink.mails.length;
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 1, failed: 0 });
    const [mail] = (await sink.waitFor(start + 1)).slice(start);
    expect(mail.to).toBe('aino.virtanen@kunta.example');
    expect(mail.subject).toContain('Koulua koulua käymättömille');
    expect(mail.text).toContain('ke 24.3.2027 klo 9.00–15.30');
    expect(mail.text).toContain('Paasitorni');
    const link = /https:\/\/kokoon\.example\/fi\/registrations\/([A-Za-z0-9_-]{43})/.exec(mail.text);
    expect(link).not.toBeNull();
    expect((await getManagedRegistration(link![1]))?.registration.email).toBe('aino.virtanen@kunta.example');
    expect(mail.html).toContain(link![0]);
    expect(mail.calendar?.method).toBe('REQUEST');
    const vevent = new ICAL.Component(ICAL.parse(mail.calendar!.content)).getFirstSubcomponent('vevent')!;
    expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(helsinkiTime(2027, 3, 24, 9).toISOString());
    expect(vevent.getFirstPropertyValue('uid')).toBe(`event-${event.id}@kokoon`);
    expect(await outboxCounts()).toMatchObject({ pending: 0, failed: 0 });
  });

  it('writes to a Swedish-speaking participant in Swedish', async () => {
    const event = await createEvent({ titleFi: 'Verkostopäivä', titleSv: 'Nätverksdag', capacityOnsite: 0 });
    await registerParticipant(event.slug, person({ language: 'sv' }));
    const start = sink.mails.length;
    await drainOutbox(smtpTransport(sink.url));
    const [mail] = (await sink.waitFor(start + 1)).slice(start);
    expect(mail.subject).toContain('Nätverksdag');
    expect(mail.text).toMatch(/kö/);
    expect(mail.text).toMatch(/\/sv\/registrations\//);
  });

  it('delivers every mail exactly once after the mail server was down for a while', async () => {
    const event = await createEvent({ capacityOnsite: 2 });
    await sink.stop();
    for (let i = 0; i < 4; i++) expect((await registerParticipant(event.slug, person())).ok).toBe(true);
    const down = await drainOutbox(smtpTransport(sink.url));
    expect(down).toEqual({ sent: 0, failed: 4 });
    expect(await outboxCounts()).toMatchObject({ pending: 4 });
    // Retries wait for their backoff: nothing is due right away.
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 0, failed: 0 });

    await sink.start();
    const start = sink.mails.length;
    const later = () => new Date(Date.now() + 3600_000);
    expect(await drainOutbox(smtpTransport(sink.url), { now: later })).toEqual({ sent: 4, failed: 0 });
    expect(await drainOutbox(smtpTransport(sink.url), { now: later })).toEqual({ sent: 0, failed: 0 });
    const got = (await sink.waitFor(start + 4)).slice(start);
    expect(got).toHaveLength(4);
    expect(new Set(got.map((m) => m.to)).size).toBe(4);
    expect(got.filter((m) => m.calendar?.method === 'REQUEST')).toHaveLength(2); // the two confirmed; waitlisted get no invitation
    expect(await outboxCounts()).toMatchObject({ pending: 0 });
  });
});
