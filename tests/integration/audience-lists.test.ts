// Issue 15 §3: the national admin edits the audience lists (add, rename fi/sv, reorder, deactivate),
// every change audited; a regional organiser can change nothing; nothing is ever deleted.
import { describe, expect, it, beforeAll } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { auditLog, roleCategories, organisationTypes } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { addAudienceItem, moveAudienceItem, updateAudienceItem } from '@/lib/audience/admin';
import { audienceOptions, getAudienceLists } from '@/lib/audience/lists';

useTestDatabase();

let admin: Organiser;
let regional: Organiser;

beforeAll(async () => {
  admin = {
    id: await inviteOrganiser(db(), { email: 'admin@oph.example', role: 'admin', regions: [] }),
    email: 'admin@oph.example',
    name: null,
    role: 'admin',
    regions: [],
  };
  regional = {
    id: await inviteOrganiser(db(), { email: 'tays@pirkanmaa.example', role: 'organiser', regions: ['TAYS'] }),
    email: 'tays@pirkanmaa.example',
    name: null,
    role: 'organiser',
    regions: ['TAYS'],
  };
});

const audits = (action: string) => db().select().from(auditLog).where(eq(auditLog.action, action));

describe('audience list editing', () => {
  it('offers the seeded lists in order, in Finnish and Swedish', async () => {
    const fi = await audienceOptions('fi');
    expect(fi.roleCategories.map((o) => o.code).slice(0, 3)).toEqual([
      'teacher',
      'special_education_teacher',
      'principal',
    ]);
    expect(fi.organisationTypes).toHaveLength(9);
    expect(fi.educationLevels.map((o) => o.name)).toEqual([
      'Varhaiskasvatus',
      'Esiopetus',
      'Perusopetus',
      'Toinen aste',
      'Muu',
    ]);
    expect((await audienceOptions('sv')).educationLevels[2].name).toBe('Grundläggande utbildning');
  });

  it('lets the admin add, rename, reorder and deactivate items, each audited', async () => {
    const added = await addAudienceItem(admin, 'roleCategories', { nameFi: 'Nuorisotyö', nameSv: 'Ungdomsarbete' });
    expect(added).toEqual({ ok: true, value: { code: 'nuorisotyo' } });
    expect((await audienceOptions('sv')).roleCategories.at(-1)).toEqual({ code: 'nuorisotyo', name: 'Ungdomsarbete' });

    expect(
      await updateAudienceItem(admin, 'organisationTypes', 'ngo', {
        nameFi: 'Järjestö tai säätiö',
        nameSv: 'Organisation eller stiftelse',
        active: true,
      }),
    ).toEqual({ ok: true, value: null });
    expect((await audienceOptions('fi')).organisationTypes.find((o) => o.code === 'ngo')?.name).toBe(
      'Järjestö tai säätiö',
    );

    expect((await moveAudienceItem(admin, 'roleCategories', 'principal', 'up')).ok).toBe(true);
    expect((await audienceOptions('fi')).roleCategories.map((o) => o.code).slice(0, 3)).toEqual([
      'teacher',
      'principal',
      'special_education_teacher',
    ]);

    await updateAudienceItem(admin, 'roleCategories', 'other', { nameFi: 'Muu', nameSv: 'Annan', active: false });
    expect((await audienceOptions('fi')).roleCategories.some((o) => o.code === 'other')).toBe(false);
    // Still there (statistics and old registrations name it), only no longer offered.
    expect((await getAudienceLists()).roleCategories.find((i) => i.code === 'other')).toMatchObject({
      active: false,
      nameFi: 'Muu',
    });

    expect(await audits('audience.item.add')).toHaveLength(1);
    const [rename] = await audits('audience.item.update').then((r) =>
      r.filter((a) => a.target === 'organisationTypes:ngo'),
    );
    expect(rename.summary).toEqual({
      before: { nameFi: 'Järjestö', nameSv: 'Organisation' },
      after: { nameFi: 'Järjestö tai säätiö', nameSv: 'Organisation eller stiftelse' },
    });
    expect(await audits('audience.item.move')).toHaveLength(1);
  });

  it('refuses a name missing in either language, and an unknown item', async () => {
    expect(await addAudienceItem(admin, 'educationLevels', { nameFi: 'Lukio', nameSv: ' ' })).toEqual({
      ok: false,
      error: 'audience.errors.nameRequired',
    });
    expect(await addAudienceItem(admin, 'educationLevels', { nameFi: 'x'.repeat(121), nameSv: 'y' })).toEqual({
      ok: false,
      error: 'audience.errors.nameTooLong',
    });
    expect(
      await updateAudienceItem(admin, 'educationLevels', 'nope', { nameFi: 'A', nameSv: 'B', active: true }),
    ).toEqual({ ok: false, error: 'audience.errors.notFound' });
  });

  it('refuses every change by a regional organiser and changes nothing', async () => {
    const before = await db().select().from(roleCategories);
    expect(await addAudienceItem(regional, 'roleCategories', { nameFi: 'Valmentaja', nameSv: 'Tränare' })).toEqual({
      ok: false,
      error: 'audience.errors.notFound',
    });
    expect(
      await updateAudienceItem(regional, 'roleCategories', 'teacher', {
        nameFi: 'Opettaja',
        nameSv: 'Lärare',
        active: false,
      }),
    ).toEqual({ ok: false, error: 'audience.errors.notFound' });
    expect(await moveAudienceItem(regional, 'roleCategories', 'teacher', 'down')).toEqual({
      ok: false,
      error: 'audience.errors.notFound',
    });
    expect(await db().select().from(roleCategories)).toEqual(before);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.userId, regional.id))),
    ).toHaveLength(0);
    expect(await db().select().from(organisationTypes).where(eq(organisationTypes.code, 'ngo'))).toHaveLength(1);
  });
});
