// Issue 17 "Who organises": the admin names co-organisers (any organiser account, from any region,
// or a project organiser) on an event or a training series; they then manage it like its region's
// organisers. A project organiser has no region and manages only what it is named on, and adds
// sessions only inside its series. (Every entry point × role: authorization-matrix.test.ts.)
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import { auditLog, eventOrganisers, events, organiserRegions, users } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import {
  listCoOrganiserChoices,
  seriesCoOrganisers,
  setEventCoOrganisers,
  setSeriesCoOrganisers,
} from '@/lib/auth/co-organisers';
import { changeOrganiser, inviteAsAdmin, setOrganiserDisabled } from '@/lib/auth/organisers';
import { organiserInviteSchema } from '@/lib/auth/organiser-schema';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { createEvent as createEventAs, updateEvent } from '@/lib/events/editor';
import { eventSchema, seriesSchema } from '@/lib/events/editor-schema';
import { createSeries as createSeriesAs, listManageableSeries, updateSeries } from '@/lib/events/series-editor';
import { listEventRegistrations } from '@/lib/attendance/registrations';

useTestDatabase();

const people = {} as Record<'admin' | 'hyks' | 'tays' | 'project', Organiser>;

async function organiser(email: string, role: Organiser['role'], regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

const auditOf = (target: string) =>
  db()
    .select({ action: auditLog.action, summary: auditLog.summary, actor: auditLog.actorEmail })
    .from(auditLog)
    .where(eq(auditLog.target, target));

const sessionInput = (o: Partial<Parameters<typeof formValues>[0]>) =>
  eventSchema.parse(
    formValues({ startDate: '2030-05-06', endDate: '2030-05-06', provinceCode: '', scope: 'region', ...o }),
  );

beforeAll(async () => {
  people.admin = await organiser('admin@co.example', 'admin', []);
  people.hyks = await organiser('hyks@co.example', 'organiser', ['HYKS']);
  people.tays = await organiser('tays@co.example', 'organiser', ['TAYS']);
  people.project = await organiser('tuvet@co.example', 'project', []);
});

describe('co-organisers of an event', () => {
  it('gives a named organiser of another region the event, and takes it back when unnamed, both audited', async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const sees = async () => (await listWorkspaceEvents(people.tays)).some((e) => e.id === event.id);
    expect(await sees()).toBe(false);
    expect(await listEventRegistrations(people.tays, event.id)).toEqual({ ok: false, error: 'attendance.notFound' });

    expect(await setEventCoOrganisers(people.admin, event.id, [people.tays.id])).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await sees()).toBe(true);
    expect((await listEventRegistrations(people.tays, event.id)).ok).toBe(true);
    const saved = await updateEvent(
      people.tays,
      event.id,
      sessionInput({ regionCode: 'HYKS', titleFi: 'Yhdessä järjestetty', capacityOnsite: '50' }),
    );
    expect(saved.ok).toBe(true);
    // …but not another region's: a co-organiser chooses among its event's region and their own.
    expect(await updateEvent(people.tays, event.id, sessionInput({ regionCode: 'OYS' }))).toMatchObject({
      ok: false,
      error: 'editor.errors.forbidden',
    });

    expect(await setEventCoOrganisers(people.admin, event.id, [people.tays.id])).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(await setEventCoOrganisers(people.admin, event.id, [])).toEqual({ ok: true, value: { changed: true } });
    expect(await sees()).toBe(false);
    const audit = (await auditOf(`event:${event.id}`)).filter((a) => a.action === 'event.organisers');
    expect(audit.map((a) => a.summary)).toEqual([
      { before: { organisers: [] }, after: { organisers: ['tays@co.example'] } },
      { before: { organisers: ['tays@co.example'] }, after: { organisers: [] } },
    ]);
  });

  it('lets only an admin name co-organisers, only enabled non-admin accounts, and changes nothing otherwise', async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const disabled = await organiser('pois@co.example', 'organiser', ['OYS']);
    await setOrganiserDisabled(people.admin, disabled.id, true);
    const named = () =>
      db().select({ u: eventOrganisers.userId }).from(eventOrganisers).where(eq(eventOrganisers.eventId, event.id));

    // The region's own organiser may manage the event but not name its organisers.
    expect(await setEventCoOrganisers(people.hyks, event.id, [people.tays.id])).toEqual({
      ok: false,
      error: 'coOrganisers.errors.notFound',
    });
    for (const ids of [[people.admin.id], [disabled.id], ['no-such-account'], [people.tays.id, 'no-such-account']])
      expect(await setEventCoOrganisers(people.admin, event.id, ids)).toEqual({
        ok: false,
        error: 'coOrganisers.errors.account',
      });
    expect(await setEventCoOrganisers(people.admin, 999999, [people.tays.id])).toEqual({
      ok: false,
      error: 'coOrganisers.errors.notFound',
    });
    expect(await named()).toEqual([]);
    expect(await auditOf(`event:${event.id}`)).toEqual([]);

    const choices = await listCoOrganiserChoices(people.admin);
    expect(choices?.map((c) => c.email)).toEqual(
      expect.arrayContaining(['hyks@co.example', 'tays@co.example', 'tuvet@co.example']),
    );
    expect(choices?.map((c) => c.email)).not.toContain('admin@co.example');
    expect(choices?.map((c) => c.email)).not.toContain('pois@co.example');
    expect(choices?.find((c) => c.email === 'tuvet@co.example')).toMatchObject({ role: 'project', regions: [] });
    expect(await listCoOrganiserChoices(people.hyks)).toBeNull();
  });
});

