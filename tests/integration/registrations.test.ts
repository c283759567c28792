import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { mailOutbox, registrations } from '@/db/schema';
import {
  registerParticipant,
  cancelRegistration,
  changeAttendance,
  setEventCapacity,
  getManagedRegistration,
  updateDetails,
} from '@/lib/registrations/service';

process.env.DATABASE_POOL_SIZE = '40';
useTestDatabase();

const DAY = 86400_000;

async function statusCounts(eventId: number) {
  const rows = await db()
    .select({ status: registrations.status, attendance: registrations.attendance, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .groupBy(registrations.status, registrations.attendance);
  return Object.fromEntries(rows.map((r) => [`${r.status}:${r.attendance}`, r.n]));
}

async function mailsFor(eventId: number) {
  return db()
    .select({ kind: mailOutbox.kind, to: mailOutbox.toEmail, payload: mailOutbox.payload })
    .from(mailOutbox)
    .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId))
    .where(eq(registrations.eventId, eventId))
    .orderBy(mailOutbox.id);
}

describe('registration under a rush', () => {
  it('confirms exactly the free places under 300 concurrent sign-ups and queues the rest in order', async () => {
    const event = await createEvent({ capacityOnsite: 25 });
    const results = await Promise.all(Array.from({ length: 300 }, () => registerParticipant(event.slug, person())));
    expect(results.every((r) => r.ok)).toBe(true);
    const ok = results.map((r) => (r.ok ? r.value : null)!);
    expect(ok.filter((r) => r.status === 'confirmed')).toHaveLength(25);
    const positions = ok
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.position)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 275 }, (_, i) => i + 1));
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:onsite': 25, 'waitlisted:onsite': 275 });
    const mails = await mailsFor(event.id);
    expect(mails).toHaveLength(300);
    expect(mails.filter((m) => m.kind === 'confirmation')).toHaveLength(25);
    expect(mails.filter((m) => m.kind === 'waitlisted')).toHaveLength(275);
  });

  it('refuses the rest with "full" when the event keeps no waiting list', async () => {
    const event = await createEvent({ capacityOnsite: 10, waitlistEnabled: false });
    const results = await Promise.all(Array.from({ length: 60 }, () => registerParticipant(event.slug, person())));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.error === 'registration.full')).toHaveLength(50);
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:onsite': 10 });
  });

  it('counts places per mode: remote stays open when on-site is full', async () => {
    const event = await createEvent({ format: 'hybrid', capacityOnsite: 2, capacityRemote: null });
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => registerParticipant(event.slug, person({ attendance: 'onsite' }))),
      ...Array.from({ length: 40 }, () => registerParticipant(event.slug, person({ attendance: 'remote' }))),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await statusCounts(event.id)).toEqual({
      'confirmed:onsite': 2,
      'waitlisted:onsite': 3,
      'confirmed:remote': 40,
    });
  });
});

describe('one registration per e-mail', () => {
  it('treats the same address in another case or with spaces as a duplicate and re-sends the manage link', async () => {
    const event = await createEvent();
    const first = await registerParticipant(event.slug, person({ email: 'maija.meikalainen@kunta.example' }));
    expect(first.ok).toBe(true);
    const again = await registerParticipant(event.slug, person({ email: '  Maija.Meikalainen@KUNTA.example ' }));
    expect(again).toMatchObject({ ok: false, error: 'registration.duplicate' });
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:onsite': 1 });
    const mails = await mailsFor(event.id);
    expect(mails.map((m) => m.kind)).toEqual(['confirmation', 'duplicate']);
    // Both links work: the re-sent one does not break the first.
    const links = mails.map((m) => (m.payload as { data: { manageUrl: string } }).data.manageUrl.split('/').pop()!);
    for (const token of links)
      expect((await getManagedRegistration(token))?.registration.email).toBe('maija.meikalainen@kunta.example');
  });

  it('creates one registration from a double-clicked submit', async () => {
    const event = await createEvent();
    const input = person();
    const results = await Promise.all([registerParticipant(event.slug, input), registerParticipant(event.slug, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:onsite': 1 });
  });

  it('lets a person sign up again after cancelling', async () => {
    const event = await createEvent();
    const input = person();
    const first = await registerParticipant(event.slug, input);
    await cancelRegistration(first.ok ? first.value.manageToken : '');
    expect((await registerParticipant(event.slug, input)).ok).toBe(true);
  });
});

describe('waiting list', () => {
  it('gives a cancelled place to the first in line, tells both, and ignores a second cancel', async () => {
    const event = await createEvent({ capacityOnsite: 1 });
    const a = await registerParticipant(event.slug, person());
    const b = await registerParticipant(event.slug, person());
    const c = await registerParticipant(event.slug, person());
    expect([a, b, c].map((r) => r.ok && r.value.status)).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    const tokenA = a.ok ? a.value.manageToken : '';
    const cancel = await cancelRegistration(tokenA);
    expect(cancel).toMatchObject({ ok: true, value: { promoted: [b.ok && b.value.registrationId] } });
    expect(await cancelRegistration(tokenA)).toMatchObject({ ok: true, value: { promoted: [] } });
    expect(await statusCounts(event.id)).toEqual({
      'cancelled:onsite': 1,
      'confirmed:onsite': 1,
      'waitlisted:onsite': 1,
    });
    const managedC = await getManagedRegistration(c.ok ? c.value.manageToken : '');
    expect(managedC?.position).toBe(1);
    const kinds = (await mailsFor(event.id)).map((m) => m.kind);
    expect(kinds.slice(3)).toEqual(['cancelled', 'promoted']);
  });

  it('promotes as many as fit when the organiser raises the capacity', async () => {
    const event = await createEvent({ capacityOnsite: 2 });
    for (let i = 0; i < 6; i++) await registerParticipant(event.slug, person());
    const r = await setEventCapacity(event.id, { onsite: 5, remote: null });
    expect(r.ok && r.value.promoted).toHaveLength(3);
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:onsite': 5, 'waitlisted:onsite': 1 });
  });

  it('moves a person to remote, freeing the on-site place for the next in line, but not into a full mode', async () => {
    const event = await createEvent({ format: 'hybrid', capacityOnsite: 1, capacityRemote: 1 });
    const a = await registerParticipant(event.slug, person({ attendance: 'onsite', diet: 'gluteeniton' }));
    const b = await registerParticipant(event.slug, person({ attendance: 'onsite' }));
    const tokenA = a.ok ? a.value.manageToken : '';
    expect((await changeAttendance(tokenA, 'remote')).ok).toBe(true);
    expect(await statusCounts(event.id)).toEqual({ 'confirmed:remote': 1, 'confirmed:onsite': 1 });
    const [rowA] = await db()
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.attendance, 'remote')));
    expect(rowA.diet).toBeNull(); // on-site details are not kept for a remote participant
    const tokenB = b.ok ? b.value.manageToken : '';
    expect(await changeAttendance(tokenB, 'remote')).toMatchObject({ ok: false, error: 'registration.modeFull' });
  });
});

