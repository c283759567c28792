import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { areaStats, eventStats, overviewStats, statsAreas } from '@/lib/stats/queries';
import { loadAreaReport } from '@/lib/stats/report';
import { statsFile } from '@/lib/stats/export';
import { runRetention } from '@/lib/retention';

useTestDatabase();

const DAY = 86400_000;
const now = new Date();
const period = { from: '2000-01-01', to: '2099-12-31' };
const people: Record<string, Organiser> = {};
const ev: Record<string, number> = {};

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

type Reg = Partial<typeof registrations.$inferInsert> & { email: string };
async function register(eventId: number, list: Reg[]) {
  await db()
    .insert(registrations)
    .values(
      list.map((r) => ({
        eventId,
        status: 'confirmed' as const,
        attendance: 'onsite' as const,
        firstName: 'T',
        lastName: 'T',
        organisation: 'O',
        consent: true,
        municipalityCode: '091',
        sectorCode: 'education',
        ...r,
      })),
    );
}

beforeAll(async () => {
  people.admin = await organiser('admin@stats.example', 'admin', []);
  people.hyks = await organiser('hyks@stats.example', 'organiser', ['HYKS']);
  people.tays = await organiser('tays@stats.example', 'organiser', ['TAYS']);
  ev.spring = (
    await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      format: 'hybrid',
      startsAt: new Date(now.getTime() - 90 * DAY),
    })
  ).id;
  ev.autumn = (
    await createEvent({
      scope: 'province',
      regionCode: 'HYKS',
      provinceCode: '08',
      startsAt: new Date(now.getTime() - 10 * DAY),
    })
  ).id;
  ev.tays = (
    await createEvent({ scope: 'region', regionCode: 'TAYS', startsAt: new Date(now.getTime() - 20 * DAY) })
  ).id;
  ev.draft = (await createEvent({ scope: 'region', regionCode: 'HYKS', status: 'draft' })).id;
  await register(ev.spring, [
    { email: 'aino@kunta.example', attendedOnsite: true, createdAt: new Date(now.getTime() - 120 * DAY) },
    { email: 'eero@kunta.example', sectorCode: 'social', municipalityCode: '049', attendedOnsite: false },
    {
      email: 'pia@kunta.example',
      attendance: 'remote',
      sectorCode: 'health',
      municipalityCode: '285',
      remoteJoinedAt: new Date(),
    },
    { email: 'olli@kunta.example', status: 'waitlisted' },
    { email: 'sami@kunta.example', status: 'cancelled', municipalityCode: '434' },
  ]);
  await register(ev.autumn, [
    { email: ' AINO@kunta.example ', municipalityCode: '285', attendedOnsite: true }, // returning, however typed
    { email: 'pia@kunta.example', sectorCode: 'health', municipalityCode: '285' }, // returning, not (yet) marked present
    { email: 'uusi@kunta.example', sectorCode: 'other', municipalityCode: '638', attendedOnsite: true },
  ]);
  await register(ev.tays, [{ email: 'aino@kunta.example', municipalityCode: '837', attendedOnsite: true }]);
});

