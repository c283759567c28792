import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { eventMaterials } from '@/db/schema';
import { listMaterialsBank, materialsBankQuery } from '@/lib/materials/bank';

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
});
