import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import {
  auditLog,
  eventMaterials,
  eventOrganisers,
  events,
  eventStreams,
  eventThemes,
  mailOutbox,
  registrations,
  themes,
} from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { eventSchema, type EventFormValues } from '@/lib/events/editor-schema';
import {
  addEventMaterial,
  cancelEvent,
  createEvent as createDraft,
  duplicateEvent,
  publishEvent,
  setCapacities,
  setStream,
  unpublishEvent,
  updateEvent,
} from '@/lib/events/editor';
import { getEventForEdit } from '@/lib/events/editor-read';
import { listAuditLog } from '@/lib/audit';
import { translate } from '@/lib/i18n/messages';
import type { RegistrationMailPayload } from '@/lib/mail/compose';

useTestDatabase();

const people: Record<'admin' | 'tays' | 'hyks', Organiser> = {} as never;
const NOW = new Date('2027-01-10T10:00:00Z');

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}

/** A valid form for a TAYS event in March 2027, parsed as the server action does. */
const input = (o: Partial<EventFormValues> = {}) =>
  eventSchema.parse(formValues({ startDate: '2027-03-10', endDate: '2027-03-10', ...o }));

/** A published TAYS event (Pirkanmaa) ten days after NOW. */
const taysEvent = (o: Parameters<typeof createEvent>[0] = {}) =>
  createEvent(
    { scope: 'province', regionCode: 'TAYS', provinceCode: '06', city: 'Tampere', capacityOnsite: 40, ...o },
    NOW,
  );

const eventRow = async (id: number) => (await db().select().from(events).where(eq(events.id, id)))[0];
const outbox = (eventId: number, kind: string) =>
  db()
    .select()
    .from(mailOutbox)
    .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId))
    .where(and(eq(registrations.eventId, eventId), eq(mailOutbox.kind, kind)));
const auditRows = (target: string) =>
  db().select().from(auditLog).where(eq(auditLog.target, target)).orderBy(asc(auditLog.id));

beforeAll(async () => {
  people.admin = await organiser('admin@editor.example', 'admin', []);
  people.tays = await organiser('tays@editor.example', 'organiser', ['TAYS']);
  people.hyks = await organiser('hyks@editor.example', 'organiser', ['HYKS']);
});

describe('creating events', () => {
  it('creates a draft with a slug from the Finnish title, its themes and an audit row', async () => {
    const [theme] = await db().select().from(themes).where(eq(themes.slug, 'sijoitetut-lapset'));
    const r = await createDraft(
      people.tays,
      input({ titleFi: 'Pirkanmaan verkostopäivä – Tampere', themeIds: [String(theme.id)] }),
      NOW,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.slug).toBe('pirkanmaan-verkostopaiva-tampere');
    const row = await eventRow(r.value.id);
    expect(row).toMatchObject({
      status: 'draft',
      regionCode: 'TAYS',
      provinceCode: '06',
      capacityOnsite: 40,
      sequence: 0,
    });
    expect(row.startsAt.toISOString()).toBe('2027-03-10T07:00:00.000Z');
    expect(await db().select().from(eventThemes).where(eq(eventThemes.eventId, r.value.id))).toHaveLength(1);
    const [audit] = await auditRows(`event:${r.value.id}`);
    expect(audit).toMatchObject({ action: 'event.create', actorEmail: 'tays@editor.example', userId: people.tays.id });

    const again = await createDraft(people.tays, input({ titleFi: 'Pirkanmaan verkostopäivä – Tampere' }), NOW);
    expect(again.ok && again.value.slug).toBe('pirkanmaan-verkostopaiva-tampere-2');
  });

  it('refuses a taken slug, a province of another region and unknown themes, with translated field messages', async () => {
    const first = await createDraft(people.admin, input({ slug: 'oma-osoite' }), NOW);
    expect(first.ok).toBe(true);
    const taken = await createDraft(people.admin, input({ slug: 'oma-osoite' }), NOW);
    expect(taken).toEqual({
      ok: false,
      error: 'editor.errors.invalid',
      fields: { slug: 'editor.validation.slugTaken' },
    });
    const wrongProvince = await createDraft(people.admin, input({ regionCode: 'TAYS', provinceCode: '01' }), NOW);
    expect(wrongProvince).toMatchObject({ ok: false, fields: { provinceCode: 'editor.validation.provinceRegion' } });
    const badTheme = await createDraft(people.admin, input({ themeIds: ['99999'] }), NOW);
    expect(badTheme).toMatchObject({ ok: false, fields: { themeIds: 'editor.validation.theme' } });
    for (const key of [
      'editor.validation.slugTaken',
      'editor.validation.provinceRegion',
      'editor.errors.invalid',
      'editor.errors.forbidden',
    ]) {
      expect(translate('fi', key)).toBeTruthy();
      expect(translate('sv', key)).not.toBe(translate('fi', key));
    }
  });

  it('lets a regional organiser pick only their own regions, and national only an admin', async () => {
    expect(await createDraft(people.hyks, input(), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { regionCode: 'editor.validation.regionNotAllowed' },
    });
    expect(await createDraft(people.tays, input({ scope: 'national' }), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { scope: 'editor.validation.nationalNotAllowed' },
    });
    expect(
      (
        await createDraft(
          people.admin,
          input({ scope: 'national', format: 'online', capacityOnsite: '', city: '' }),
          NOW,
        )
      ).ok,
    ).toBe(true);
  });
});

