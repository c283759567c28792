// Own registration questions (issue 15 §1): the organiser's editor in scope and fixed once answered,
// the public API's answers (422 per question, nothing stored), and the answers' way into the list,
// exports, GDPR data and erasure.
import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { GET as getEvent } from '@/app/api/events/[slug]/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { auditLog, registrationAnswers, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import {
  addQuestion,
  listQuestionsForEditor,
  moveQuestion,
  removeQuestion,
  updateQuestion,
} from '@/lib/questions/editor';
import { questionFormSchema, type QuestionFormValues } from '@/lib/questions/schema';
import { buildExport } from '@/lib/attendance/export';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { collectPersonalData, erasePersonalData } from '@/lib/privacy/data';
import { registerParticipant } from '@/lib/registrations/service';
import { updateAnswers } from '@/lib/questions/manage';
import ExcelJS from 'exceljs';
import { handleExportRequest } from '@/lib/attendance/http';
import { eventWithWorkshops, regionOrganiser, signUpTo } from '../support/workshops';

useTestDatabase();

/** The export's first worksheet, read back with exceljs (the library that writes it). */
async function firstSheet(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

let ip = 0;
function post(slug: string, body: unknown, lang = 'fi') {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.9.${Math.floor(ip / 250)}.${ip % 250}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}

const q = (v: Partial<QuestionFormValues>) =>
  questionFormSchema.parse({
    type: 'shortText',
    labelFi: 'Kysymys',
    labelSv: 'Fråga',
    askedOf: 'both',
    required: false,
    ...v,
  });

async function countRegs(eventId: number) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from registrations where event_id = ${eventId}`,
  );
  return r.n;
}

let hyks: Organiser;
let tays: Organiser;
beforeAll(async () => {
  hyks = await organiser('hyks.questions@kokoon.example', 'organiser', ['HYKS']);
  tays = await organiser('tays.questions@kokoon.example', 'organiser', ['TAYS']);
});

describe('own registration questions', () => {
  it('are edited only in scope, audited, and refuse Swedish options that do not match', async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect(await addQuestion(tays, event.id, q({}))).toEqual({ ok: false, error: 'editor.questions.errors.notFound' });
    expect(await listQuestionsForEditor(tays, event.id)).toBeNull();
    const a = await addQuestion(hyks, event.id, q({ labelFi: 'Eka', labelSv: 'Första' }));
    const b = await addQuestion(hyks, event.id, q({ labelFi: 'Toka', labelSv: 'Andra' }));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(await removeQuestion(tays, event.id, a.value.id)).toEqual({
      ok: false,
      error: 'editor.questions.errors.notFound',
    });
    expect(await moveQuestion(hyks, event.id, b.value.id, 'up')).toEqual({ ok: true, value: null });
    expect((await listQuestionsForEditor(hyks, event.id))!.map((x) => x.labelFi)).toEqual(['Toka', 'Eka']);
    const audited = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.target, `event:${event.id}`));
    expect(audited.map((r) => r.action)).toEqual(['event.question.add', 'event.question.add', 'event.question.move']);

    const mismatch = questionFormSchema.safeParse({
      type: 'single',
      labelFi: 'Lounas',
      labelSv: 'Lunch',
      optionsFi: 'Kyllä\nEi',
      optionsSv: 'Ja',
      askedOf: 'onsite',
    });
    expect(mismatch.success).toBe(false);
    expect(mismatch.error!.issues[0]).toMatchObject({
      path: ['optionsSv'],
      message: 'editor.questions.validation.optionsSv',
    });
  });

  it('the API answers 422 per question with a translated message and stores nothing; valid answers are stored with the registration', async () => {
    const event = await createEvent({ format: 'hybrid', capacityRemote: null });
    const lunch = await addQuestion(
      (hyks = await organiser('admin.questions@kokoon.example', 'admin', [])),
      event.id,
      q({
        type: 'single',
        labelFi: 'Lounas',
        labelSv: 'Lunch',
        optionsFi: 'Liha\nKasvis',
        optionsSv: 'Kött\nVegetarisk',
        required: true,
        askedOf: 'onsite',
      }),
    );
    const topics = await addQuestion(
      hyks,
      event.id,
      q({ type: 'multiple', labelFi: 'Aiheet', labelSv: 'Teman', optionsFi: 'A\nB\nC', optionsSv: 'A\nB\nC' }),
    );
    const photo = await addQuestion(
      hyks,
      event.id,
      q({ type: 'consent', labelFi: 'Kuvauslupa', labelSv: 'Fotolov', required: true }),
    );
    const wish = await addQuestion(hyks, event.id, q({ type: 'longText', labelFi: 'Toiveet', labelSv: 'Önskemål' }));
    if (!lunch.ok || !topics.ok || !photo.ok || !wish.ok) throw new Error('setup');
    const [L, T, P, W] = [lunch.value.id, topics.value.id, photo.value.id, wish.value.id];

    const bad = await post(
      event.slug,
      { ...person({ language: 'sv' }), answers: { [T]: [1, 99], [W]: 5, 424242: 'x' } },
      'sv',
    );
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.fields).toEqual({
      [`answers.${L}`]: 'Välj ett svar.',
      [`answers.${T}`]: 'Välj ett alternativ i listan.',
      [`answers.${P}`]: 'Ge ditt samtycke för att kunna anmäla dig.',
      [`answers.${W}`]: 'Svaret har fel form.',
      'answers.424242': 'Evenemanget har ingen sådan fråga.',
    });
    expect(await countRegs(event.id)).toBe(0);

    // A remote registrant is not asked the on-site lunch question.
    const remote = await post(event.slug, { ...person({ attendance: 'remote' }), answers: { [P]: true } });
    expect(remote.status).toBe(201);
    const ok = await post(event.slug, {
      ...person({ firstName: 'Vastaaja' }),
      answers: { [L]: 2, [T]: ['3', 1], [P]: true, [W]: '  Lisää kahvia  ' },
    });
    expect(ok.status).toBe(201);
    const [reg] = await db()
      .select({ id: registrations.id })
      .from(registrations)
      .where(eq(registrations.firstName, 'Vastaaja'));
    const stored = await db()
      .select({ questionId: registrationAnswers.questionId, value: registrationAnswers.value })
      .from(registrationAnswers)
      .where(eq(registrationAnswers.registrationId, reg.id));
    expect(Object.fromEntries(stored.map((s) => [s.questionId, s.value]))).toEqual({
      [L]: 2,
      [T]: [1, 3],
      [P]: true,
      [W]: 'Lisää kahvia',
    });

    // Answered questions are fixed; an unanswered one can still change.
    expect(await updateQuestion(hyks, event.id, L, q({ labelFi: 'Muu' }))).toEqual({
      ok: false,
      error: 'editor.questions.errors.locked',
    });
    expect(await removeQuestion(hyks, event.id, W)).toEqual({ ok: false, error: 'editor.questions.errors.locked' });
    const added = await addQuestion(hyks, event.id, q({ labelFi: 'Uusi', labelSv: 'Ny' }));
    expect(added.ok && (await removeQuestion(hyks, event.id, added.value.id)).ok).toBe(true);
  });

  it('a question added after the event was read is asked at once (sign-ups see the new version)', async () => {
    const admin = await organiser('admin2.questions@kokoon.example', 'admin', []);
    const event = await createEvent({});
    expect((await post(event.slug, person())).status).toBe(201); // the sign-up keeps a copy of the event now
    const added = await addQuestion(
      admin,
      event.id,
      q({ type: 'yesNo', labelFi: 'VIPU-yhteyshenkilö?', labelSv: 'VIPU-kontaktperson?', required: true }),
    );
    if (!added.ok) throw new Error('setup');
    const res = await post(event.slug, person());
    expect(res.status).toBe(422);
    expect((await res.json()).fields).toEqual({ [`answers.${added.value.id}`]: 'Valitse vastaus.' });
    expect((await post(event.slug, { ...person(), answers: { [added.value.id]: false } })).status).toBe(201);
  });

  it('GET /api/events/{slug} gives the event as /api/events does, with its questions and an empty programme; 404 JSON for a draft', async () => {
    const admin = await organiser('admin3.questions@kokoon.example', 'admin', []);
    const event = await createEvent({ language: 'bilingual', titleFi: 'Verkostopäivä', titleSv: 'Nätverksdag' });
    const added = await addQuestion(
      admin,
      event.id,
      q({
        type: 'single',
        labelFi: 'Työpaja',
        labelSv: 'Workshop',
        optionsFi: 'Aamu\nIlta',
        optionsSv: 'Morgon\nKväll',
        required: true,
        askedOf: 'onsite',
      }),
    );
    if (!added.ok) throw new Error('setup');
    const get = (slug: string) =>
      getEvent(new NextRequest(`http://localhost/api/events/${slug}?lang=sv`), { params: Promise.resolve({ slug }) });
    const res = await get(event.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = await res.json();
    expect(body).toMatchObject({
      id: event.id,
      slug: event.slug,
      title: { fi: 'Verkostopäivä', sv: 'Nätverksdag' },
      language: 'bilingual',
      programme: [],
    });
    expect(body.url).toMatch(new RegExp(`/sv/events/${event.slug}$`));
    expect(body.availability.status).toBe('open');
    expect(body.questions).toEqual([
      {
        id: added.value.id,
        type: 'single',
        label: { fi: 'Työpaja', sv: 'Workshop' },
        required: true,
        askedOf: 'onsite',
        options: [
          { id: 1, label: { fi: 'Aamu', sv: 'Morgon' } },
          { id: 2, label: { fi: 'Ilta', sv: 'Kväll' } },
        ],
      },
    ]);
    const draft = await createEvent({ status: 'draft' });
    const missing = await get(draft.slug);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not_found', message: 'Evenemanget hittades inte.' });
    expect((await get('no-such-event')).status).toBe(404);
  });

  it('answers show in the attendance list (filter by answer), a column each in the exports, the GDPR data, and free-text answers go with erasure (the anonymisation retention uses too)', async () => {
    const admin = await organiser('admin4.questions@kokoon.example', 'admin', []);
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const lunch = await addQuestion(
      admin,
      event.id,
      q({
        type: 'single',
        labelFi: 'Lounas',
        labelSv: 'Lunch',
        optionsFi: 'Liha\nKasvis',
        optionsSv: 'Kött\nVegetarisk',
        required: true,
      }),
    );
    const note = await addQuestion(
      admin,
      event.id,
      q({ type: 'shortText', labelFi: 'Terveiset', labelSv: 'Hälsningar' }),
    );
    if (!lunch.ok || !note.ok) throw new Error('setup');
    const [L, N] = [lunch.value.id, note.value.id];
    const meat = person({ firstName: 'Lihansyöjä', email: 'liha.syoja@kunta.example' });
    expect((await post(event.slug, { ...meat, answers: { [L]: 1, [N]: 'Terveisiä Tampereelta' } })).status).toBe(201);
    expect((await post(event.slug, { ...person({ firstName: 'Kasvissyöjä' }), answers: { [L]: 2 } })).status).toBe(201);

    // Another region's organiser sees nothing; the list filters by a choice.
    expect((await listEventRegistrations(tays, event.id)).ok).toBe(false);
    const veg = await listEventRegistrations(hyks, event.id, { answer: `${L}:2` });
    if (!veg.ok) throw new Error('list');
    expect(veg.value.rows.map((r) => r.firstName)).toEqual(['Kasvissyöjä']);

    const csv = await buildExport(hyks, event.id, { list: 'registrations', format: 'csv', locale: 'sv' });
    if (!csv.ok) throw new Error('export');
    const text = csv.value.body.toString('utf8');
    expect(text).toContain('Lunch');
    expect(text).toContain('Hälsningar');
    expect(text).toContain('Vegetarisk');
    expect(text).toContain('Terveisiä Tampereelta');
    const xlsx = await buildExport(hyks, event.id, { list: 'registrations', format: 'xlsx', locale: 'fi' });
    if (!xlsx.ok) throw new Error('export');
    expect(xlsx.value.rows).toBe(2);
    // The spreadsheet as Excel opens it: a column per question, headed by its label, the answer as text.
    const sheet = await firstSheet(xlsx.value.body);
    const header = sheet.getRow(1).values as unknown[];
    const lunchCol = header.indexOf('Lounas');
    const noteCol = header.indexOf('Terveiset');
    expect(lunchCol).toBeGreaterThan(0);
    expect(noteCol).toBeGreaterThan(0);
    const byFirstName = new Map(
      [2, 3].map((n) => {
        const row = sheet.getRow(n);
        return [String(row.getCell(header.indexOf('Etunimi')).value), row];
      }),
    );
    expect(byFirstName.get('Lihansyöjä')!.getCell(lunchCol).value).toBe('Liha');
    expect(byFirstName.get('Lihansyöjä')!.getCell(noteCol).value).toBe('Terveisiä Tampereelta');
    expect(byFirstName.get('Kasvissyöjä')!.getCell(lunchCol).value).toBe('Kasvis');
    expect(byFirstName.get('Kasvissyöjä')!.getCell(noteCol).value).toBeNull();

    const data = await collectPersonalData(meat.email);
    expect(data.registrationAnswers).toEqual([
      { event: event.slug, question: 'Lounas', answer: 'Liha' },
      { event: event.slug, question: 'Terveiset', answer: 'Terveisiä Tampereelta' },
    ]);
    await erasePersonalData(meat.email);
    const left = await db()
      .select({ questionId: registrationAnswers.questionId })
      .from(registrationAnswers)
      .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
      .where(eq(registrations.eventId, event.id));
    expect(left.filter((a) => a.questionId === N)).toEqual([]);
    expect(left.filter((a) => a.questionId === L)).toHaveLength(2);
  });

  it('the person changes their answers from the manage page while registration is open, checked as at sign-up', async () => {
    const admin = await organiser('admin5.questions@kokoon.example', 'admin', []);
    const event = await createEvent({});
    const lunch = await addQuestion(
      admin,
      event.id,
      q({
        type: 'single',
        labelFi: 'Lounas',
        labelSv: 'Lunch',
        optionsFi: 'Liha\nKasvis',
        optionsSv: 'Kött\nVegetarisk',
        required: true,
      }),
    );
    if (!lunch.ok) throw new Error('setup');
    const L = lunch.value.id;
    const signed = await registerParticipant(event.slug, { ...person(), answers: { [L]: 1 } });
    if (!signed.ok) throw new Error('sign-up');
    const token = signed.value.manageToken;
    const stored = async () =>
      (
        await db()
          .select({ value: registrationAnswers.value })
          .from(registrationAnswers)
          .where(eq(registrationAnswers.registrationId, signed.value.registrationId))
      ).map((r) => r.value);

    expect(await updateAnswers(token, { [L]: null })).toEqual({
      ok: false,
      error: 'registration.invalid',
      fields: { [`answers.${L}`]: 'validation.answerChoose' },
    });
    expect(await stored()).toEqual([1]);
    expect(await updateAnswers(token, { [L]: 2 })).toEqual({ ok: true, value: null });
    expect(await stored()).toEqual([2]);
    expect(await updateAnswers('x'.repeat(43), { [L]: 1 })).toEqual({ ok: false, error: 'registration.notFound' });

    // Once registration has closed, the answers stay as they are.
    await db().execute(
      sql`update events set registration_closes_at = now() - interval '1 minute' where id = ${event.id}`,
    );
    expect(await updateAnswers(token, { [L]: 1 })).toEqual({ ok: false, error: 'registration.closed' });
    expect(await stored()).toEqual([2]);
  });
});

