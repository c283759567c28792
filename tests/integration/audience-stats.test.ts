// Issue 15 §3: reach per role category, organisation type, education level and VIPU contact person
// (registered, attended, new, returning), what each event missed, in the stats page's tables and
// exports; the answers in the organiser's registration export and the person's GDPR data; erasure
// keeps the statistics but not the VIPU flag; a regional organiser sees no other region's figures.
import { describe, expect, it, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { registrationAudience, registrationEducationLevels, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { loadAreaReport, loadEventReport } from '@/lib/stats/report';
import { statsFile } from '@/lib/stats/export';
import { buildExport } from '@/lib/attendance/export';
import { collectPersonalData, erasePersonalData } from '@/lib/privacy/data';
import { audienceOf } from '@/lib/audience/store';
import { audienceSummaries } from '@/lib/audience/summary';

useTestDatabase();

const DAY = 86400_000;
const now = new Date();
const people: Record<string, Organiser> = {};
const ev: Record<string, number> = {};

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

type Person = Partial<typeof registrations.$inferInsert> & {
  email: string;
  role?: string | null;
  type?: string | null;
  levels?: string[];
  vipu?: boolean | null;
};
async function register(eventId: number, list: Person[]) {
  for (const { role, type, levels = [], vipu = null, ...r } of list) {
    const [row] = await db()
      .insert(registrations)
      .values({
        eventId,
        status: 'confirmed',
        attendance: 'onsite',
        firstName: 'T',
        lastName: 'T',
        organisation: 'O',
        consent: true,
        municipalityCode: '091',
        sectorCode: 'education',
        ...r,
      })
      .returning({ id: registrations.id });
    if (role !== undefined || type !== undefined || levels.length || vipu !== null) {
      await db()
        .insert(registrationAudience)
        .values({
          registrationId: row.id,
          roleCategoryCode: role ?? null,
          organisationTypeCode: type ?? null,
          vipuContact: vipu,
        });
      if (levels.length)
        await db()
          .insert(registrationEducationLevels)
          .values(levels.map((levelCode) => ({ registrationId: row.id, levelCode })));
    }
  }
}

beforeAll(async () => {
  people.admin = await organiser('admin@aud.example', 'admin', []);
  people.hyks = await organiser('hyks@aud.example', 'organiser', ['HYKS']);
  people.tays = await organiser('tays@aud.example', 'organiser', ['TAYS']);
  ev.spring = (
    await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'Kevätpäivä',
      startsAt: new Date(now.getTime() - 60 * DAY),
    })
  ).id;
  ev.autumn = (
    await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'Syyspäivä',
      startsAt: new Date(now.getTime() - 10 * DAY),
    })
  ).id;
  await register(ev.spring, [
    {
      email: 'aino@kunta.example',
      role: 'principal',
      type: 'municipality',
      levels: ['basic', 'pre_primary'],
      vipu: true,
      attendedOnsite: true,
    },
    {
      email: 'eero@kunta.example',
      role: 'teacher',
      type: 'municipality',
      levels: ['basic'],
      vipu: false,
      attendedOnsite: false,
    },
    { email: 'olli@kunta.example', role: 'teacher', status: 'waitlisted' },
  ]);
  await register(ev.autumn, [
    {
      email: 'aino@kunta.example',
      role: 'principal',
      type: 'wellbeing_county',
      levels: ['basic'],
      vipu: true,
      attendedOnsite: true,
    }, // returning
    {
      email: 'pia@kunta.example',
      role: 'school_nurse',
      type: 'wellbeing_county',
      levels: ['basic', 'upper_secondary'],
      attendedOnsite: true,
    },
    { email: 'vanha@kunta.example' }, // signed up through a client that sends no audience fields
  ]);
});

const rowOf = (t: { rows: (string | number)[][] } | undefined, name: string) => t?.rows.find((r) => r[0] === name);