describe('editing events', () => {
  it('moves updated_at on every save, and sequence only when time or place change', async () => {
    const e = await taysEvent({
      startsAt: new Date('2027-03-10T07:00:00Z'),
      endsAt: new Date('2027-03-10T13:30:00Z'),
      venueName: 'Tampere-talo',
      venueAddress: 'Yliopistonkatu 55',
    });
    const t1 = new Date(NOW.getTime() + 1000);
    expect((await updateEvent(people.tays, e.id, input({ summaryFi: 'Uusi tiivistelmä' }), t1)).ok).toBe(true);
    let row = await eventRow(e.id);
    expect(row.updatedAt.getTime()).toBe(t1.getTime());
    expect(row.sequence).toBe(0);

    const t2 = new Date(NOW.getTime() + 2000);
    const moved = await updateEvent(people.tays, e.id, input({ startTime: '10:00' }), t2);
    expect(moved).toMatchObject({ ok: true, value: { sequence: 1, notified: 0 } });
    row = await eventRow(e.id);
    expect(row.updatedAt.getTime()).toBe(t2.getTime());
    expect(row.startsAt.toISOString()).toBe('2027-03-10T08:00:00.000Z');

    expect(
      (await updateEvent(people.tays, e.id, input({ startTime: '10:00', venueName: 'Pirkanmaan liitto' }), t2)).ok,
    ).toBe(true);
    expect((await eventRow(e.id)).sequence).toBe(2);
    const audits = await auditRows(`event:${e.id}`);
    expect(audits.map((a) => a.action)).toEqual(['event.update', 'event.update', 'event.update']);
    expect(audits[1].summary).toMatchObject({
      before: { startsAt: '2027-03-10T07:00:00.000Z' },
      after: { startsAt: '2027-03-10T08:00:00.000Z' },
      sequence: 1,
    });
  });

  it('tells every live registrant of a new time when asked, in their language, with the note', async () => {
    const e = await taysEvent({
      startsAt: new Date('2027-03-10T07:00:00Z'),
      endsAt: new Date('2027-03-10T13:30:00Z'),
      venueName: 'Tampere-talo',
      venueAddress: 'Yliopistonkatu 55',
    });
    await addRegistrations(e.id, 2);
    await addRegistrations(e.id, 1, { language: 'sv', status: 'waitlisted', waitlistedAt: NOW });
    await addRegistrations(e.id, 1, { status: 'cancelled' });
    const r = await updateEvent(
      people.tays,
      e.id,
      input({
        endTime: '16:00',
        notifyRegistrants: true,
        changeNoteFi: 'Päivä jatkuu puoli tuntia pidempään.',
        changeNoteSv: 'Dagen blir en halvtimme längre.',
      }),
      NOW,
    );
    expect(r).toMatchObject({ ok: true, value: { notified: 3, sequence: 1 } });
    const mails = await outbox(e.id, 'event_changed');
    expect(mails).toHaveLength(3);
    const notes = mails
      .map((m) => [m.mail_outbox.locale, (m.mail_outbox.payload as RegistrationMailPayload).data.changeNote])
      .sort();
    expect(notes).toEqual([
      ['fi', 'Päivä jatkuu puoli tuntia pidempään.'],
      ['fi', 'Päivä jatkuu puoli tuntia pidempään.'],
      ['sv', 'Dagen blir en halvtimme längre.'],
    ]);
    const invitations = mails
      .map((m) => (m.mail_outbox.payload as RegistrationMailPayload).invitation?.sequence ?? null)
      .sort();
    expect(invitations).toEqual([1, 1, null]); // no calendar update for the one still waiting

    // Without the tick, or without a change of time or place, nobody is mailed.
    await updateEvent(people.tays, e.id, input({ endTime: '16:30' }), NOW);
    await updateEvent(
      people.tays,
      e.id,
      input({ endTime: '16:30', summaryFi: 'Muu muutos', notifyRegistrants: true }),
      NOW,
    );
    expect(await outbox(e.id, 'event_changed')).toHaveLength(3);
  });

  it('promotes from the waiting list when the places are raised', async () => {
    const e = await taysEvent({
      capacityOnsite: 2,
      startsAt: new Date('2027-03-10T07:00:00Z'),
      endsAt: new Date('2027-03-10T13:30:00Z'),
    });
    await addRegistrations(e.id, 2);
    await addRegistrations(e.id, 3, { status: 'waitlisted', waitlistedAt: NOW });
    const r = await setCapacities(people.tays, e.id, { onsite: 4, remote: null }, NOW);
    expect(r.ok && r.value.promoted).toHaveLength(2);
    const statuses = await db()
      .select({ s: registrations.status })
      .from(registrations)
      .where(eq(registrations.eventId, e.id));
    expect(statuses.filter((x) => x.s === 'confirmed')).toHaveLength(4);
    expect(await outbox(e.id, 'promoted')).toHaveLength(2);
    // The form's save does the same.
    const viaForm = await updateEvent(
      people.tays,
      e.id,
      input({ capacityOnsite: '10', startTime: '9:00', endTime: '15:30' }),
      NOW,
    );
    expect(viaForm.ok && viaForm.value.promoted).toHaveLength(1);
    expect(await auditRows(`event:${e.id}`)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'event.capacity' })]),
    );
    expect(await setCapacities(people.tays, e.id, { onsite: -1, remote: null }, NOW)).toMatchObject({
      ok: false,
      fields: { capacityOnsite: 'editor.validation.capacity' },
    });
  });

  it('keeps the slug of a published event and refuses to drop a mode people registered for', async () => {
    const e = await taysEvent({ format: 'hybrid', capacityRemote: null });
    expect(await updateEvent(people.tays, e.id, input({ format: 'hybrid', slug: 'uusi-osoite' }), NOW)).toMatchObject({
      ok: false,
      fields: { slug: 'editor.validation.slugLocked' },
    });
    await addRegistrations(e.id, 1, { attendance: 'remote' });
    expect(await updateEvent(people.tays, e.id, input({ format: 'onsite' }), NOW)).toMatchObject({
      ok: false,
      fields: { format: 'editor.validation.formatInUse' },
    });
  });
});

