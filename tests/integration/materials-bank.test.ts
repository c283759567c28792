import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { eventMaterials } from '@/db/schema';
import { listMaterialsBank, materialsBankQuery } from '@/lib/materials/bank';
import { listPublicMaterials, publicMaterialYears } from '@/lib/materials/queries';
import { GET as materialsApiRoute } from '@/app/api/materials/route';
import { NextRequest } from 'next/server';

useTestDatabase();

const DAY = 86400_000;

describe('materials bank', () => {
  it('lists past events with public materials only, searchable and by theme', async () => {
    const now = new Date();
    const old = await createEvent(
      {
        titleFi: 'Koulua käymättömät – kokoontumisajo',
        startsAt: new Date(now.getTime() - 40 * DAY),
        themeSlugs: ['koulua-kaymattomat'],
      },
      now,
    );
    const other = await createEvent(
      {
        titleFi: 'Sijoitetut lapset – webinaari',
        startsAt: new Date(now.getTime() - 20 * DAY),
        themeSlugs: ['sijoitetut-lapset'],
      },
      now,
    );
    const secret = await createEvent(
      { titleFi: 'Vain osallistujille', startsAt: new Date(now.getTime() - 10 * DAY) },
      now,
    );
    const future = await createEvent({ titleFi: 'Tuleva tapahtuma' }, now);
    const draft = await createEvent(
      { titleFi: 'Luonnos', status: 'draft', startsAt: new Date(now.getTime() - 5 * DAY) },
      now,
    );
    await db()
      .insert(eventMaterials)
      .values([
        {
          eventId: old.id,
          kind: 'slides',
          titleFi: 'Diat 50%',
          url: 'https://example.fi/diat.pdf',
          visibility: 'public',
        },
        {
          eventId: old.id,
          kind: 'recording',
          titleFi: 'Tallenne',
          url: 'https://example.fi/tallenne',
          visibility: 'participants',
        },
        {
          eventId: other.id,
          kind: 'recording',
          titleFi: 'Webinaarin tallenne',
          url: 'https://example.fi/w',
          visibility: 'public',
        },
        {
          eventId: secret.id,
          kind: 'recording',
          titleFi: 'Salainen tallenne',
          url: 'https://example.fi/s',
          visibility: 'participants',
        },
        {
          eventId: future.id,
          kind: 'slides',
          titleFi: 'Ennakkomateriaali',
          url: 'https://example.fi/e',
          visibility: 'public',
        },
        {
          eventId: draft.id,
          kind: 'slides',
          titleFi: 'Luonnosdiat',
          url: 'https://example.fi/l',
          visibility: 'public',
        },
      ]);

    const all = await listMaterialsBank({}, now);
    expect(all.map((e) => e.id)).toEqual([other.id, old.id]); // newest first
    expect(all[1].materials.map((m) => m.titleFi)).toEqual(['Diat 50%']); // the participants-only recording stays out
    expect(JSON.stringify(all)).not.toContain('Salainen');
    expect((await listMaterialsBank({ q: 'KÄYMÄTTÖMÄT' }, now)).map((e) => e.id)).toEqual([old.id]);
    expect((await listMaterialsBank({ q: 'webinaarin tallenne' }, now)).map((e) => e.id)).toEqual([other.id]);
    expect((await listMaterialsBank({ q: '50%' }, now)).map((e) => e.id)).toEqual([old.id]);
    expect((await listMaterialsBank({ q: 'kaymattomat' }, now)).map((e) => e.id)).toEqual([old.id]);
    expect(await listMaterialsBank({ q: '_' }, now)).toEqual([]); // no wildcards
    expect((await listMaterialsBank({ theme: 'sijoitetut-lapset' }, now)).map((e) => e.id)).toEqual([other.id]);
    expect(all[0].themes.map((t) => t.slug)).toEqual(['sijoitetut-lapset']);
    // Bad query values are ignored rather than failing the page.
    expect(materialsBankQuery.parse({ q: 'x'.repeat(500), theme: 'DROP TABLE' })).toEqual({
      q: undefined,
      theme: undefined,
    });
  });

  it('filters by target level and by year (an event material without its own year has its event’s), in the bank and the API', async () => {
    // Held on 10 March 2021 (Helsinki); no other event of this file is in 2019 or 2021.
    const held = await createEvent({
      titleFi: 'Vuoden 2021 verkostopäivä',
      startsAt: new Date('2021-03-10T08:00:00Z'),
      endsAt: new Date('2021-03-10T14:00:00Z'),
    });
    const material = (titleFi: string, o: Partial<typeof eventMaterials.$inferInsert>) =>
      db()
        .insert(eventMaterials)
        .values({ kind: 'guide', titleFi, url: 'https://example.fi/m', visibility: 'public', ...o })
        .returning({ id: eventMaterials.id })
        .then(([r]) => r.id);
    const advancedOfEvent = await material('Asiantuntijadiat', {
      eventId: held.id,
      kind: 'slides',
      targetLevel: 'advanced',
    });
    const olderOfEvent = await material('Vanhempi raportti', { eventId: held.id, kind: 'report', year: 2019 });
    const introGuide = await material('Perusopas', { targetLevel: 'introductory', year: 2021 });
    const advancedModel = await material('Asiantuntijamalli', { kind: 'model', targetLevel: 'advanced', year: 2019 });

    const bank = async (q: Parameters<typeof listMaterialsBank>[0]) =>
      (await listMaterialsBank(q)).map((e) => ({ id: e.id, materials: e.materials.map((m) => m.id) }));
    const standalone = async (q: Parameters<typeof listMaterialsBank>[0]) =>
      (await listPublicMaterials(q, { standaloneOnly: true })).map((m) => m.id);

    expect(await bank({ year: 2021 })).toEqual([{ id: held.id, materials: [advancedOfEvent] }]);
    expect(await standalone({ year: 2021 })).toEqual([introGuide]);
    expect(await bank({ year: 2019 })).toEqual([{ id: held.id, materials: [olderOfEvent] }]);
    expect(await standalone({ year: 2019 })).toEqual([advancedModel]);
    expect(await bank({ level: 'advanced' })).toEqual([{ id: held.id, materials: [advancedOfEvent] }]);
    expect(await standalone({ level: 'advanced' })).toEqual([advancedModel]);
    expect(await bank({ level: 'advanced', year: 2019 })).toEqual([]);
    expect(await standalone({ level: 'introductory', year: 2021 })).toEqual([introGuide]);
    // The year filter offers the years there are, newest first.
    const years = await publicMaterialYears();
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toEqual(expect.arrayContaining([2021, 2019]));
    expect(years).not.toContain(2020);

    // GET /api/materials takes them as level= and year=; bad values are ignored like its other filters.
    const api = async (q: string) =>
      (
        (await (await materialsApiRoute(new NextRequest(`http://localhost/api/materials${q}`))).json()) as {
          id: number;
        }[]
      ).map((m) => m.id);
    const ours = [advancedOfEvent, olderOfEvent, introGuide, advancedModel];
    const fromApi = async (q: string) => (await api(q)).filter((id) => ours.includes(id)).sort((a, b) => a - b);
    expect(await fromApi('?level=advanced')).toEqual([advancedOfEvent, advancedModel]);
    expect(await fromApi('?year=2021')).toEqual([advancedOfEvent, introGuide]);
    expect(await fromApi('?year=2019&level=advanced')).toEqual([advancedModel]);
    expect(await fromApi('?year=21&level=expert')).toEqual(ours);
    expect(await api('?year=nineteen&level=%27')).toEqual(await api(''));
    expect(materialsBankQuery.parse({ level: 'expert', year: '1800' })).toEqual({ level: undefined, year: undefined });
    expect(materialsBankQuery.parse({ level: 'advanced', year: '2021' })).toMatchObject({
      level: 'advanced',
      year: 2021,
    });
  });
});
