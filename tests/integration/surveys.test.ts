import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { mailOutbox, registrations, surveyInvitations, surveyResponses } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { addQuestion, attachSurvey, getSurveyForEditor, removeQuestion } from '@/lib/surveys/editor';
import { enqueueSurveyInvitations } from '@/lib/surveys/invitations';
import { openSurvey, submitSurvey } from '@/lib/surveys/answer';
import { eventSurveyResults, exportSurveyResults, regionSurveyResults } from '@/lib/surveys/results';
import { answerField, questionSchema } from '@/lib/surveys/schema';
import { drainOutbox } from '@/lib/mail/worker';
import { smtpTransport } from '@/lib/mail/transports';

useTestDatabase();

const HOUR = 3600_000;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
});

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}

describe('feedback survey', () => {
  it('goes to attendees once after the event, answers once by a scanner-safe link, and shows anonymous results in scope', async () => {
    const hyks = await organiser('hyks.survey@kokoon.example', 'organiser', ['HYKS']);
    const tays = await organiser('tays.survey@kokoon.example', 'organiser', ['TAYS']);
    const event = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      format: 'hybrid',
      capacityRemote: null,
      titleFi: 'Palautepäivä',
      titleSv: 'Responsdag',
    });

    // Attaching: only in scope; the standard questions come in both languages.
    expect(await attachSurvey(tays, event.id)).toEqual({ ok: false, error: 'survey.errors.notFound' });
    expect((await attachSurvey(hyks, event.id)).ok).toBe(true);
    expect((await attachSurvey(hyks, event.id)).ok).toBe(true); // a second click changes nothing
    const bad = questionSchema.safeParse({ kind: 'choice', textFi: 'Mikä osio?', optionsFi: 'Vain yksi' });
    expect(bad.success).toBe(false);
    const q = questionSchema.parse({
      kind: 'choice',
      textFi: 'Mikä osio oli paras?',
      textSv: 'Vilken del var bäst?',
      optionsFi: 'Aamu\nIltapäivä',
      optionsSv: 'Förmiddag\nEftermiddag',
      required: false,
    });
    expect((await addQuestion(hyks, event.id, q)).ok).toBe(true);
    expect((await addQuestion(tays, event.id, q)).ok).toBe(false);
    const editor = await getSurveyForEditor(hyks, event.id);
    if (!editor.ok || !editor.value) throw new Error('no survey');
    expect(editor.value.questions.map((x) => [x.standard, x.kind])).toEqual([
      ['overall', 'scale'],
      ['usefulness', 'scale'],
      ['develop', 'text'],
      [null, 'choice'],
    ]);
    expect(editor.value.questions[0].textSv).toMatch(/Helhetsbedömning/);

    // Attendees: on site checked in, remote joined (Swedish), one not marked, one cancelled.
    const ids: Record<string, number> = {};
    for (const [key, o] of [
      ['onsite', {}],
      ['remote', { attendance: 'remote', language: 'sv', firstName: 'Sara', lastName: 'Svensk' }],
      ['absent', {}],
      ['cancelled', {}],
    ] as const) {
      const r = await registerParticipant(event.slug, person({ ...o }));
      if (!r.ok) throw new Error(r.error);
      ids[key] = r.value.registrationId;
    }
    await db()
      .update(registrations)
      .set({ attendedOnsite: true, checkedInAt: new Date() })
      .where(eq(registrations.id, ids.onsite));
    await db().update(registrations).set({ remoteJoinedAt: new Date() }).where(eq(registrations.id, ids.remote));
    await db()
      .update(registrations)
      .set({ status: 'cancelled', attendedOnsite: true })
      .where(eq(registrations.id, ids.cancelled));
    await db().delete(mailOutbox);

    expect(await enqueueSurveyInvitations()).toBe(0); // not before the event is over
    await db().execute(
      sql`update events set starts_at = now() - interval '9 hours', ends_at = now() - interval '3 hours' where id = ${event.id}`,
    );
    expect(await enqueueSurveyInvitations()).toBe(2);
    expect(await enqueueSurveyInvitations()).toBe(0); // at most once per person
    const [{ n: invitedTwice }] = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from survey_invitations`,
    );
    expect(invitedTwice).toBe(2);

    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 2, failed: 0 });
    const mails = await sink.waitFor(2);
    const sv = mails.find((m) => m.subject.startsWith('Ge respons'))!;
    const fi = mails.find((m) => m.subject.startsWith('Anna palautetta'))!;
    expect(fi.subject).toBe('Anna palautetta: Palautepäivä');
    expect(sv.subject).toBe('Ge respons: Responsdag');
    const link = (text: string) => /\/(fi|sv)\/feedback\/([A-Za-z0-9_-]{43})/.exec(text)!;
    const [, svLocale, svToken] = link(sv.text);
    const [, , fiToken] = link(fi.text);
    expect(svLocale).toBe('sv');
    // Only hashes are stored.
    expect(JSON.stringify(await db().select().from(surveyInvitations))).not.toContain(fiToken);

    // Opening changes nothing, however often (mail scanners).
    const opened = await openSurvey(fiToken, 'fi');
    await openSurvey(fiToken, 'fi');
    if (opened.state !== 'open') throw new Error(opened.state);
    expect(opened.questions.map((x) => x.kind)).toEqual(['scale', 'scale', 'text', 'choice']);
    expect((await db().select().from(surveyInvitations)).every((i) => i.answeredAt === null)).toBe(true);
    const [overall, useful, develop, choice] = opened.questions;

    // Invalid answers: the required scale is missing and a value is out of range → field errors, nothing stored.
    const invalid = await submitSurvey(fiToken, { showName: false, [answerField(useful.id)]: '7' });
    expect(invalid).toMatchObject({ ok: false, error: 'survey.errors.fields' });
    if (!invalid.ok && invalid.error === 'survey.errors.fields') {
      expect(invalid.fields[answerField(overall.id)]).toBe('survey.validation.choose');
      expect(invalid.fields[answerField(useful.id)]).toBe('survey.validation.choose');
    }
    expect(await db().select().from(surveyResponses)).toHaveLength(0);

    expect(
      await submitSurvey(fiToken, {
        showName: false,
        [answerField(overall.id)]: '4',
        [answerField(useful.id)]: '5',
        [answerField(develop.id)]: 'Lisää pienryhmiä',
        [answerField(choice.id)]: '0',
      }),
    ).toEqual({ ok: true });
    expect(
      await submitSurvey(fiToken, { showName: false, [answerField(overall.id)]: '1', [answerField(useful.id)]: '1' }),
    ).toEqual({ ok: false, error: 'survey.errors.answered' });
    expect((await openSurvey(fiToken, 'fi')).state).toBe('answered');
    expect(
      await submitSurvey(svToken, {
        showName: true,
        [answerField(overall.id)]: '5',
        [answerField(useful.id)]: '3',
        [answerField(develop.id)]: 'Mer tid för diskussion',
      }),
    ).toEqual({ ok: true });
    expect(await submitSurvey('A'.repeat(43), {})).toEqual({ ok: false, error: 'survey.errors.invalidLink' });

    // Results: in scope only; anonymous unless the person allowed the name.
    expect(await eventSurveyResults(tays, event.id, 'fi')).toBeNull();
    const res = await eventSurveyResults(hyks, event.id, 'fi');
    expect(res).toMatchObject({ invited: 2, responses: 2 });
    expect(res!.questions[0]).toMatchObject({ counts: [0, 0, 0, 1, 1], average: 4.5, answered: 2 });
    expect(res!.questions[1].average).toBe(4);
    expect(res!.questions[3]).toMatchObject({ counts: [1, 0], options: ['Aamu', 'Iltapäivä'] });
    expect(res!.questions[2].texts).toEqual(
      expect.arrayContaining([
        { text: 'Lisää pienryhmiä', name: null },
        { text: 'Mer tid för diskussion', name: 'Sara Svensk' },
      ]),
    );
    // The stored answer set has no way back to the person who stayed anonymous.
    const responses = await db().select().from(surveyResponses);
    expect(responses.map((r) => r.namedRegistrationId).sort()).toEqual([ids.remote, null].sort());
    expect(Object.keys(responses[0])).not.toContain('invitationId');

    const region = await regionSurveyResults(hyks, 'HYKS', 'fi');
    expect(region.events).toHaveLength(1);
    expect(region.events[0]).toMatchObject({ responses: 2, invited: 2, overall: 4.5, usefulness: 4 });
    expect(region.overall).toEqual([0, 0, 0, 1, 1]);
    expect((await regionSurveyResults(tays, undefined, 'fi')).events).toHaveLength(0);

    const csv = await exportSurveyResults(hyks, event.id, 'csv', 'sv');
    const text = csv!.body.toString('utf8');
    expect(text).toContain('Sara Svensk');
    expect(text).toContain('"Förmiddag"');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(await exportSurveyResults(tays, event.id, 'csv', 'fi')).toBeNull();
    const xlsx = await exportSurveyResults(hyks, event.id, 'xlsx', 'fi');
    expect(xlsx!.body.subarray(0, 2).toString()).toBe('PK');

    // Questions are fixed once answered; the survey closes SURVEY_OPEN_DAYS after the event.
    expect(await removeQuestion(hyks, event.id, choice.id)).toEqual({ ok: false, error: 'survey.errors.locked' });
    const later = new Date(Date.now() + 22 * 24 * HOUR);
    expect((await openSurvey(svToken, 'sv', later)).state).toBe('answered');
  });

  it('lets organisers remove their own questions before any answer, never the standard ones', async () => {
    const o = await organiser('oys.survey@kokoon.example', 'organiser', ['OYS']);
    const event = await createEvent({ scope: 'region', regionCode: 'OYS' });
    await attachSurvey(o, event.id);
    const added = await addQuestion(
      o,
      event.id,
      questionSchema.parse({ kind: 'text', textFi: 'Terveiset järjestäjille' }),
    );
    if (!added.ok) throw new Error(added.error);
    const editor = await getSurveyForEditor(o, event.id);
    const standard = editor.ok && editor.value ? editor.value.questions[0].id : 0;
    expect(await removeQuestion(o, event.id, standard)).toEqual({ ok: false, error: 'survey.errors.standard' });
    expect(await removeQuestion(o, event.id, added.value.id)).toEqual({ ok: true, value: null });
    const after = await getSurveyForEditor(o, event.id);
    expect(after.ok && after.value?.questions).toHaveLength(3);
  });
});