describe('publishing, cancelling and duplicating', () => {
  it('publishes a draft, and takes it back to draft only while nobody is registered', async () => {
    const d = await createDraft(people.tays, input({ titleFi: 'Julkaistava päivä' }), NOW);
    if (!d.ok) throw new Error('create failed');
    expect(await publishEvent(people.tays, d.value.id, NOW, { confirmed: true })).toEqual({ ok: true, value: null });
    expect((await eventRow(d.value.id)).status).toBe('published');
    expect(await publishEvent(people.tays, d.value.id, NOW)).toEqual({ ok: false, error: 'editor.errors.notDraft' });
    expect(await unpublishEvent(people.tays, d.value.id, NOW)).toEqual({ ok: true, value: null });
    expect((await eventRow(d.value.id)).status).toBe('draft');

    await publishEvent(people.tays, d.value.id, NOW, { confirmed: true });
    await addRegistrations(d.value.id, 2);
    expect(await unpublishEvent(people.tays, d.value.id, NOW)).toEqual({
      ok: false,
      error: 'editor.errors.hasRegistrations',
      params: { count: 2 },
    });
    expect(translate('fi', 'editor.errors.hasRegistrations', { count: 2 })).toContain('2');
    expect((await auditRows(`event:${d.value.id}`)).map((a) => a.action)).toEqual([
      'event.create',
      'event.publish',
      'event.unpublish',
      'event.publish',
    ]);
  });

  it('cancels: one event_cancelled mail per live registration, with the note, and a higher sequence', async () => {
    const e = await taysEvent();
    await addRegistrations(e.id, 3);
    await addRegistrations(e.id, 2, { status: 'waitlisted', waitlistedAt: NOW, language: 'sv' });
    await addRegistrations(e.id, 4, { status: 'cancelled' });
    const r = await cancelEvent(people.tays, e.id, { changeNoteFi: 'Siirtyy syksyyn.', changeNoteSv: null }, NOW);
    expect(r).toEqual({ ok: true, value: { notified: 5 } });
    const row = await eventRow(e.id);
    expect(row).toMatchObject({ status: 'cancelled', sequence: 1 });
    const mails = await outbox(e.id, 'event_cancelled');
    expect(mails).toHaveLength(5);
    expect(new Set(mails.map((m) => m.mail_outbox.registrationId)).size).toBe(5);
    expect(
      mails.every((m) => (m.mail_outbox.payload as RegistrationMailPayload).data.changeNote === 'Siirtyy syksyyn.'),
    ).toBe(true);
    expect(
      mails.filter((m) => (m.mail_outbox.payload as RegistrationMailPayload).invitation?.method === 'CANCEL'),
    ).toHaveLength(3);
    // Cancelled is final; a draft is not cancelled (it was never public).
    expect(await cancelEvent(people.tays, e.id, { changeNoteFi: null, changeNoteSv: null }, NOW)).toEqual({
      ok: false,
      error: 'editor.errors.cancelled',
    });
    expect(await updateEvent(people.tays, e.id, input(), NOW)).toEqual({ ok: false, error: 'editor.errors.cancelled' });
    const draft = await taysEvent({ status: 'draft' });
    expect(await cancelEvent(people.tays, draft.id, { changeNoteFi: null, changeNoteSv: null }, NOW)).toEqual({
      ok: false,
      error: 'editor.errors.notPublished',
    });
    const [audit] = (await auditRows(`event:${e.id}`)).filter((a) => a.action === 'event.cancel');
    expect(audit.summary).toMatchObject({ notified: 5, changeNoteFi: 'Siirtyy syksyyn.' });
  });

  it('duplicates as a draft with a new slug, its themes and named organisers, but no registrations', async () => {
    const e = await taysEvent({
      titleFi: 'Kopioitava päivä',
      slug: 'kopioitava-paiva',
      themeSlugs: ['koulua-kaymattomat'],
    });
    await addRegistrations(e.id, 2);
    await db().insert(eventOrganisers).values({ eventId: e.id, userId: people.hyks.id });
    const r = await duplicateEvent(people.tays, e.id, NOW);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.slug).toBe('kopioitava-paiva-2');
    const copy = await eventRow(r.value.id);
    expect(copy).toMatchObject({
      status: 'draft',
      titleFi: 'Kopioitava päivä',
      sequence: 0,
      regionCode: 'TAYS',
      capacityOnsite: 40,
    });
    expect(await db().select().from(eventThemes).where(eq(eventThemes.eventId, copy.id))).toHaveLength(1);
    expect(await db().select().from(eventOrganisers).where(eq(eventOrganisers.eventId, copy.id))).toHaveLength(1);
    expect(await db().select().from(registrations).where(eq(registrations.eventId, copy.id))).toHaveLength(0);
    expect((await auditRows(`event:${copy.id}`))[0]).toMatchObject({
      action: 'event.duplicate',
      summary: { from: `event:${e.id}` },
    });
  });

  it('sets the stream and adds materials, keeping the stream address out of the audit log', async () => {
    const e = await taysEvent({ format: 'hybrid', capacityRemote: null });
    expect(
      await setStream(people.tays, e.id, {
        url: 'https://stream.example.fi/live/abc?key=secret',
        instructionsFi: 'Avaa linkki',
        instructionsSv: null,
      }),
    ).toEqual({ ok: true, value: null });
    const [stream] = await db().select().from(eventStreams).where(eq(eventStreams.eventId, e.id));
    expect(stream.url).toBe('https://stream.example.fi/live/abc?key=secret');
    expect(
      await addEventMaterial(people.tays, e.id, {
        kind: 'slides',
        titleFi: 'Diat',
        titleSv: null,
        url: 'https://example.fi/diat.pdf',
        visibility: 'public',
      }),
    ).toEqual({ ok: true, value: null });
    expect(await db().select().from(eventMaterials).where(eq(eventMaterials.eventId, e.id))).toHaveLength(1);
    const audits = await auditRows(`event:${e.id}`);
    expect(JSON.stringify(audits)).not.toContain('secret');
    expect(audits.map((a) => a.action).sort()).toEqual(['event.material', 'event.stream']);
    const onsite = await taysEvent();
    expect(
      await setStream(people.tays, onsite.id, {
        url: 'https://stream.example.fi/x',
        instructionsFi: null,
        instructionsSv: null,
      }),
    ).toMatchObject({ ok: false, fields: { url: 'editor.validation.streamOnsite' } });
  });
});