describe('a workshop-filtered export', () => {
  it('holds only the people of that workshop, in CSV and XLSX, with their answers, when the list filter travels in the export URL', async () => {
    const o = await regionOrganiser();
    const { event, slot, workshops } = await eventWithWorkshops([5, 5], { scope: 'region', regionCode: 'TAYS' });
    const [a, b] = workshops;
    const admin = await organiser('admin6.questions@kokoon.example', 'admin', []);
    const lunch = await addQuestion(
      admin,
      event.id,
      q({
        type: 'single',
        labelFi: 'Lounas',
        labelSv: 'Lunch',
        optionsFi: 'Liha\nKasvis',
        optionsSv: 'Kött\nVegetarisk',
      }),
    );
    if (!lunch.ok) throw new Error('setup');
    const L = lunch.value.id;
    await signUpTo(event.slug, slot.id, a.id, { firstName: 'Aapeli', answers: { [L]: 1 } });
    await signUpTo(event.slug, slot.id, a.id, { firstName: 'Anneli', answers: { [L]: 2 } });
    await signUpTo(event.slug, slot.id, b.id, { firstName: 'Bertta', answers: { [L]: 2 } });

    const exportOf = (query: string) =>
      handleExportRequest(
        new Request(`http://localhost/fi/workspace/events/${event.id}/export?list=registrations&${query}`),
        { locale: 'fi', id: String(event.id) },
        o,
      );
    const csv = await exportOf(`format=csv&workshop=${a.id}`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(3); // the header and workshop A's two people
    expect(lines.some((l) => l.includes('Aapeli') && l.includes('Työpaja A') && l.includes('Liha'))).toBe(true);
    expect(lines.some((l) => l.includes('Anneli') && l.includes('Kasvis'))).toBe(true);
    expect(lines.join('\n')).not.toContain('Bertta');

    const xlsx = await exportOf(`format=xlsx&workshop=${b.id}`);
    expect(xlsx.status).toBe(200);
    const sheet = await firstSheet(Buffer.from(await xlsx.arrayBuffer()));
    const header = sheet.getRow(1).values as unknown[];
    expect(header).toContain('Lounas');
    expect(sheet.actualRowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(header.indexOf('Etunimi')).value).toBe('Bertta');
    expect(row.getCell(header.indexOf('Lounas')).value).toBe('Kasvis');

    // Without the filter, everyone.
    const all = await exportOf('format=csv');
    expect((await all.text()).split(/\r?\n/).filter(Boolean)).toHaveLength(4);
  });
});
