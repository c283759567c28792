// The answers to an event's choice questions in its statistics (issue 15 §1): a table per single,
// multiple and yes/no question (the event's own and its series'), counting live registrations, on
// the page beside its chart and in the exports (CSV per question, a sheet each in the XLSX).
import { describe, expect, it, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { addQuestion } from '@/lib/questions/editor';
import { questionFormSchema, type QuestionFormValues } from '@/lib/questions/schema';
import { cancelRegistration, registerParticipant } from '@/lib/registrations/service';
import { loadEventReport } from '@/lib/stats/report';
import { statsFile } from '@/lib/stats/export';
import { exportStats } from '@/lib/stats/http';

useTestDatabase();

const q = (v: Partial<QuestionFormValues>) =>
  questionFormSchema.parse({ type: 'shortText', labelFi: 'K', labelSv: 'F', askedOf: 'both', required: false, ...v });

let hyks: Organiser;
let tays: Organiser;
beforeAll(async () => {
  const org = async (email: string, regions: string[]): Promise<Organiser> => ({
    id: await inviteOrganiser(db(), { email, role: 'organiser', regions }),
    email,
    name: null,
    role: 'organiser',
    regions,
  });
  hyks = await org('hyks.qstats@kokoon.example', ['HYKS']);
  tays = await org('tays.qstats@kokoon.example', ['TAYS']);
});

describe('choice answers in the statistics', () => {
  it('a table per choice question with counts and shares of live registrations; free text is not charted; exported like the others', async () => {
    const s = await createSeries(`qs-${Math.random().toString(36).slice(2, 9)}`);
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS', seriesId: s.id });
    const add = async (owner: number | { seriesId: number }, v: Partial<QuestionFormValues>) => {
      const r = await addQuestion(hyks, owner, q(v));
      if (!r.ok) throw new Error(r.error);
      return r.value.id;
    };
    const L = await add(event.id, {
      type: 'single',
      labelFi: 'Lounas?',
      labelSv: 'Lunch?',
      optionsFi: 'Liha\nKasvis',
      optionsSv: 'Kött\nVegetarisk',
    });
    const T = await add(event.id, {
      type: 'multiple',
      labelFi: 'Aiheet',
      labelSv: 'Teman',
      optionsFi: 'A\nB\nC',
      optionsSv: 'A\nB\nC',
    });
    const N = await add(event.id, { type: 'shortText', labelFi: 'Terveiset', labelSv: 'Hälsningar' });
    const V = await add({ seriesId: s.id }, { type: 'yesNo', labelFi: 'VIPU-yhteyshenkilö', labelSv: 'VIPU-kontakt' });
    const sign = async (answers: Record<number, unknown>) => {
      const r = await registerParticipant(event.slug, { ...person(), answers });
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    await sign({ [L]: 1, [T]: [1, 2], [N]: 'Moi', [V]: true });
    await sign({ [L]: 2, [T]: [2], [V]: false });
    await sign({ [L]: 2, [V]: true });
    const gone = await sign({ [L]: 1, [T]: [3], [V]: true });
    expect((await cancelRegistration(gone.manageToken)).ok).toBe(true);

    expect((await loadEventReport(tays, event.id, 'fi')).ok).toBe(false);
    const r = await loadEventReport(hyks, event.id, 'fi');
    if (!r.ok) throw new Error(r.error);
    const mine = r.value.tables.filter((t) => t.key.startsWith('question-'));
    expect(mine.map((t) => [t.key, t.title])).toEqual([
      [`question-${L}`, 'Kysymys: Lounas?'],
      [`question-${T}`, 'Kysymys: Aiheet'],
      [`question-${V}`, 'Kysymys: VIPU-yhteyshenkilö'],
    ]);
    expect(mine[0].header).toEqual(['Vastaus', 'Ilmoittautuneet', 'Osuus vastanneista']);
    expect(mine.map((t) => t.rows)).toEqual([
      [
        ['Liha', 1, '33 %'],
        ['Kasvis', 2, '67 %'],
      ],
      [
        ['A', 1, '50 %'],
        ['B', 2, '100 %'],
        ['C', 0, '0 %'],
      ],
      [
        ['kyllä', 2, '67 %'],
        ['ei', 1, '33 %'],
      ],
    ]);

    const sv = await loadEventReport(hyks, event.id, 'sv');
    if (!sv.ok) throw new Error(sv.error);
    const csv = await statsFile(sv.value.tables, 'csv', 'statistik', `question-${L}`);
    expect(csv!.body.toString('utf8')).toContain('"Vegetarisk";"2";"67 %"');
    const xlsx = await statsFile(sv.value.tables, 'xlsx', 'statistik');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx!.body as never);
    expect(wb.worksheets.map((w) => w.name)).toContain('Fråga  Lunch'); // ? and : are not allowed in a sheet's name

    // The route takes a question's table and refuses an unknown key.
    const route = (table: string) =>
      exportStats({
        req: new Request('http://localhost/'),
        url: new URL(`http://localhost/fi/workspace/events/${event.id}/stats/export?format=csv&table=${table}`),
        locale: 'fi',
        params: { locale: 'fi', id: String(event.id) },
        organiser: hyks,
      });
    const ok = await route(`question-${V}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('"kyllä";"2";"67 %"');
    expect((await route('question-x')).status).toBe(400);
    expect((await route(`question-${N}`)).status).toBe(404); // free text has no table
  });
});
