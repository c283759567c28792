// Own registration questions of a training series (issue 15 §1): asked on the sign-up of every
// session, after the session's own; edited in the series' scope, fixed once answered on any session;
// the answers travel like an event question's (API, attendance list, exports, GDPR data, erasure).
import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { GET as getEvent } from '@/app/api/events/[slug]/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { auditLog, registrationAnswers, registrationQuestions, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import {
  addQuestion,
  listQuestionsForEditor,
  moveQuestion,
  removeQuestion,
  reorderQuestions,
  updateQuestion,
} from '@/lib/questions/editor';
import { questionFormSchema, type QuestionFormValues } from '@/lib/questions/schema';
import { buildExport } from '@/lib/attendance/export';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { collectPersonalData, erasePersonalData } from '@/lib/privacy/data';
import { registerParticipant } from '@/lib/registrations/service';
import { updateAnswers } from '@/lib/questions/manage';

useTestDatabase();

let ip = 0;
function post(slug: string, body: unknown, lang = 'fi') {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.8.${Math.floor(ip / 250)}.${ip % 250}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}
const getApi = (slug: string) =>
  getEvent(new NextRequest(`http://localhost/api/events/${slug}`), { params: Promise.resolve({ slug }) });

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
const lunchQ = q({
  type: 'single',
  labelFi: 'Lounas',
  labelSv: 'Lunch',
  optionsFi: 'Liha\nKasvis',
  optionsSv: 'Kött\nVegetarisk',
  required: true,
});

let hyks: Organiser;
let tays: Organiser;
beforeAll(async () => {
  hyks = await organiser('hyks.seriesq@kokoon.example', 'organiser', ['HYKS']);
  tays = await organiser('tays.seriesq@kokoon.example', 'organiser', ['TAYS']);
});

/** A series with two published HYKS sessions. */
async function series() {
  const s = await createSeries(`sq-${Math.random().toString(36).slice(2, 10)}`);
  const a = await createEvent({ scope: 'region', regionCode: 'HYKS', seriesId: s.id, kind: 'training' });
  const b = await createEvent({ scope: 'region', regionCode: 'HYKS', seriesId: s.id, kind: 'training' });
  return { s, a, b };
}