describe('audience statistics', () => {
  it("counts one event's people per role category, organisation type, level and VIPU contact, and names what is missing", async () => {
    const r = await loadEventReport(people.hyks, ev.spring, 'fi', now);
    if (!r.ok) throw new Error(r.error);
    const t = (k: string) => r.value.tables.find((x) => x.key === k);
    expect(t('roleCategories')?.header).toEqual([
      'Tehtäväryhmä',
      'Ilmoittautuneet',
      'Osallistuneet',
      'Uudet',
      'Palaavat',
    ]);
    expect(rowOf(t('roleCategories'), 'Rehtori')).toEqual(['Rehtori', 1, 1, 1, 0]);
    expect(rowOf(t('roleCategories'), 'Luokan- tai aineenopettaja')).toEqual([
      'Luokan- tai aineenopettaja',
      1,
      0,
      1,
      0,
    ]); // the waitlisted teacher is not reach
    expect(rowOf(t('roleCategories'), 'Erityisopettaja')).toEqual(['Erityisopettaja', 0, 0, 0, 0]);
    expect(rowOf(t('organisationTypes'), 'Kunta')).toEqual(['Kunta', 2, 1, 2, 0]);
    expect(rowOf(t('educationLevels'), 'Perusopetus')).toEqual(['Perusopetus', 2, 1, 2, 0]);
    expect(rowOf(t('educationLevels'), 'Esiopetus')).toEqual(['Esiopetus', 1, 1, 1, 0]);
    expect(t('vipuContact')?.rows).toEqual([
      ['kyllä', 1, 1, 1, 0],
      ['ei', 1, 0, 1, 0],
    ]);
    const missing = t('audienceMissing')!.rows[0];
    expect(missing[0]).toBe('Kevätpäivä');
    expect(String(missing[2])).toContain('Erityisopettaja');
    expect(String(missing[2])).not.toContain('Rehtori');
    expect(missing[3]).toBe(
      'Hyvinvointialue, Yksityinen koulutuksen järjestäjä, Valtion erityiskoulu / Valteri, Sairaala, Järjestö, Yliopisto tai normaalikoulu, AVI / Opetushallitus, Muu',
    );
    expect(missing[4]).toBe('Varhaiskasvatus, Toinen aste, Muu');
  });

  it('adds up a region over a period: new vs returning per dimension, unanswered apart, in Swedish too', async () => {
    const r = await loadAreaReport(people.hyks, { area: 'HYKS', from: '2000-01-01', to: '2099-12-31' }, 'sv', now);
    if (!r.ok) throw new Error(r.error);
    const t = (k: string) => r.value.tables.find((x) => x.key === k);
    expect(rowOf(t('roleCategories'), 'Rektor')).toEqual(['Rektor', 2, 2, 1, 1]);
    expect(rowOf(t('roleCategories'), 'Inget svar')).toEqual(['Inget svar', 1, 0, 1, 0]);
    expect(rowOf(t('organisationTypes'), 'Välfärdsområde')).toEqual(['Välfärdsområde', 2, 2, 1, 1]);
    expect(rowOf(t('educationLevels'), 'Grundläggande utbildning')).toEqual(['Grundläggande utbildning', 4, 3, 3, 1]);
    expect(rowOf(t('vipuContact'), 'ja')).toEqual(['ja', 2, 2, 1, 1]);
    expect(t('audienceMissing')!.rows.map((x) => x[0])).toHaveLength(2);

    const csv = await statsFile(r.value.tables, 'csv', 'x', 'educationLevels');
    const text = csv!.body.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('"Utbildningsstadium";"Anmälda";"Deltagare";"Nya";"Återkommande"');
    expect(text).toContain('"Grundläggande utbildning";"4";"3";"3";"1"');
    const xlsx = await statsFile(r.value.tables, 'xlsx', 'x');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx!.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('Per yrkesgrupp');
  });

  it("gives a regional organiser no other region's audience figures", async () => {
    expect((await loadEventReport(people.tays, ev.spring, 'fi', now)).ok).toBe(false);
    expect((await loadAreaReport(people.tays, { area: 'HYKS' }, 'fi', now)).ok).toBe(false);
  });
});

describe('audience answers in exports, GDPR data and erasure', () => {
  it("puts each person's answers, named, in the organiser's registration export", async () => {
    const r = await buildExport(people.hyks, ev.spring, { list: 'registrations', format: 'csv', locale: 'fi' });
    if (!r.ok) throw new Error(r.error);
    const lines = r.value.body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toContain('"Tehtäväryhmä";"Organisaation tyyppi";"Koulutusasteet";"VIPU-yhteyshenkilö"');
    expect(lines.find((l) => l.includes('aino@kunta.example'))).toContain(
      '"Rehtori";"Kunta";"Esiopetus, Perusopetus";"kyllä"',
    );
    // The attendance list shows the same answers on one line under the organisation.
    const [aino] = await db()
      .select({ id: registrations.id })
      .from(registrations)
      .where(eq(registrations.email, 'aino@kunta.example'));
    expect((await audienceSummaries([aino.id], 'sv')).get(aino.id)).toBe(
      'Rektor · Kommun · Förskoleundervisning, Grundläggande utbildning · VIPU-kontaktperson',
    );
  });

  it('gives the person their answers in their data, and erasure keeps the statistics but not the VIPU flag', async () => {
    const data = await collectPersonalData('aino@kunta.example');
    expect(data.registrations.map((x) => x.audience)).toEqual([
      {
        roleCategory: 'principal',
        organisationType: 'municipality',
        educationLevels: ['basic', 'pre_primary'],
        vipuContact: true,
      },
      {
        roleCategory: 'principal',
        organisationType: 'wellbeing_county',
        educationLevels: ['basic'],
        vipuContact: true,
      },
    ]);
    const ids = data.registrations.map((x) => x.id);
    await erasePersonalData('aino@kunta.example');
    const after = await audienceOf(ids);
    expect(after.get(ids[0])).toEqual({
      roleCategory: 'principal',
      organisationType: 'municipality',
      educationLevels: ['basic', 'pre_primary'],
      vipuContact: null,
    });
    const r = await loadEventReport(people.hyks, ev.spring, 'fi', now);
    if (!r.ok) throw new Error(r.error);
    expect(
      rowOf(
        r.value.tables.find((x) => x.key === 'roleCategories'),
        'Rehtori',
      ),
    ).toEqual(['Rehtori', 1, 1, 1, 0]);
  });
});