describe('scope: admin, own-region organiser, other-region organiser', () => {
  type Outcome = 'ok' | string;
  const note = { changeNoteFi: null, changeNoteSv: null };
  const actions: Record<
    string,
    (o: Organiser, id: number) => Promise<{ ok: boolean; error?: string } | object | null>
  > = {
    update: (o, id) => updateEvent(o, id, input({ summaryFi: `muokattu ${o.email}` }), NOW),
    publish: async (o, id) => {
      await db().update(events).set({ status: 'draft' }).where(eq(events.id, id));
      return publishEvent(o, id, NOW, { confirmed: true });
    },
    unpublish: (o, id) => unpublishEvent(o, id, NOW),
    cancel: (o, id) => cancelEvent(o, id, note, NOW),
    duplicate: (o, id) => duplicateEvent(o, id, NOW),
    capacity: (o, id) => setCapacities(o, id, { onsite: 60, remote: null }, NOW),
    stream: async (o, id) => {
      await db().update(events).set({ format: 'hybrid' }).where(eq(events.id, id));
      return setStream(o, id, { url: 'https://s.example.fi/x', instructionsFi: null, instructionsSv: null });
    },
    material: (o, id) =>
      addEventMaterial(o, id, {
        kind: 'link',
        titleFi: 'Linkki',
        titleSv: null,
        url: 'https://example.fi',
        visibility: 'public',
      }),
    read: (o, id) => getEventForEdit(o, id),
  };
  const outcome = (r: { ok?: boolean; error?: string } | object | null): Outcome =>
    r === null
      ? 'notFound'
      : 'ok' in r
        ? r.ok
          ? 'ok'
          : (r as { error: string }).error.replace('editor.errors.', '')
        : 'ok';

  it("lets admins and the region's organisers use every function on a region's event, never another region's organisers", async () => {
    const matrix: Record<string, Record<string, Outcome>> = {};
    for (const [name, act] of Object.entries(actions)) {
      matrix[name] = {};
      for (const who of ['admin', 'tays', 'hyks'] as const) {
        const e = await taysEvent();
        const before = await eventRow(e.id);
        matrix[name][who] = outcome(await act(people[who], e.id));
        if (who === 'hyks') {
          // Posting another region's id changed nothing.
          const after = await eventRow(e.id);
          expect({ ...after, format: before.format, status: before.status }).toEqual(before);
        }
      }
    }
    const expected = { admin: 'ok', tays: 'ok', hyks: 'notFound' };
    expect(matrix).toEqual(Object.fromEntries(Object.keys(actions).map((k) => [k, expected])));
    // Nothing was written in the other organiser's name.
    expect(await db().select().from(auditLog).where(eq(auditLog.userId, people.hyks.id))).toEqual([]);
  });

  it('never lets an organiser move their event to another region, nor a named organiser out of national', async () => {
    const own = await createEvent({ scope: 'region', regionCode: 'HYKS', city: 'Helsinki' });
    expect(await updateEvent(people.hyks, own.id, input(), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { regionCode: 'editor.validation.regionNotAllowed' },
    });
    expect((await eventRow(own.id)).regionCode).toBe('HYKS');
    // A national event the TAYS organiser is named on: they may edit it and keep it national.
    const national = await createEvent({ scope: 'national', city: 'Helsinki' });
    await db().insert(eventOrganisers).values({ eventId: national.id, userId: people.tays.id });
    expect((await updateEvent(people.tays, national.id, input({ scope: 'national', city: 'Helsinki' }), NOW)).ok).toBe(
      true,
    );
    expect(await updateEvent(people.hyks, national.id, input({ scope: 'national' }), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
  });

  it('shows the audit log to admins only', async () => {
    expect(await listAuditLog(people.tays)).toBeNull();
    expect(await listAuditLog(people.hyks)).toBeNull();
    const rows = await listAuditLog(people.admin, { limit: 5 });
    expect(rows).toHaveLength(5);
    expect(rows![0].createdAt >= rows![4].createdAt).toBe(true);
  });
});

describe('audit rows', () => {
  it('record who did what to which target with a before/after summary', async () => {
    const e = await taysEvent({ titleFi: 'Ennen' });
    await updateEvent(people.admin, e.id, input({ titleFi: 'Jälkeen' }), NOW);
    const [row] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.target, `event:${e.id}`), inArray(auditLog.action, ['event.update'])));
    expect(row).toMatchObject({ userId: people.admin.id, actorEmail: 'admin@editor.example', action: 'event.update' });
    expect(row.summary).toMatchObject({ before: { titleFi: 'Ennen' }, after: { titleFi: 'Jälkeen' } });
  });
});