describe('rules enforced on the server', () => {
  it('refuses before opening, after closing, for cancelled and draft events, and for a mode the event does not offer', async () => {
    const now = new Date();
    const notOpen = await createEvent({ registrationOpensAt: new Date(now.getTime() + DAY) });
    const closed = await createEvent({ registrationClosesAt: new Date(now.getTime() - DAY) });
    const cancelled = await createEvent({ status: 'cancelled' });
    const draft = await createEvent({ status: 'draft' });
    const onsiteOnly = await createEvent({ format: 'onsite' });
    expect(await registerParticipant(notOpen.slug, person())).toMatchObject({
      ok: false,
      error: 'registration.notOpen',
    });
    expect(await registerParticipant(closed.slug, person())).toMatchObject({ ok: false, error: 'registration.closed' });
    expect(await registerParticipant(cancelled.slug, person())).toMatchObject({
      ok: false,
      error: 'registration.eventCancelled',
    });
    expect(await registerParticipant(draft.slug, person())).toMatchObject({
      ok: false,
      error: 'registration.notFound',
    });
    expect(await registerParticipant('no-such-event', person())).toMatchObject({
      ok: false,
      error: 'registration.notFound',
    });
    expect(await registerParticipant(onsiteOnly.slug, person({ attendance: 'remote' }))).toMatchObject({
      ok: false,
      fields: { attendance: 'validation.attendanceNotOffered' },
    });
    expect(await registerParticipant(onsiteOnly.slug, person({ municipality: '999' }))).toMatchObject({
      ok: false,
      fields: { municipality: 'validation.municipality' },
    });
    const rows = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(
        sql`${registrations.eventId} in (${notOpen.id}, ${closed.id}, ${cancelled.id}, ${draft.id}, ${onsiteOnly.id})`,
      );
    expect(rows[0].n).toBe(0);
  });

  it('drops the diet of a remote participant (keeping access needs, issue 15 §4) and lets details be updated by token only', async () => {
    const event = await createEvent({ format: 'hybrid', capacityRemote: null });
    const r = await registerParticipant(
      event.slug,
      person({ attendance: 'remote', diet: 'vegaani', accessNeeds: 'pyörätuoli' }),
    );
    const token = r.ok ? r.value.manageToken : '';
    const managed = await getManagedRegistration(token);
    expect(managed?.registration).toMatchObject({ diet: null, accessNeeds: 'pyörätuoli' });
    const upd = await updateDetails(token, {
      firstName: 'Uusi',
      lastName: 'Nimi',
      organisation: 'Toinen org',
      municipality: '837',
      sector: 'health',
      role: null,
      diet: null,
      accessNeeds: null,
      language: 'sv',
    });
    expect(upd.ok).toBe(true);
    expect((await getManagedRegistration(token))?.registration).toMatchObject({
      firstName: 'Uusi',
      municipalityCode: '837',
      language: 'sv',
    });
    expect(await getManagedRegistration(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull();
    expect(
      await updateDetails('x'.repeat(43), {
        ...managed!.registration,
        municipality: '091',
        sector: 'health',
        role: null,
        diet: null,
        accessNeeds: null,
        language: 'fi',
      }),
    ).toMatchObject({ ok: false, error: 'registration.notFound' });
  });
});

describe('reminders', () => {
  it('queue one reminder per confirmed participant the day before, however often they run', async () => {
    const { enqueueDueReminders } = await import('@/lib/mail/scheduled');
    const now = new Date();
    const tomorrow = await createEvent({ startsAt: new Date(now.getTime() + 20 * 3600_000), capacityOnsite: 2 });
    const later = await createEvent({ startsAt: new Date(now.getTime() + 5 * DAY) });
    for (let i = 0; i < 3; i++) await registerParticipant(tomorrow.slug, person());
    await registerParticipant(later.slug, person());
    await Promise.all([enqueueDueReminders(now), enqueueDueReminders(now)]);
    await enqueueDueReminders(now);
    const reminders = (await mailsFor(tomorrow.id)).filter((m) => m.kind === 'reminder');
    expect(reminders).toHaveLength(2); // the waitlisted person gets none
    expect((await mailsFor(later.id)).filter((m) => m.kind === 'reminder')).toHaveLength(0);
  });
});
