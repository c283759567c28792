// An event's city is free text; when it names a municipality, Swedish readers see the Swedish
// name (Åbo, Helsingfors) and Finnish readers the Finnish one, in pages, mails and calendars.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { buildEventFeed } from '@/lib/calendar/feeds';
import { cityName } from '@/lib/reference';
import { registerParticipant } from '@/lib/registrations/service';

useTestDatabase();

const location = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('location');

describe('place names', () => {
  it('follow the reader’s language when the city is a municipality, and stay as written otherwise', async () => {
    expect(await cityName('Turku', 'sv')).toBe('Åbo');
    expect(await cityName(' åbo ', 'fi')).toBe('Turku');
    expect(await cityName('HELSINKI', 'sv')).toBe('Helsingfors');
    expect(await cityName('Joensuu', 'sv')).toBe('Joensuu'); // no Swedish name of its own
    expect(await cityName('Verkossa ja Turussa', 'sv')).toBe('Verkossa ja Turussa');
    expect(await cityName('', 'sv')).toBeNull();
  });

  it('reach the Swedish confirmation mail, its invitation and the Swedish calendar', async () => {
    const event = await createEvent({ city: 'Turku', venueName: 'ICT-talo', venueAddress: null });
    const r = await registerParticipant(event.slug, person({ language: 'sv' }));
    expect(r.ok).toBe(true);
    const [mail] = await db()
      .select({ payload: mailOutbox.payload })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, 'confirmation'));
    const payload = mail.payload as { data: { event: { where: string } }; invitation?: { ics?: string } };
    expect(JSON.stringify(payload)).toContain('ICT-talo, Åbo');
    expect(JSON.stringify(payload)).not.toContain('Turku');

    expect(location((await buildEventFeed(event.slug, 'sv'))!.body)).toBe('ICT-talo, Åbo');
    expect(location((await buildEventFeed(event.slug, 'fi'))!.body)).toBe('ICT-talo, Turku');
  });
});
