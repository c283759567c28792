import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries as insertSeries } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import { auditLog, events, trainingSeries } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { eventSchema, seriesSchema } from '@/lib/events/editor-schema';
import { createEvent as createDraft, publishEvent } from '@/lib/events/editor';
import {
  canManageSeries,
  createSeries,
  getSeriesForEdit,
  listManageableSeries,
  sessionDefaults,
  updateSeries,
} from '@/lib/events/series-editor';
import { editorOptions } from '@/lib/events/editor-read';
import { getPublicSeries } from '@/lib/events/queries';

useTestDatabase();

const people: Record<'admin' | 'tays' | 'hyks', Organiser> = {} as never;
const NOW = new Date('2027-01-10T10:00:00Z');
const series = (titleFi: string) =>
  seriesSchema.parse({
    titleFi,
    titleSv: 'Delaktighet',
    descriptionFi: 'Koulutussarja',
    trainers: 'Kaisa Kouluttaja',
    project: 'TUVET',
  });

beforeAll(async () => {
  for (const [key, role, regions] of [
    ['admin', 'admin', []],
    ['tays', 'organiser', ['TAYS']],
    ['hyks', 'organiser', ['HYKS']],
  ] as const) {
    const email = `${key}@series.example`;
    people[key] = {
      id: await inviteOrganiser(db(), { email, role, regions: [...regions] }),
      email,
      name: null,
      role,
      regions: [...regions],
    };
  }
});

describe('training series', () => {
  it('creates a series with a slug and adds a session that the public series page shows once published', async () => {
    const r = await createSeries(people.tays, series('Lapsen osallisuus ja oikeudet'), NOW);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.slug).toBe('lapsen-osallisuus-ja-oikeudet');
    const again = await createSeries(people.tays, series('Lapsen osallisuus ja oikeudet'), NOW);
    expect(again.ok && again.value.slug).toBe('lapsen-osallisuus-ja-oikeudet-2');

    // "Add session" prefills from the series; the organiser adds date and place.
    const defaults = await sessionDefaults(people.tays, r.value.id);
    expect(defaults).toMatchObject({
      kind: 'training',
      seriesId: String(r.value.id),
      titleFi: 'Lapsen osallisuus ja oikeudet',
      descriptionFi: 'Koulutussarja',
    });
    const session = await createDraft(
      people.tays,
      eventSchema.parse(
        formValues({
          ...defaults,
          startDate: '2027-03-10',
          endDate: '2027-03-10',
          city: 'Tampere',
          scope: 'region',
          regionCode: 'TAYS',
          provinceCode: '',
        }),
      ),
      NOW,
    );
    if (!session.ok) throw new Error(JSON.stringify(session));
    expect((await db().select().from(events).where(eq(events.id, session.value.id)))[0]).toMatchObject({
      seriesId: r.value.id,
      kind: 'training',
    });
    expect(await getPublicSeries(r.value.slug, NOW)).toBeNull(); // a draft session shows nothing
    await publishEvent(people.tays, session.value.id, NOW, { confirmed: true });
    const pub = await getPublicSeries(r.value.slug, NOW);
    expect(pub?.sessions.map((s) => s.city)).toEqual(['Tampere']);

    // The next session copies the first one's hours, places and format.
    expect(await sessionDefaults(people.tays, r.value.id)).toMatchObject({
      startTime: '09:00',
      endTime: '15:30',
      capacityOnsite: '40',
      format: 'onsite',
    });
    expect((await getSeriesForEdit(people.tays, r.value.id))?.sessions).toHaveLength(1);
  });

  it('is managed by its creator, by whoever has all its sessions in scope, and by admins — no one else', async () => {
    const r = await createSeries(people.tays, series('TAYS-sarja'), NOW);
    if (!r.ok) throw new Error(r.error);
    const id = r.value.id;
    expect([
      await canManageSeries(people.admin, id),
      await canManageSeries(people.tays, id),
      await canManageSeries(people.hyks, id),
    ]).toEqual([true, true, false]);
    expect(await updateSeries(people.hyks, id, series('Kaapattu'), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await getSeriesForEdit(people.hyks, id)).toBeNull();
    expect(await sessionDefaults(people.hyks, id)).toBeNull();
    expect((await listManageableSeries(people.hyks)).map((s) => s.id)).not.toContain(id);
    expect((await editorOptions(people.hyks)).series.map((s) => s.value)).not.toContain(String(id));

    // Another region's organiser cannot hang their event on it, even by posting its id.
    const hijack = await createDraft(
      people.hyks,
      eventSchema.parse(
        formValues({
          seriesId: String(id),
          startDate: '2027-03-10',
          endDate: '2027-03-10',
          scope: 'region',
          regionCode: 'HYKS',
          provinceCode: '',
          city: 'Helsinki',
        }),
      ),
      NOW,
    );
    expect(hijack).toEqual({
      ok: false,
      error: 'editor.errors.forbidden',
      fields: { seriesId: 'editor.validation.series' },
    });

    expect(await updateSeries(people.tays, id, series('TAYS-sarja, kevät'), NOW)).toEqual({ ok: true, value: null });
    const [row] = await db().select().from(trainingSeries).where(eq(trainingSeries.id, id));
    expect(row.titleFi).toBe('TAYS-sarja, kevät');
    const audits = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `series:${id}`));
    expect(audits.map((a) => a.action).sort()).toEqual(['series.create', 'series.update']);
    expect(audits.find((a) => a.action === 'series.update')?.summary).toMatchObject({
      before: { titleFi: 'TAYS-sarja' },
      after: { titleFi: 'TAYS-sarja, kevät' },
    });

    // A series with sessions in two regions is managed nationally.
    const national = await insertSeries('kansallinen-sarja');
    await createEvent({ seriesId: national.id, scope: 'region', regionCode: 'TAYS' });
    await createEvent({ seriesId: national.id, scope: 'region', regionCode: 'HYKS' });
    expect([
      await canManageSeries(people.admin, national.id),
      await canManageSeries(people.tays, national.id),
      await canManageSeries(people.hyks, national.id),
    ]).toEqual([true, false, false]);
  });

  it('knows its creator from the series itself: rows of the audit log neither grant nor take away the right to manage it', async () => {
    const r = await createSeries(people.tays, series('Luojan sarja'), NOW);
    if (!r.ok) throw new Error(r.error);
    const id = r.value.id;
    expect(
      (
        await db().select({ createdBy: trainingSeries.createdBy }).from(trainingSeries).where(eq(trainingSeries.id, id))
      )[0].createdBy,
    ).toBe(people.tays.id);
    // The log says someone else created it, and the creator's own row is gone: nothing changes.
    await db()
      .delete(auditLog)
      .where(eq(auditLog.target, `series:${id}`));
    await db()
      .insert(auditLog)
      .values({
        userId: people.hyks.id,
        actorEmail: people.hyks.email,
        action: 'series.create',
        target: `series:${id}`,
      });
    expect([
      await canManageSeries(people.admin, id),
      await canManageSeries(people.tays, id),
      await canManageSeries(people.hyks, id),
    ]).toEqual([true, true, false]);
    expect(await updateSeries(people.hyks, id, series('Kaapattu'), NOW)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await updateSeries(people.tays, id, series('Luojan sarja, syksy'), NOW)).toEqual({ ok: true, value: null });
  });
});
