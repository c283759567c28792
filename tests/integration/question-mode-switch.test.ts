// Issue 15 §1, "asked of on-site, remote or both" on a switch of mode: the answers to questions the
// new mode is not asked go in the switch's transaction (gone from the list, the exports and the
// statistics); a required question of the new mode left unanswered blocks no switch, the person's
// nor an organiser's, and the manage page asks for it (unansweredRequired) until it is answered.
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { regionOrganiser } from '../support/workshops';
import { db } from '@/db/client';
import { registrationAnswers } from '@/db/schema';
import type { Organiser } from '@/lib/auth/guards';
import { addQuestion } from '@/lib/questions/editor';
import { questionFormSchema, unansweredRequired, type QuestionFormValues } from '@/lib/questions/schema';
import { answersOf, eventQuestions } from '@/lib/questions/answers';
import { updateAnswers } from '@/lib/questions/manage';
import { questionTables, questionTableKey } from '@/lib/questions/stats';
import { changeAttendance, registerParticipant } from '@/lib/registrations/service';
import { moveOnBehalf } from '@/lib/attendance/places';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { buildExport } from '@/lib/attendance/export';
import { renderMail, type MailData } from '@/emails/render';

useTestDatabase();

const q = (v: Partial<QuestionFormValues>) =>
  questionFormSchema.parse({ type: 'shortText', labelFi: 'Kysymys', labelSv: 'Fråga', askedOf: 'both', ...v });

/** A hybrid network day asking lunch on site, the stream's workstation remotely, and a photo consent of both. */
async function networkDay(o: Organiser, capacityRemote: number | null = null) {
  const event = await createEvent({ scope: 'region', regionCode: 'TAYS', format: 'hybrid', capacityRemote });
  const add = async (v: Partial<QuestionFormValues>) => {
    const r = await addQuestion(o, event.id, q(v));
    if (!r.ok) throw new Error(r.error);
    return r.value.id;
  };
  const lunch = await add({
    type: 'single',
    labelFi: 'Lounasvalinta',
    labelSv: 'Lunchval',
    optionsFi: 'Liharuoka\nKasvisruoka',
    optionsSv: 'Kötträtt\nVegetarisk rätt',
    required: true,
    askedOf: 'onsite',
  });
  const device = await add({
    type: 'single',
    labelFi: 'Etäyhteyden laite',
    labelSv: 'Enhet för distansdeltagandet',
    optionsFi: 'Tietokone\nPuhelin',
    optionsSv: 'Dator\nTelefon',
    required: true,
    askedOf: 'remote',
  });
  const photo = await add({ type: 'consent', labelFi: 'Kuvauslupa', labelSv: 'Fotolov', askedOf: 'both' });
  return { event, lunch, device, photo };
}

