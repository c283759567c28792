// Issue 15 §4: the e-mailed calendar invitation per mode — a remote participant's carries their
// personal stream link (URL and description), an on-site participant's the address.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { registerParticipant } from '@/lib/registrations/service';
import { renderOutgoing } from '@/lib/mail/worker';
import { streamLink } from '@/lib/streams/tokens';

useTestDatabase();

async function invitationOf(registrationId: number) {
  const [row] = await db()
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.registrationId, registrationId), eq(mailOutbox.kind, 'confirmation')));
  const mail = await renderOutgoing(row);
  expect(mail.ics?.method).toBe('REQUEST');
  const vevent = new ICAL.Component(ICAL.parse(mail.ics!.content)).getFirstSubcomponent('vevent')!;
  const prop = (name: string) => (vevent.getFirstPropertyValue(name) as string | null) ?? null;
  return { url: prop('url'), location: prop('location'), description: prop('description') ?? '' };
}

describe('calendar invitation per mode', () => {
  it('gives a remote participant their personal stream link and an on-site one the address', async () => {
    const event = await createEvent({
      format: 'hybrid',
      capacityOnsite: 10,
      capacityRemote: null,
      city: 'Oulu',
      venueName: 'Oulun kaupungintalo',
      venueAddress: 'Torikatu 10, 90100 Oulu',
    });
    const remote = await registerParticipant(event.slug, person({ attendance: 'remote' }));
    const onsite = await registerParticipant(event.slug, person({ attendance: 'onsite', language: 'sv' }));
    if (!remote.ok || !onsite.ok) throw new Error('sign-up failed');

    const r = await invitationOf(remote.value.registrationId);
    const link = streamLink(remote.value.registrationId);
    expect(r.url).toBe(link);
    expect(r.description).toContain(link);
    expect(r.description).toContain('Henkilökohtainen osallistumislinkki');
    expect(`${r.location} ${r.description}`).not.toContain('Torikatu'); // not told to travel to the venue

    const o = await invitationOf(onsite.value.registrationId);
    expect(o.location).toContain('Torikatu 10, 90100 Oulu');
    expect(o.description).toContain('Plats: Oulun kaupungintalo, Torikatu 10, 90100 Oulu');
    expect(`${o.url} ${o.description}`).not.toContain('/stream/');
  });
});