describe('a project organiser', () => {
  it('sees and manages exactly the series it is named on and all their sessions, in every region', async () => {
    const series = await createSeries('tuvet-testi');
    const other = await createSeries('muu-hanke');
    const sessions = await Promise.all(
      ['HYKS', 'OYS', 'TAYS'].map((regionCode) => createEvent({ scope: 'region', regionCode, seriesId: series.id })),
    );
    const elsewhere = await createEvent({ scope: 'region', regionCode: 'OYS', seriesId: other.id });
    const national = await createEvent({ scope: 'national' });
    expect(await listWorkspaceEvents(people.project)).toEqual([]);
    expect(await listManageableSeries(people.project)).toEqual([]);

    expect((await setSeriesCoOrganisers(people.admin, series.id, [people.project.id])).ok).toBe(true);
    const ids = (await listWorkspaceEvents(people.project)).map((e) => e.id).sort((a, b) => a - b);
    expect(ids).toEqual(sessions.map((s) => s.id).sort((a, b) => a - b));
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(national.id);
    expect((await listManageableSeries(people.project)).map((s) => s.id)).toEqual([series.id]);
    expect(
      (
        await updateSeries(people.project, series.id, {
          titleFi: 'TUVET-koulutus',
          titleSv: null,
          descriptionFi: '',
          descriptionSv: null,
          trainers: '',
          project: 'TUVET',
        })
      ).ok,
    ).toBe(true);
    expect(await seriesCoOrganisers(series.id)).toEqual([
      { id: people.project.id, email: 'tuvet@co.example', name: null },
    ]);
    const [audit] = await auditOf(`series:${series.id}`);
    expect(audit).toMatchObject({
      action: 'series.organisers',
      actor: 'admin@co.example',
      summary: { before: { organisers: [] }, after: { organisers: ['tuvet@co.example'] } },
    });
    // A regional organiser of one session's region does not get the series that spans regions.
    expect((await listManageableSeries(people.hyks)).map((s) => s.id)).not.toContain(series.id);
  });

  it('adds sessions only inside its series (in any region) and cannot take one out of it', async () => {
    const series = await createSeries('tuvet-istunnot');
    const other = await createSeries('toinen-sarja');
    await createEvent({ scope: 'region', regionCode: 'TAYS', seriesId: other.id });
    await setSeriesCoOrganisers(people.admin, series.id, [people.project.id]);

    const created = await createEventAs(
      people.project,
      sessionInput({ regionCode: 'KYS', seriesId: String(series.id) }),
    );
    expect(created.ok).toBe(true);
    const nationalSession = await createEventAs(
      people.project,
      sessionInput({ scope: 'national', regionCode: '', seriesId: String(series.id) }),
    );
    expect(nationalSession.ok).toBe(true);
    expect(await createEventAs(people.project, sessionInput({ regionCode: 'KYS' }))).toMatchObject({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { regionCode: 'editor.validation.regionNotAllowed' },
    });
    expect(
      await createEventAs(people.project, sessionInput({ regionCode: 'TAYS', seriesId: String(other.id) })),
    ).toMatchObject({ ok: false, error: 'editor.errors.forbidden' });

    const id = created.ok ? created.value.id : 0;
    const before = (await db().select().from(events).where(eq(events.id, id)))[0];
    expect(await updateEvent(people.project, id, sessionInput({ regionCode: 'KYS', titleFi: 'Irti' }))).toMatchObject({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { seriesId: 'editor.validation.seriesLeavesScope' },
    });
    expect((await db().select().from(events).where(eq(events.id, id)))[0]).toEqual(before);
    expect(
      (
        await updateEvent(
          people.project,
          id,
          sessionInput({ regionCode: 'OYS', titleFi: 'Oulussa', seriesId: String(series.id), capacityOnsite: '60' }),
        )
      ).ok,
    ).toBe(true);
  });
});

