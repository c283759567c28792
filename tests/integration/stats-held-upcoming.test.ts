import { describe, expect, it, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { areaStats, eventStats, overviewStats } from '@/lib/stats/queries';
import { loadAreaReport } from '@/lib/stats/report';
import { statsFile } from '@/lib/stats/export';
import { helsinkiDate } from '@/lib/time';

// The default period reaches six months ahead. A TAYS organiser must not see upcoming events as
// "0 attended": attendance, rates, reach and "unreached" come from held events only, upcoming ones
// are "registered so far", and a municipality whose people are only registered ahead is pending —
// neither reached nor listed among those nobody came from. The trend compares like with like.

useTestDatabase();

const DAY = 86400_000;
const now = new Date();
const iso = (d: Date) => {
  const h = helsinkiDate(d);
  return `${h.year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
};
const period = { from: iso(new Date(now.getTime() - 60 * DAY)), to: iso(new Date(now.getTime() + 180 * DAY)) };
const yearAgo = (d: number) => {
  const x = new Date(now.getTime() + d * DAY);
  x.setUTCFullYear(x.getUTCFullYear() - 1);
  return x;
};
const people: Record<string, Organiser> = {};
const ev: Record<string, number> = {};

type Reg = Partial<typeof registrations.$inferInsert>;
let n = 0;
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
        email: `p${(n += 1)}@kunta.example`,
        municipalityCode: '837',
        sectorCode: 'education',
        ...r,
      })),
    );
}

beforeAll(async () => {
  people.tays = {
    id: await inviteOrganiser(db(), { email: 'tays@held.example', role: 'organiser', regions: ['TAYS'] }),
    email: 'tays@held.example',
    name: null,
    role: 'organiser',
    regions: ['TAYS'],
  };
  people.admin = {
    id: await inviteOrganiser(db(), { email: 'admin@held.example', role: 'admin', regions: [] }),
    email: 'admin@held.example',
    name: null,
    role: 'admin',
    regions: [],
  };
  const tays = { scope: 'region' as const, regionCode: 'TAYS' };
  ev.held = (await createEvent({ ...tays, startsAt: new Date(now.getTime() - 30 * DAY) })).id;
  ev.upcoming = (await createEvent({ ...tays, startsAt: new Date(now.getTime() + 20 * DAY) })).id;
  // Under way right now: not over, so not held yet.
  ev.ongoing = (
    await createEvent({
      ...tays,
      startsAt: new Date(now.getTime() - 3600_000),
      endsAt: new Date(now.getTime() + 5 * 3600_000),
    })
  ).id;
  ev.lastYear = (await createEvent({ ...tays, startsAt: yearAgo(-30) })).id;
  ev.lastYearLater = (await createEvent({ ...tays, startsAt: yearAgo(20) })).id; // a year ago it was still ahead
  await register(ev.held, [
    { attendedOnsite: true },
    { attendedOnsite: true }, // Tampere, education
    { sectorCode: 'social', attendedOnsite: false }, // Tampere, did not come
    { municipalityCode: '743', sectorCode: 'health', attendedOnsite: true }, // Seinäjoki
    { municipalityCode: '109', attendedOnsite: false }, // Hämeenlinna, did not come
  ]);
  await register(ev.upcoming, [
    { municipalityCode: '604' },
    { municipalityCode: '604', attendance: 'remote' }, // Pirkkala: only registered ahead
    { municipalityCode: '109' }, // Hämeenlinna: registered ahead
    { municipalityCode: '922', status: 'waitlisted' }, // Vesilahti: only waiting
  ]);
  await register(ev.ongoing, [{ municipalityCode: '837' }]);
  await register(ev.lastYear, [
    { attendedOnsite: true },
    { municipalityCode: '743', sectorCode: 'health', attendedOnsite: true },
    { municipalityCode: '743', sectorCode: 'health', attendedOnsite: true },
    { municipalityCode: '743', sectorCode: 'health', attendedOnsite: true },
    { municipalityCode: '604', sectorCode: 'social', attendedOnsite: true },
  ]);
  await register(
    ev.lastYearLater,
    Array.from({ length: 5 }, () => ({ attendedOnsite: true })),
  );
});

describe('statistics an organiser can trust: held and upcoming events apart', () => {
  it('counts attendance, rates and reach from held events only; upcoming ones as registered so far', async () => {
    const r = await areaStats(people.tays, 'TAYS', period, now);
    if (!r.ok) throw new Error(r.error);
    const {
      stats: { held, upcoming },
      reach,
    } = r.value;
    expect(held.events.map((e) => e.id)).toEqual([ev.held]);
    expect(held.totals).toMatchObject({ events: 1, registered: { total: 5 }, attended: { total: 3 } }); // a rate of 3/5, not 3/9
    expect(upcoming.events.map((e) => e.id)).toEqual([ev.ongoing, ev.upcoming]);
    expect(upcoming.totals).toMatchObject({ events: 2, registered: { onsite: 3, remote: 1, total: 4 }, waitlisted: 1 });
    // Pirkkala's people are only registered ahead: not in the held breakdown at all.
    expect(held.municipalities.map((m) => m.code)).not.toContain('604');
    expect(reach!.reached).toBe(2); // Tampere and Seinäjoki
    expect(reach!.pending).toEqual([
      { code: '109', provinceCode: '05', registered: 1, upcoming: 1 },
      { code: '604', provinceCode: '06', registered: 0, upcoming: 2 },
    ]);
    const unreached = reach!.unreached.map((m) => m.code);
    for (const code of ['604', '109', '837', '743']) expect(unreached).not.toContain(code);
    expect(unreached).toContain('922'); // a waiting-list place is no reach, not even pending
    expect(reach!.reached + reach!.pending.length + reach!.unreached.length).toBe(r.value.municipalityCount);
  });

  it('shows the admin the same split per region', async () => {
    const r = await overviewStats(people.admin, period, now);
    if (!r.ok) throw new Error(r.error);
    const row = r.value.rows.find((x) => x.area === 'TAYS')!;
    expect(row).toMatchObject({
      reached: 2,
      totals: { events: 1, registered: { total: 5 }, attended: { total: 3 } },
      upcoming: { events: 2, registered: { total: 4 } },
    });
  });

  it('says of one event whether it is held yet', async () => {
    expect(await eventStats(people.tays, ev.upcoming, now)).toMatchObject({ ok: true, value: { held: false } });
    expect(await eventStats(people.tays, ev.ongoing, now)).toMatchObject({ ok: true, value: { held: false } });
    expect(await eventStats(people.tays, ev.held, now)).toMatchObject({ ok: true, value: { held: true } });
  });

  it('compares the period with the same days a year earlier, held to the same date, per sector and province', async () => {
    const r = await areaStats(people.tays, 'TAYS', period, now);
    if (!r.ok) throw new Error(r.error);
    const { trend } = r.value;
    // A year ago the later event was still ahead, as today's upcoming ones are: neither counts.
    expect(trend.total).toEqual({ code: null, previous: 5, current: 3 });
    expect(trend.sectors).toEqual([
      { code: 'education', previous: 1, current: 2 },
      { code: 'social', previous: 1, current: 0 },
      { code: 'health', previous: 3, current: 1 },
      { code: 'other', previous: 0, current: 0 },
    ]);
    const provinces = Object.fromEntries(trend.provinces.map((p) => [p.code, [p.previous, p.current]]));
    expect(provinces).toEqual({ '05': [0, 0], '06': [2, 2], '14': [3, 1] });
    const admin = await overviewStats(people.admin, period, now);
    if (!admin.ok) throw new Error(admin.error);
    expect(admin.value.trend.regions.find((x) => x.code === 'TAYS')).toEqual({ code: 'TAYS', previous: 5, current: 3 });
    expect(admin.value.trend.regions.find((x) => x.code === 'HYKS')).toEqual({ code: 'HYKS', previous: 0, current: 0 });
  });

  it('puts the split, the trend and the province × sector heat table in the page tables and the exports', async () => {
    const r = await loadAreaReport(people.tays, { area: 'TAYS', ...period }, 'fi', now);
    if (!r.ok) throw new Error(r.error);
    const table = (k: string) => r.value.tables.find((t) => t.key === k)!;
    expect(table('events').rows.map((x) => x[0])).toHaveLength(1);
    expect(table('upcoming').rows.map((x) => x.slice(2, 5))).toEqual([
      [1, 0, 0],
      [2, 1, 1],
    ]);
    expect(table('pending').rows).toEqual([
      ['Hämeenlinna', 'Kanta-Häme', 1, 1],
      ['Pirkkala', 'Pirkanmaa', 0, 2],
    ]);
    expect(table('trendSectors').rows).toEqual([
      ['Sivistystoimi', 1, 2, '+1', '+100 %'],
      ['Sosiaalitoimi', 1, 0, '\u22121', '\u2212100 %'],
      ['Terveydenhuolto', 3, 1, '\u22122', '\u221267 %'],
      ['Muu (järjestöt, tutkimus, valtio)', 0, 0, '±0', '–'],
      ['Yhteensä', 5, 3, '\u22122', '\u221240 %'],
    ]);
    expect(table('heat').header).toEqual([
      'Maakunta',
      'Sivistystoimi',
      'Sosiaalitoimi',
      'Terveydenhuolto',
      'Muu (järjestöt, tutkimus, valtio)',
      'Yhteensä',
    ]);
    expect(table('heat').rows).toEqual([
      ['Etelä-Pohjanmaa', 0, 0, 1, 0, 1],
      ['Kanta-Häme', 0, 0, 0, 0, 0],
      ['Pirkanmaa', 2, 0, 0, 0, 2],
      ['Yhteensä', 2, 0, 1, 0, 3],
    ]);
    const csv = (await statsFile(r.value.tables, 'csv', 'tavoittavuus', 'heat'))!.body.toString('utf8');
    expect(csv).toContain('"Pirkanmaa";"2";"0";"0";"0";"2"');
    const trendCsv = (await statsFile(r.value.tables, 'csv', 'tavoittavuus', 'trendProvinces'))!.body.toString('utf8');
    expect(trendCsv).toContain('"Etelä-Pohjanmaa";"3";"1";"\u22122";"\u221267 %"');
    const sv = await loadAreaReport(people.tays, { area: 'TAYS', ...period }, 'sv', now);
    if (!sv.ok) throw new Error(sv.error);
    expect(sv.value.tables.find((t) => t.key === 'heat')!.rows[2][0]).toBe('Birkaland');
    expect(sv.value.tables.find((t) => t.key === 'upcoming')!.header.slice(2, 4)).toEqual([
      'Anmälda på plats',
      'Anmälda på distans',
    ]);
  });
});
