// Issue 16 "Participants", the domain side of the manage page: a cancelled event leaves nothing to
// change, the sign-up form without JavaScript (form POST) saves exactly what the JSON API would.
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { events, mailOutbox, registrations } from '@/db/schema';
import { registerParticipant, cancelRegistration, changeAttendance, updateDetails } from '@/lib/registrations/service';
import { handleRegistrationFormPost } from '@/lib/registrations/form-post';

useTestDatabase();

async function mailCount(eventId: number) {
  const [{ n }] = await db().select({ n: sql<number>`count(*)::int` }).from(mailOutbox)
    .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId)).where(eq(registrations.eventId, eventId));
  return n;
}

function formPost(slug: string, fields: Record<string, string>) {
  return new NextRequest(`http://localhost:3000/fi/events/${slug}/sign-up`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-kokoon-peer': `10.9.${Math.floor(Math.random() * 250)}.1` },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('a registration of a cancelled event', () => {
  it('can no longer be cancelled, switched or edited by the person, and no mail goes out', async () => {
    const event = await createEvent({ format: 'hybrid', capacityRemote: null });
    const r = await registerParticipant(event.slug, person());
    const token = r.ok ? r.value.manageToken : '';
    await db().update(events).set({ status: 'cancelled' }).where(eq(events.id, event.id));
    const mails = await mailCount(event.id);
    expect(await cancelRegistration(token)).toMatchObject({ ok: false, error: 'registration.eventCancelled' });
    expect(await changeAttendance(token, 'remote')).toMatchObject({ ok: false, error: 'registration.eventCancelled' });
    expect(await updateDetails(token, { firstName: 'X', lastName: 'Y', organisation: 'Z', municipality: '091', sector: 'health', role: null, diet: null, accessNeeds: null, language: 'fi' }))
      .toMatchObject({ ok: false, error: 'registration.eventCancelled' });
    const [row] = await db().select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(row).toMatchObject({ status: 'confirmed', attendance: 'onsite', firstName: 'Aino' });
    expect(await mailCount(event.id)).toBe(mails);
  });
});

describe('the sign-up form posted without JavaScript', () => {
  it('registers from the typed municipality name (either language) and answers with a page, not JSON', async () => {
    const event = await createEvent();
    const res = await handleRegistrationFormPost(formPost(event.slug, {
      firstName: 'Noora', lastName: 'Lomake', email: 'noora.lomake@ouka.example', organisation: 'Vasa stad', municipality: '',
      municipalityName: 'vasa', sector: 'education', role: '', attendance: 'onsite', diet: '', accessNeeds: '', language: 'sv', website: '', consent: 'on',
    }), event.slug, 'fi', 'n0nce');
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Ilmoittautuminen vahvistettu');
    expect(html).toContain('<style nonce="n0nce">');
    const [row] = await db().select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(row).toMatchObject({ email: 'noora.lomake@ouka.example', municipalityCode: '905', language: 'sv', status: 'confirmed' });
  });

  it('lists the mistakes in form order, translated, and saves nothing', async () => {
    const event = await createEvent();
    const res = await handleRegistrationFormPost(formPost(event.slug, {
      firstName: '', lastName: 'Lomake', email: 'ei-osoite', organisation: '', municipalityName: 'Atlantis', sector: '', language: 'sv',
    }), event.slug, 'sv', null);
    expect(res.status).toBe(422);
    const html = await res.text();
    const items = [...html.matchAll(/<li>([^:<]+):/g)].map((m) => m[1]);
    expect(items).toEqual(['Förnamn', 'E-post i arbetet', 'Organisation', 'Kommun', 'Sektor', 'Jag deltar']);
    expect(html).toContain('Ingenting sparades');
    expect(await db().select().from(registrations).where(eq(registrations.eventId, event.id))).toHaveLength(0);
  });
});