describe('reach statistics', () => {
  it('counts a region: registered vs attended per mode, new vs returning, sectors, provinces and unreached municipalities', async () => {
    const r = await areaStats(people.hyks, 'HYKS', period);
    if (!r.ok) throw new Error(r.error);
    const {
      stats: { held: stats, timeline },
      reach,
      municipalityCount,
    } = r.value;
    const unreached = reach!.unreached;
    expect(stats.totals).toEqual({
      events: 2,
      registered: { onsite: 5, remote: 1, total: 6 },
      attended: { onsite: 3, remote: 1, total: 4 },
      waitlisted: 1,
      cancelled: 1,
      newPeople: 4,
      returning: 2,
    });
    expect(stats.events.map((e) => e.id)).toEqual([ev.spring, ev.autumn]); // the draft is not reach
    expect(stats.events[0].missingSectors).toEqual(['other']);
    expect(stats.events[1].missingSectors).toEqual(['social']);
    expect(stats.events[1].totals).toMatchObject({ newPeople: 1, returning: 2 });
    expect(stats.sectors).toEqual([
      { code: 'education', registered: 2, attended: 2 },
      { code: 'social', registered: 1, attended: 0 },
      { code: 'health', registered: 2, attended: 1 },
      { code: 'other', registered: 1, attended: 1 },
    ]);
    expect(stats.provinces).toEqual([
      { code: '01', registered: 3, attended: 2 },
      { code: '08', registered: 3, attended: 2 },
    ]); // ties by code
    // Espoo registered but nobody came; Loviisa only cancelled; Helsinki, Kotka and Porvoo attended.
    const espoo = unreached!.find((m) => m.code === '049');
    expect(espoo).toEqual({ code: '049', provinceCode: '01', registered: 1, upcoming: 0 });
    expect(unreached!.some((m) => m.code === '434')).toBe(true);
    expect(unreached!.map((m) => m.code)).not.toContain('091');
    expect(unreached!.map((m) => m.code)).not.toContain('285');
    expect(reach!.reached).toBe(3);
    expect(municipalityCount! - unreached!.length).toBe(3);
    expect(timeline[0]).toMatchObject({ count: 1 }); // Aino signed up four months ago
    expect(timeline.reduce((n, p) => n + p.count, 0)).toBe(8);
  });

  it('keeps every number, "returning" included, when retention anonymises the registrations', async () => {
    const before = await areaStats(people.admin, 'HYKS', period);
    const far = new Date(now.getTime() + 5 * 366 * DAY);
    const report = await runRetention(far);
    expect(report.anonymised).toBeGreaterThanOrEqual(9);
    const rows = await db().select({ email: registrations.email }).from(registrations);
    expect(rows.every((r) => r.email.endsWith('@anonymised.invalid'))).toBe(true);
    const after = await areaStats(people.admin, 'HYKS', period);
    expect(after).toEqual(before);
  });

  it('shows a regional organiser only their own regions and events', async () => {
    expect(await statsAreas(people.hyks)).toEqual(['HYKS']);
    expect(await statsAreas(people.admin)).toEqual(['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS', 'national']);
    expect(await areaStats(people.hyks, 'TAYS', period)).toEqual({ ok: false, error: 'stats.notFound' });
    expect(await areaStats(people.hyks, 'national', period)).toEqual({ ok: false, error: 'stats.notFound' });
    expect(await overviewStats(people.hyks, period)).toEqual({ ok: false, error: 'stats.notFound' });
    expect(await eventStats(people.hyks, ev.tays)).toEqual({ ok: false, error: 'stats.notFound' });
    expect(await eventStats(people.tays, ev.spring)).toEqual({ ok: false, error: 'stats.notFound' });
    expect((await eventStats(people.tays, ev.tays)).ok).toBe(true);
    expect((await eventStats(people.hyks, ev.draft)).ok).toBe(true);
  });

  it('puts every region side by side for a national admin', async () => {
    const r = await overviewStats(people.admin, period);
    if (!r.ok) throw new Error(r.error);
    const byArea = Object.fromEntries(r.value.rows.map((x) => [x.area, x]));
    expect(Object.keys(byArea)).toEqual(['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS', 'national']);
    expect(byArea.HYKS.totals.registered.total).toBe(6);
    expect(byArea.HYKS.reached).toBe(3);
    expect(byArea.TAYS).toMatchObject({ reached: 1, totals: { events: 1, returning: 1 } });
    expect(byArea.OYS.totals.events).toBe(0);
    expect(byArea.national.municipalityCount).toBeNull();
  });

  it('exports the page tables: CSV for Finnish Excel, XLSX with a sheet per table', async () => {
    const r = await loadAreaReport(people.hyks, { area: 'HYKS', from: period.from, to: period.to }, 'sv');
    if (!r.ok) throw new Error(r.error);
    const csv = await statsFile(r.value.tables, 'csv', 'rackvidd', 'sectors');
    const text = csv!.body.toString('utf8');
    expect(text.startsWith('\uFEFF"Sektor";"Anmälda";"Deltagare"\r\n')).toBe(true);
    expect(text).toContain('"Bildningsväsendet";"2";"2"');
    const xlsx = await statsFile(r.value.tables, 'xlsx', 'rackvidd');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx!.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Hållna evenemang',
      'Kommande evenemang',
      'Per sektor',
      'Per landskap',
      'Per kommun',
      'Anmälningar över tid',
      'Kommuner som inte deltog',
      'Kommuner anmälda till kommande',
      'Årstrend per sektor',
      'Årstrend per landskap',
      'Landskap och sektorer',
      'Per yrkesgrupp',
      'Per organisationstyp',
      'Per utbildningsstadium',
      'VIPU-kontaktpersoner',
      'Saknade grupper per evenemang',
    ]);
    // Every title fits an Excel sheet name (31 characters) untruncated, in both languages.
    for (const locale of ['fi', 'sv'] as const) {
      const all = await loadAreaReport(people.admin, { area: 'all', from: period.from, to: period.to }, locale);
      const one = await loadAreaReport(people.admin, { area: 'HYKS', from: period.from, to: period.to }, locale);
      const titles = [...(all.ok ? all.value.tables : []), ...(one.ok ? one.value.tables : [])].map((t) => t.title);
      expect(titles.length).toBe(21); // a region's 5 audience tables included
      expect(titles.filter((t) => t.length > 31)).toEqual([]);
    }
    const bad = await loadAreaReport(people.hyks, { area: 'HYKS', from: '2026-13-01' }, 'fi');
    expect(bad.ok && bad.value.periodError).toBe('stats.errors.badDate');
  });
});
