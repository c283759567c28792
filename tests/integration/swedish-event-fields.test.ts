// Issue 16: an event's venue, address and contact in Swedish reach every Swedish reader — the
// editor saves them, Swedish mails, calendars and the API carry them, Finnish readers keep the
// Finnish ones, and an event without them falls back to Finnish.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { formValues } from '../support/event-form';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { events, mailOutbox } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { eventSchema } from '@/lib/events/editor-schema';
import { createEvent as createDraft, updateEvent } from '@/lib/events/editor';
import { getEventForEdit } from '@/lib/events/editor-read';
import { buildEventFeed } from '@/lib/calendar/feeds';
import { eventsApi } from '@/lib/events/api';
import { registerParticipant } from '@/lib/registrations/service';

useTestDatabase();

const vevent = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
const VAASA = {
  city: 'Vaasa',
  venueName: 'Vaasan kaupungintalo',
  venueAddress: 'Kauppapuistikko 23, 65100 Vaasa',
  venueNameSv: 'Vasa stadshus',
  venueAddressSv: 'Handelsesplanaden 23, 65100 Vasa',
  contactName: 'Sanna Mäkinen, TYKS-alueen ydinryhmä',
  contactNameSv: 'Sanna Mäkinen, kärngruppen för ÅUCS-området',
  contactEmail: 'tyks@kokoon.example',
};

describe('Swedish venue, address and contact', () => {
  it('are saved by the editor and read back, and an empty one stays empty (falls back)', async () => {
    const id = await inviteOrganiser(db(), { email: 'admin@kokoon.example', role: 'admin', regions: [] });
    const admin = { id, email: 'admin@kokoon.example', name: null, role: 'admin' as const, regions: [] };
    const now = new Date('2027-01-10T10:00:00Z');
    const parsed = eventSchema.parse(formValues({ startDate: '2027-03-10', endDate: '2027-03-10', ...VAASA }));
    const r = await createDraft(admin, parsed, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const read = await getEventForEdit(admin, r.value.id);
    expect(read?.values).toMatchObject({
      venueNameSv: 'Vasa stadshus',
      venueAddressSv: 'Handelsesplanaden 23, 65100 Vasa',
      contactNameSv: VAASA.contactNameSv,
    });

    const cleared = eventSchema.parse(
      formValues({ startDate: '2027-03-10', endDate: '2027-03-10', ...VAASA, venueNameSv: '', contactNameSv: '  ' }),
    );
    expect((await updateEvent(admin, r.value.id, cleared, now)).ok).toBe(true);
    const [row] = await db().select().from(events).where(eq(events.id, r.value.id));
    expect(row).toMatchObject({
      venueNameSv: null,
      contactNameSv: null,
      venueAddressSv: 'Handelsesplanaden 23, 65100 Vasa',
    });
  });

  it('reach the Swedish confirmation mail and its invitation; the Finnish mail keeps the Finnish ones', async () => {
    const event = await createEvent(VAASA);
    expect((await registerParticipant(event.slug, person({ language: 'sv', email: 'ruth@vasa.example' }))).ok).toBe(
      true,
    );
    expect((await registerParticipant(event.slug, person({ language: 'fi', email: 'aino@vaasa.example' }))).ok).toBe(
      true,
    );
    const mails = await db()
      .select({ to: mailOutbox.toEmail, payload: mailOutbox.payload })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, 'confirmation'));
    const sv = JSON.stringify(mails.find((m) => m.to === 'ruth@vasa.example')!.payload);
    const fi = JSON.stringify(mails.find((m) => m.to === 'aino@vaasa.example')!.payload);
    expect(sv).toContain('Vasa stadshus, Handelsesplanaden 23, 65100 Vasa');
    expect(sv).toContain('kärngruppen för ÅUCS-området');
    expect(sv).not.toMatch(/Kauppapuistikko|kaupungintalo|ydinryhmä/);
    expect(fi).toContain('Vaasan kaupungintalo, Kauppapuistikko 23, 65100 Vaasa');
    expect(fi).toContain('TYKS-alueen ydinryhmä');
  });

  it('reach the Swedish calendar file (LOCATION and DESCRIPTION), not the Finnish one', async () => {
    const event = await createEvent(VAASA);
    const sv = vevent((await buildEventFeed(event.slug, 'sv'))!.body);
    expect(sv.getFirstPropertyValue('location')).toBe('Vasa stadshus, Handelsesplanaden 23, 65100 Vasa');
    expect(String(sv.getFirstPropertyValue('description'))).toContain('Sanna Mäkinen, kärngruppen för ÅUCS-området');
    const fi = vevent((await buildEventFeed(event.slug, 'fi'))!.body);
    expect(fi.getFirstPropertyValue('location')).toBe('Vaasan kaupungintalo, Kauppapuistikko 23, 65100 Vaasa');
  });

  it('fall back to Finnish when the event has none', async () => {
    const event = await createEvent({ ...VAASA, venueNameSv: null, venueAddressSv: null, contactNameSv: null });
    const sv = vevent((await buildEventFeed(event.slug, 'sv'))!.body);
    // The Finnish address, and the city as Swedish readers know it added (the address says Vaasa).
    expect(sv.getFirstPropertyValue('location')).toBe('Vaasan kaupungintalo, Kauppapuistikko 23, 65100 Vaasa, Vasa');
  });

  it('are in /api/events as venue {fi, sv} and cityName {fi, sv}, beside the unchanged city', async () => {
    const event = await createEvent(VAASA);
    const other = await createEvent({ city: 'Joensuu', venueName: 'Carelicum', venueNameSv: null });
    const online = await createEvent({ format: 'online', city: null, venueName: null, capacityOnsite: null });
    const r = await eventsApi(new URLSearchParams());
    const list = (r.body as { events: Array<{ slug: string; city: string | null; venue: unknown; cityName: unknown }> })
      .events;
    expect(list.find((e) => e.slug === event.slug)).toMatchObject({
      city: 'Vaasa',
      cityName: { fi: 'Vaasa', sv: 'Vasa' },
      venue: { fi: 'Vaasan kaupungintalo', sv: 'Vasa stadshus' },
    });
    expect(list.find((e) => e.slug === other.slug)).toMatchObject({
      venue: { fi: 'Carelicum', sv: 'Carelicum' },
      cityName: { fi: 'Joensuu', sv: 'Joensuu' },
    });
    expect(list.find((e) => e.slug === online.slug)).toMatchObject({ venue: null, cityName: null });
  });
});
