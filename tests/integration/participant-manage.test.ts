// Issue 16 "Participants", the domain side of the manage page: a cancelled event leaves nothing to
// change, the sign-up form without JavaScript (form POST) saves exactly what the JSON API would.
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent, createSeries } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { events, mailOutbox, registrations } from '@/db/schema';
import { registerParticipant, cancelRegistration, changeAttendance, updateDetails } from '@/lib/registrations/service';
import { handleRegistrationFormPost } from '@/lib/registrations/form-post';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { sendCertificates } from '@/lib/certificates';
import { getManagedRegistration } from '@/lib/registrations/service';
import { renderFollowupMail, type CertificateMailPayload } from '@/emails/followup';
import { sisterSessionsWithRoom } from '@/lib/events/sister-sessions';

useTestDatabase();

async function mailCount(eventId: number) {
  const [{ n }] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId))
    .where(eq(registrations.eventId, eventId));
  return n;
}

function formPost(slug: string, fields: Record<string, string>) {
  return new NextRequest(`http://localhost:3000/fi/events/${slug}/sign-up`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-kokoon-peer': `10.9.${Math.floor(Math.random() * 250)}.1`,
    },
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
    expect(
      await updateDetails(token, {
        firstName: 'X',
        lastName: 'Y',
        organisation: 'Z',
        municipality: '091',
        sector: 'health',
        role: null,
        diet: null,
        accessNeeds: null,
        language: 'fi',
      }),
    ).toMatchObject({ ok: false, error: 'registration.eventCancelled' });
    const [row] = await db().select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(row).toMatchObject({ status: 'confirmed', attendance: 'onsite', firstName: 'Aino' });
    expect(await mailCount(event.id)).toBe(mails);
  });
});

describe('the sign-up form posted without JavaScript', () => {
  it('registers from the typed municipality name (either language) and answers with a page, not JSON', async () => {
    const event = await createEvent();
    const res = await handleRegistrationFormPost(
      formPost(event.slug, {
        firstName: 'Noora',
        lastName: 'Lomake',
        email: 'noora.lomake@ouka.example',
        organisation: 'Vasa stad',
        municipality: '',
        municipalityName: 'vasa',
        sector: 'education',
        role: '',
        attendance: 'onsite',
        diet: '',
        accessNeeds: '',
        language: 'sv',
        website: '',
        consent: 'on',
      }),
      event.slug,
      'fi',
      'n0nce',
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Ilmoittautuminen vahvistettu');
    expect(html).toContain('<style nonce="n0nce">');
    const [row] = await db().select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(row).toMatchObject({
      email: 'noora.lomake@ouka.example',
      municipalityCode: '905',
      language: 'sv',
      status: 'confirmed',
    });
  });

  it('lists the mistakes in form order, translated, and saves nothing', async () => {
    const event = await createEvent();
    const res = await handleRegistrationFormPost(
      formPost(event.slug, {
        firstName: '',
        lastName: 'Lomake',
        email: 'ei-osoite',
        organisation: '',
        municipalityName: 'Atlantis',
        sector: '',
        language: 'sv',
      }),
      event.slug,
      'sv',
      null,
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    const items = [...html.matchAll(/<li>([^:<]+):/g)].map((m) => m[1]);
    expect(items).toEqual(['Förnamn', 'E-post i arbetet', 'Organisation', 'Kommun', 'Sektor', 'Jag deltar']);
    expect(html).toContain('Ingenting sparades');
    expect(await db().select().from(registrations).where(eq(registrations.eventId, event.id))).toHaveLength(0);
  });
});

describe('changing the attendance mode', () => {
  it("mails what changed (from which mode to which), not the generic confirmation, in the person's language", async () => {
    const { renderMail } = await import('@/emails/render');
    const event = await createEvent({ format: 'hybrid', capacityOnsite: 1, capacityRemote: 5 });
    const fi = await registerParticipant(event.slug, person({ attendance: 'onsite' }));
    const sv = await registerParticipant(event.slug, person({ attendance: 'onsite', language: 'sv' })); // on-site is full: waiting list
    expect((await changeAttendance(sv.ok ? sv.value.manageToken : '', 'remote')).ok).toBe(true); // into the remote line
    expect((await changeAttendance(fi.ok ? fi.value.manageToken : '', 'remote')).ok).toBe(true);
    const mails = await db()
      .select({ kind: mailOutbox.kind, payload: mailOutbox.payload })
      .from(mailOutbox)
      .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId))
      .where(eq(registrations.eventId, event.id))
      .orderBy(mailOutbox.id);
    expect(mails.map((m) => m.kind)).toEqual([
      'confirmation',
      'waitlisted',
      'attendance_changed',
      'attendance_changed',
    ]);
    type Payload = { kind: 'attendance_changed'; data: Parameters<typeof renderMail>[1]; invitation?: unknown };
    const [toQueue, toRemote] = mails.slice(2).map((m) => m.payload as Payload);
    expect(toRemote.invitation).toBeTruthy(); // the updated calendar invitation
    expect(toQueue.invitation).toBeUndefined(); // a waiting place is no calendar entry
    const a = await renderMail('attendance_changed', toRemote.data);
    expect(a.subject).toMatch(/^Osallistumistapa muutettu: /);
    expect(a.text).toContain('osallistut nyt etänä (aiemmin paikan päällä)');
    expect(a.text).toContain('Paikkasi uudella osallistumistavalla on vahvistettu.');
    const b = await renderMail('attendance_changed', toQueue.data);
    expect(b.subject).toMatch(/^Deltagarsättet ändrat: /);
    expect(b.text).toContain('du deltar nu på distans (tidigare på plats)');
    expect(b.text).toContain('du står i kö på plats 1');
  });
});