describe('a series a project organiser makes itself', () => {
  it('is named on it at once, so it can add its first sessions in any region; nobody else gains it', async () => {
    const made = await createSeriesAs(
      people.project,
      seriesSchema.parse({ titleFi: 'Hankkeen oma sarja', descriptionFi: 'Sarja', trainers: 'K', project: 'TUVET' }),
    );
    if (!made.ok) throw new Error('series not created');
    expect(await seriesCoOrganisers(made.value.id)).toEqual([
      { id: people.project.id, email: 'tuvet@co.example', name: null },
    ]);
    expect((await listManageableSeries(people.project)).map((s) => s.id)).toContain(made.value.id);
    const first = await createEventAs(
      people.project,
      sessionInput({ regionCode: 'OYS', seriesId: String(made.value.id) }),
    );
    expect(first.ok).toBe(true);
    const second = await createEventAs(
      people.project,
      sessionInput({ regionCode: 'TYKS', seriesId: String(made.value.id) }),
    );
    expect(second.ok).toBe(true);
    expect((await listManageableSeries(people.hyks)).map((s) => s.id)).not.toContain(made.value.id);
  });
});

describe('organiser accounts with the project role', () => {
  it('are invited and changed by the admin without regions, whatever regions the form sent', async () => {
    expect(
      organiserInviteSchema.safeParse({ email: 'hanke@co.example', name: '', role: 'project', regions: [] }).success,
    ).toBe(true);
    const invited = await inviteAsAdmin(people.admin, {
      email: 'hanke@co.example',
      name: 'Hanke',
      role: 'project',
      regions: ['HYKS'],
    });
    expect(invited.ok).toBe(true);
    const id = invited.ok ? invited.value.id : '';
    const regionsOf = async () =>
      (await db().select().from(organiserRegions).where(eq(organiserRegions.userId, id))).map((r) => r.regionCode);
    expect(await regionsOf()).toEqual([]);
    expect((await db().select({ role: users.role }).from(users).where(eq(users.id, id)))[0].role).toBe('project');

    expect((await changeOrganiser(people.admin, id, { role: 'organiser', regions: ['OYS'], name: null })).ok).toBe(
      true,
    );
    expect(await regionsOf()).toEqual(['OYS']);
    expect((await changeOrganiser(people.admin, id, { role: 'project', regions: ['OYS'], name: null })).ok).toBe(true);
    expect(await regionsOf()).toEqual([]);
  });
});