describe('questions of a training series', () => {
  it('are edited only in the series scope and audited against the series', async () => {
    const { s } = await series();
    expect(await addQuestion(tays, { seriesId: s.id }, lunchQ)).toEqual({
      ok: false,
      error: 'editor.questions.errors.notFound',
    });
    expect(await listQuestionsForEditor(tays, { seriesId: s.id })).toBeNull();
    const a = await addQuestion(hyks, { seriesId: s.id }, lunchQ);
    const b = await addQuestion(hyks, { seriesId: s.id }, q({ labelFi: 'Terveiset', labelSv: 'Hälsningar' }));
    if (!a.ok || !b.ok) throw new Error('setup');
    expect(await moveQuestion(tays, { seriesId: s.id }, b.value.id, 'up')).toEqual({
      ok: false,
      error: 'editor.questions.errors.notFound',
    });
    expect((await moveQuestion(hyks, { seriesId: s.id }, b.value.id, 'up')).ok).toBe(true);
    expect((await listQuestionsForEditor(hyks, { seriesId: s.id }))!.map((x) => x.labelFi)).toEqual([
      'Terveiset',
      'Lounas',
    ]);
    // A series' question is not one of another owner's: an event's id does not reach it.
    const other = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect(await removeQuestion(hyks, other.id, a.value.id)).toEqual({
      ok: false,
      error: 'editor.questions.errors.notFound',
    });
    const audit = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.target, `series:${s.id}`));
    expect(audit.map((r) => r.action).sort()).toEqual([
      'event.question.add',
      'event.question.add',
      'event.question.move',
    ]);
    // The table holds each question to exactly one owner.
    await expect(
      db().insert(registrationQuestions).values({ position: 1, type: 'yesNo', labelFi: 'x', labelSv: 'x' }),
    ).rejects.toThrow();
  });

  it('are asked on every session after its own questions (form, API, 422, stored with the sign-up), not on other events', async () => {
    const { s, a, b } = await series();
    const own = await addQuestion(hyks, a.id, q({ type: 'yesNo', labelFi: 'Oma', labelSv: 'Egen' }));
    // The session's copy of the event is read before the series question exists: it is asked anyway.
    expect((await post(a.slug, { ...person(), answers: {} })).status).toBe(201);
    const lunch = await addQuestion(hyks, { seriesId: s.id }, lunchQ);
    if (!own.ok || !lunch.ok) throw new Error('setup');
    const L = lunch.value.id;

    const api = await (await getApi(a.slug)).json();
    expect(api.questions.map((x: { label: { fi: string } }) => x.label.fi)).toEqual(['Oma', 'Lounas']);
    expect((await (await getApi(b.slug)).json()).questions.map((x: { id: number }) => x.id)).toEqual([L]);
    const outside = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect((await (await getApi(outside.slug)).json()).questions).toEqual([]);

    const refused = await post(b.slug, person({ language: 'sv' }), 'sv');
    expect(refused.status).toBe(422);
    expect((await refused.json()).fields).toEqual({ [`answers.${L}`]: 'Välj ett svar.' });
    const before = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from registrations where event_id = ${b.id}`,
    );
    expect(before[0].n).toBe(0);

    const ok = await post(b.slug, { ...person({ firstName: 'Sarjalainen' }), answers: { [L]: 2 } });
    expect(ok.status).toBe(201);
    const stored = await db()
      .select({ questionId: registrationAnswers.questionId, value: registrationAnswers.value })
      .from(registrationAnswers)
      .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
      .where(eq(registrations.firstName, 'Sarjalainen'));
    expect(stored).toEqual([{ questionId: L, value: 2 }]);
    // An event outside the series has no such question.
    const stray = await post(outside.slug, { ...person({ language: 'sv' }), answers: { [L]: 1 } }, 'sv');
    expect(stray.status).toBe(422);
    expect((await stray.json()).fields).toEqual({ [`answers.${L}`]: 'Evenemanget har ingen sådan fråga.' });
  });

  it('are fixed once answered on any session; an unanswered one can still change', async () => {
    const { s, a } = await series();
    const lunch = await addQuestion(hyks, { seriesId: s.id }, lunchQ);
    const note = await addQuestion(hyks, { seriesId: s.id }, q({ labelFi: 'Terveiset', labelSv: 'Hälsningar' }));
    if (!lunch.ok || !note.ok) throw new Error('setup');
    expect((await post(a.slug, { ...person(), answers: { [lunch.value.id]: 1 } })).status).toBe(201);
    expect(await updateQuestion(hyks, { seriesId: s.id }, lunch.value.id, q({ labelFi: 'Muu' }))).toEqual({
      ok: false,
      error: 'editor.questions.errors.locked',
    });
    expect(await removeQuestion(hyks, { seriesId: s.id }, lunch.value.id)).toEqual({
      ok: false,
      error: 'editor.questions.errors.locked',
    });
    expect(
      await updateQuestion(hyks, { seriesId: s.id }, note.value.id, q({ labelFi: 'Terveisiä', labelSv: 'Hälsningar' })),
    ).toEqual({ ok: true, value: null });
    expect(await removeQuestion(hyks, { seriesId: s.id }, note.value.id)).toEqual({ ok: true, value: null });
  });

  it('answers show in the attendance list (filter), the exports, the manage page change, the GDPR data, and free text goes with erasure', async () => {
    const { s, a } = await series();
    const lunch = await addQuestion(hyks, { seriesId: s.id }, lunchQ);
    const note = await addQuestion(hyks, { seriesId: s.id }, q({ labelFi: 'Terveiset', labelSv: 'Hälsningar' }));
    if (!lunch.ok || !note.ok) throw new Error('setup');
    const [L, N] = [lunch.value.id, note.value.id];
    const meat = person({ firstName: 'Lihansyöjä', email: 'liha.sarja@kunta.example' });
    const signed = await registerParticipant(a.slug, { ...meat, answers: { [L]: 1, [N]: 'Terveisiä Turusta' } });
    if (!signed.ok) throw new Error('sign-up');
    expect((await post(a.slug, { ...person({ firstName: 'Kasvissyöjä' }), answers: { [L]: 2 } })).status).toBe(201);

    expect((await listEventRegistrations(tays, a.id)).ok).toBe(false);
    const veg = await listEventRegistrations(hyks, a.id, { answer: `${L}:2` });
    if (!veg.ok) throw new Error('list');
    expect(veg.value.rows.map((r) => r.firstName)).toEqual(['Kasvissyöjä']);
    const csv = await buildExport(hyks, a.id, { list: 'registrations', format: 'csv', locale: 'sv' });
    if (!csv.ok) throw new Error('export');
    const text = csv.value.body.toString('utf8');
    expect(text).toContain('Lunch');
    expect(text).toContain('Vegetarisk');
    expect(text).toContain('Terveisiä Turusta');

    expect(await updateAnswers(signed.value.manageToken, { [L]: 2, [N]: 'Moi' })).toEqual({ ok: true, value: null });
    const data = await collectPersonalData(meat.email);
    expect(data.registrationAnswers).toEqual([
      { event: a.slug, question: 'Lounas', answer: 'Kasvis' },
      { event: a.slug, question: 'Terveiset', answer: 'Moi' },
    ]);
    await erasePersonalData(meat.email);
    const left = await db()
      .select({ questionId: registrationAnswers.questionId })
      .from(registrationAnswers)
      .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
      .where(eq(registrations.eventId, a.id));
    expect(left.filter((x) => x.questionId === N)).toEqual([]);
    expect(left.filter((x) => x.questionId === L)).toHaveLength(2);
  });

  it("are put in a dragged order only when the list names each question once (an event's or a series')", async () => {
    const { s, a } = await series();
    const ids: number[] = [];
    for (const label of ['Yksi', 'Kaksi', 'Kolme']) {
      const r = await addQuestion(hyks, { seriesId: s.id }, q({ labelFi: label, labelSv: label }));
      if (!r.ok) throw new Error('setup');
      ids.push(r.value.id);
    }
    const labels = async () => (await listQuestionsForEditor(hyks, { seriesId: s.id }))!.map((x) => x.labelFi);
    const changed = { ok: false, error: 'editor.questions.errors.changed' };
    expect(await reorderQuestions(hyks, { seriesId: s.id }, [ids[2], ids[0]])).toEqual(changed);
    expect(await reorderQuestions(hyks, { seriesId: s.id }, [ids[2], ids[0], ids[0]])).toEqual(changed);
    expect(await reorderQuestions(hyks, { seriesId: s.id }, [ids[2], ids[0], 999999])).toEqual(changed);
    expect(await reorderQuestions(tays, { seriesId: s.id }, [ids[2], ids[0], ids[1]])).toEqual({
      ok: false,
      error: 'editor.questions.errors.notFound',
    });
    expect(await labels()).toEqual(['Yksi', 'Kaksi', 'Kolme']);
    expect(await reorderQuestions(hyks, { seriesId: s.id }, [ids[2], ids[0], ids[1]])).toEqual({
      ok: true,
      value: null,
    });
    expect(await labels()).toEqual(['Kolme', 'Yksi', 'Kaksi']);
    // The session's sign-up asks them in that order.
    const api = await (await getApi(a.slug)).json();
    expect(api.questions.map((x: { label: { fi: string } }) => x.label.fi)).toEqual(['Kolme', 'Yksi', 'Kaksi']);
    // An event's own questions reorder the same way; another event's question is not in its list.
    const e1 = await addQuestion(hyks, a.id, q({ labelFi: 'E1', labelSv: 'E1' }));
    const e2 = await addQuestion(hyks, a.id, q({ labelFi: 'E2', labelSv: 'E2' }));
    if (!e1.ok || !e2.ok) throw new Error('setup');
    expect(await reorderQuestions(hyks, a.id, [e2.value.id, ids[0]])).toEqual(changed);
    expect(await reorderQuestions(hyks, a.id, [e2.value.id, e1.value.id])).toEqual({ ok: true, value: null });
    expect((await listQuestionsForEditor(hyks, a.id))!.map((x) => x.labelFi)).toEqual(['E2', 'E1']);
  });
});