describe('the certificate mail', () => {
  it('links to the registration page it mentions, with a manage link that opens that registration', async () => {
    const hours = 3600_000;
    const training = await createEvent({ kind: 'training', scope: 'region', regionCode: 'TYKS' });
    const r = await registerParticipant(training.slug, person({ language: 'sv' }));
    const id = r.ok ? r.value.registrationId : 0;
    await db().update(registrations).set({ attendedOnsite: true }).where(eq(registrations.id, id));
    await db()
      .update(events)
      .set({ startsAt: new Date(Date.now() - 30 * hours), endsAt: new Date(Date.now() - 24 * hours) })
      .where(eq(events.id, training.id));
    const email = `kouluttaja.${Date.now()}@kokoon.example`;
    const o = {
      id: await inviteOrganiser(db(), { email, role: 'organiser', regions: ['TYKS'] }),
      email,
      name: null,
      role: 'organiser' as const,
      regions: ['TYKS'],
    };
    expect(await sendCertificates(o, training.id)).toMatchObject({ ok: true, value: { queued: 1 } });
    const [row] = await db()
      .select({ payload: mailOutbox.payload })
      .from(mailOutbox)
      .where(eq(mailOutbox.kind, 'certificate'));
    const payload = row.payload as CertificateMailPayload;
    const token = /\/sv\/registrations\/([A-Za-z0-9_-]{43})$/.exec(payload.manageUrl ?? '')?.[1];
    expect(token).toBeTruthy();
    expect((await getManagedRegistration(token!))?.registration.id).toBe(id);
    const mail = await renderFollowupMail(payload);
    expect(mail.html).toContain(`href="${payload.manageUrl}"`);
    expect(mail.text).toContain(payload.manageUrl);
    expect(mail.html).toContain('Öppna sidan för din anmälan');
  });
});

describe('a full session of a series', () => {
  it('points to the sister sessions that still take sign-ups with a free place, soonest first', async () => {
    const DAY = 86400_000;
    const series = await createSeries(`sarja-${Date.now()}`);
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const full = await createEvent({ kind: 'training', seriesId: series.id, capacityOnsite: 2, startsAt: at(5) });
    const later = await createEvent({ kind: 'training', seriesId: series.id, capacityOnsite: 10, startsAt: at(20) });
    const sooner = await createEvent({ kind: 'training', seriesId: series.id, capacityOnsite: 10, startsAt: at(9) });
    const alsoFull = await createEvent({ kind: 'training', seriesId: series.id, capacityOnsite: 1, startsAt: at(12) });
    await createEvent({ kind: 'training', seriesId: series.id, status: 'cancelled', startsAt: at(14) });
    await createEvent({ kind: 'training', seriesId: series.id, registrationOpensAt: at(3), startsAt: at(30) });
    await createEvent({ kind: 'training', seriesId: series.id, status: 'draft', startsAt: at(15) });
    await addRegistrations(full.id, 2);
    await addRegistrations(alsoFull.id, 1);
    const found = await sisterSessionsWithRoom(series.slug, full.slug);
    expect(found.map((e) => e.slug)).toEqual([sooner.slug, later.slug]);
  });
});