async function signUp(slug: string, attendance: 'onsite' | 'remote', answers: Record<number, unknown>, name: string) {
  const r = await registerParticipant(slug, { ...person({ attendance, firstName: name }), answers });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const stored = async (registrationId: number) => Object.fromEntries(await answersOf(registrationId));

/** The newest `attendance_changed` mail of a registration, rendered as the person reads it. */
async function switchMail(registrationId: number) {
  const [row] = await db().execute<{ data: MailData }>(sql`
    select payload->'data' as data from mail_outbox
    where kind = 'attendance_changed' and registration_id = ${registrationId} order by id desc limit 1`);
  return { data: row.data, text: (await renderMail('attendance_changed', row.data)).text };
}

/** The required questions the manage page asks the person to answer, as it computes them. */
async function missing(eventId: number, registrationId: number, mode: 'onsite' | 'remote') {
  const questions = await eventQuestions(eventId);
  return unansweredRequired(questions, mode, await answersOf(registrationId)).map((x) => x.labelFi);
}

describe('own questions on a switch between on site and remote', () => {
  it('drops an on-site-only answer when the person switches to remote: gone from the database, the list, the export and the statistics; the remote question is then asked', async () => {
    const o = await regionOrganiser();
    const { event, lunch, device, photo } = await networkDay(o);
    const p = await signUp(event.slug, 'onsite', { [lunch]: 2, [photo]: true }, 'Vaihtaja');
    await signUp(event.slug, 'onsite', { [lunch]: 1 }, 'Paikallinen');
    expect(await stored(p.registrationId)).toEqual({ [lunch]: 2, [photo]: true });
    expect(await missing(event.id, p.registrationId, 'onsite')).toEqual([]);

    expect(await changeAttendance(p.manageToken, 'remote')).toMatchObject({ ok: true });
    // The lunch choice went with the on-site place; the consent (asked of both) stays.
    expect(await stored(p.registrationId)).toEqual({ [photo]: true });

    const list = await listEventRegistrations(o, event.id);
    if (!list.ok) throw new Error(list.error);
    const row = list.value.rows.find((r) => r.firstName === 'Vaihtaja')!;
    expect(row.attendance).toBe('remote');
    expect(Object.fromEntries(row.answers!)).toEqual({ [photo]: true });
    const vegetarians = await listEventRegistrations(o, event.id, { answer: `${lunch}:2` });
    expect(vegetarians.ok && vegetarians.value.rows.map((r) => r.firstName)).toEqual([]);

    const csv = await buildExport(o, event.id, { list: 'registrations', format: 'csv', locale: 'fi' });
    if (!csv.ok) throw new Error(csv.error);
    const lines = csv.value.body.toString('utf8').split(/\r?\n/);
    expect(lines[0]).toContain('Lounasvalinta');
    const switcher = lines.find((l) => l.includes('Vaihtaja'))!;
    expect(switcher).not.toContain('Kasvisruoka');
    expect(switcher).toContain('etänä');
    expect(lines.find((l) => l.includes('Paikallinen'))).toContain('Liharuoka'); // the one on site keeps theirs

    const lunchTable = (await questionTables(event.id, 'fi')).find((t) => t.key === questionTableKey(lunch))!;
    expect(lunchTable.rows).toEqual([
      ['Liharuoka', 1, '100 %'],
      ['Kasvisruoka', 0, '0 %'],
    ]);

    // The switch's mail asks for the new mode's required answer; the manage page asks for it too,
    // and saving the answers without it is refused with the question's own error.
    const told = await switchMail(p.registrationId);
    expect(told.data.answersMissing).toBe(true);
    expect(told.text).toContain('kysyy vielä lisäkysymyksiä, joihin et ole vastannut');
    expect(await missing(event.id, p.registrationId, 'remote')).toEqual(['Etäyhteyden laite']);
    expect(await updateAnswers(p.manageToken, { [photo]: true })).toEqual({
      ok: false,
      error: 'registration.invalid',
      fields: { [`answers.${device}`]: 'validation.answerChoose' },
    });
    expect(await updateAnswers(p.manageToken, { [photo]: true, [device]: 1 })).toEqual({ ok: true, value: null });
    expect(await stored(p.registrationId)).toEqual({ [photo]: true, [device]: 1 });
    expect(await missing(event.id, p.registrationId, 'remote')).toEqual([]);

    // And back on site: the device answer goes, the lunch question is asked again.
    expect(await changeAttendance(p.manageToken, 'onsite')).toMatchObject({ ok: true });
    expect(await stored(p.registrationId)).toEqual({ [photo]: true });
    expect(await missing(event.id, p.registrationId, 'onsite')).toEqual(['Lounasvalinta']);
  });

  it('an organiser’s move is not blocked by the new mode’s unanswered required question, and drops the old mode’s answers', async () => {
    const o = await regionOrganiser();
    const { event, lunch, device, photo } = await networkDay(o);
    const p = await signUp(event.slug, 'remote', { [device]: 2, [photo]: true }, 'Etäläinen');
    expect(await stored(p.registrationId)).toEqual({ [device]: 2, [photo]: true });

    const moved = await moveOnBehalf(o, p.registrationId, 'onsite');
    expect(moved).toMatchObject({ ok: true, value: { changed: true } });
    expect(await stored(p.registrationId)).toEqual({ [photo]: true });
    expect((await switchMail(p.registrationId)).data.answersMissing).toBe(true);
    expect(await missing(event.id, p.registrationId, 'onsite')).toEqual(['Lounasvalinta']);
    // The person answers the lunch question from the manage page afterwards.
    expect(await updateAnswers(p.manageToken, { [lunch]: 1, [photo]: true })).toEqual({ ok: true, value: null });
    expect(await stored(p.registrationId)).toEqual({ [lunch]: 1, [photo]: true });
  });

  it('a refused switch (no remote place left) keeps every answer as it was', async () => {
    const o = await regionOrganiser();
    const { event, lunch, device, photo } = await networkDay(o, 1);
    await signUp(event.slug, 'remote', { [device]: 1 }, 'Ainoa');
    const p = await signUp(event.slug, 'onsite', { [lunch]: 1, [photo]: true }, 'Jäävä');
    expect(await changeAttendance(p.manageToken, 'remote')).toEqual({ ok: false, error: 'registration.modeFull' });
    expect(await moveOnBehalf(o, p.registrationId, 'remote')).toEqual({ ok: false, error: 'attendance.modeFull' });
    const rows = await db()
      .select({ questionId: registrationAnswers.questionId })
      .from(registrationAnswers)
      .where(eq(registrationAnswers.registrationId, p.registrationId));
    expect(rows.map((r) => r.questionId).sort((a, b) => a - b)).toEqual([lunch, photo].sort((a, b) => a - b));
  });

  it('the switch mail asks for nothing when the new mode has no unanswered required question', async () => {
    const o = await regionOrganiser();
    const event = await createEvent({ scope: 'region', regionCode: 'TAYS', format: 'hybrid' });
    const r = await addQuestion(o, event.id, q({ type: 'consent', labelFi: 'Kuvauslupa', required: true }));
    if (!r.ok) throw new Error(r.error);
    const p = await signUp(event.slug, 'onsite', { [r.value.id]: true }, 'Kaikkialla');
    expect(await changeAttendance(p.manageToken, 'remote')).toMatchObject({ ok: true });
    const told = await switchMail(p.registrationId);
    expect(told.data.answersMissing).toBeUndefined();
    expect(told.text).not.toContain('lisäkysymyksiä');
  });
});
