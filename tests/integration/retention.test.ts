import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { rateLimits, registrations } from '@/db/schema';
import { registerParticipant, getManagedRegistration } from '@/lib/registrations/service';
import { runRetention } from '@/lib/retention';
import { findInDatabase } from '../support/scan';
import { dataRequests, mailOutbox, surveyInvitations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { attachSurvey } from '@/lib/surveys/editor';
import { enqueueSurveyInvitations } from '@/lib/surveys/invitations';
import { openSurvey, submitSurvey } from '@/lib/surveys/answer';
import { eventSurveyResults } from '@/lib/surveys/results';
import { answerField } from '@/lib/surveys/schema';
import { buildCertificate } from '@/lib/certificates/build';
import { requestDataLink } from '@/lib/privacy/requests';
import { drainOutbox, renderOutgoing } from '@/lib/mail/worker';
import { addQuestion } from '@/lib/questions/editor';
import { questionFormSchema } from '@/lib/questions/schema';
import { answersOf } from '@/lib/questions/answers';
import { questionTables } from '@/lib/questions/stats';
import { audienceOf } from '@/lib/audience/store';

useTestDatabase();

const DAY = 86400_000;

async function stats(eventId: number) {
  return db().execute(sql`select sector_code, municipality_code, status, attendance, count(*)::int as n
    from registrations where event_id = ${eventId} group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
}

describe('retention', () => {
  it('anonymises old registrations keeping the statistics, clears diet notes after the event, and keeps the rest', async () => {
    const now = new Date();
    // Register while the events are upcoming, then move them into the past.
    const old = await createEvent({ capacityOnsite: 2 });
    const recent = await createEvent();
    const future = await createEvent();
    const tokens: string[] = [];
    for (const [i, m] of ['091', '837', '564'].entries()) {
      const r = await registerParticipant(
        old.slug,
        person({
          municipality: m,
          sector: i ? 'social' : 'health',
          diet: 'laktoositon',
          firstName: 'Salla',
          lastName: 'Salainen',
        }),
      );
      if (r.ok) tokens.push(r.value.manageToken);
    }
    await registerParticipant(recent.slug, person({ diet: 'vegaani', accessNeeds: 'induktiosilmukka' }));
    await registerParticipant(future.slug, person({ diet: 'gluteeniton' }));
    await db()
      .execute(sql`update events set starts_at = ${new Date(now.getTime() - 800 * DAY).toISOString()}::timestamptz,
      ends_at = ${new Date(now.getTime() - 799 * DAY).toISOString()}::timestamptz where id = ${old.id}`);
    await db()
      .execute(sql`update events set starts_at = ${new Date(now.getTime() - 2 * DAY).toISOString()}::timestamptz,
      ends_at = ${new Date(now.getTime() - DAY).toISOString()}::timestamptz where id = ${recent.id}`);
    await db()
      .insert(rateLimits)
      .values({ key: 'register:198.51.100.7', windowStart: new Date(now.getTime() - 2 * 3600_000), count: 3 });
    const before = await stats(old.id);

    const report = await runRetention(now);
    expect(report.anonymised).toBe(3);

    const oldRows = await db().select().from(registrations).where(eq(registrations.eventId, old.id));
    for (const r of oldRows) {
      expect(r).toMatchObject({
        firstName: '',
        lastName: '',
        organisation: '',
        role: null,
        diet: null,
        accessNeeds: null,
      });
      expect(r.email).toMatch(/^registration-\d+@anonymised\.invalid$/);
    }
    expect(JSON.stringify(oldRows)).not.toMatch(/Salla|Salainen|kunta\.example|Esimerkin/);
    expect(await stats(old.id)).toEqual(before);
    for (const t of tokens) expect(await getManagedRegistration(t)).toBeNull();

    const [recentRow] = await db().select().from(registrations).where(eq(registrations.eventId, recent.id));
    expect(recentRow).toMatchObject({ diet: null, accessNeeds: null });
    expect(recentRow.email).toMatch(/@kunta\.example$/);
    const [futureRow] = await db().select().from(registrations).where(eq(registrations.eventId, future.id));
    expect(futureRow.diet).toBe('gluteeniton');
    expect(await db().select().from(rateLimits)).toHaveLength(0);

    expect((await runRetention(now)).anonymised).toBe(0); // idempotent
  });
});

describe('retention after the follow-up', () => {
  it('leaves nothing that identifies the person — registration, free-text answers, VIPU flag, mails, links, survey name, certificate — and the statistics (choice answers, audience) unchanged', async () => {
    const now = new Date();
    const admin = {
      id: await inviteOrganiser(db(), { email: 'retention.admin@kokoon.example', role: 'admin', regions: [] }),
      email: 'retention.admin@kokoon.example',
      name: null,
      role: 'admin' as const,
      regions: [],
    };
    const training = await createEvent({ kind: 'training', format: 'hybrid', capacityRemote: null });
    // Own questions: a free text (which may name anyone) and a choice (kept for the statistics).
    const greeting = await addQuestion(
      admin,
      training.id,
      questionFormSchema.parse({ type: 'longText', labelFi: 'Terveiset', labelSv: 'Hälsningar', askedOf: 'both' }),
    );
    const lunch = await addQuestion(
      admin,
      training.id,
      questionFormSchema.parse({
        type: 'single',
        labelFi: 'Lounas',
        labelSv: 'Lunch',
        optionsFi: 'Liha\nKasvis',
        optionsSv: 'Kött\nVegetarisk',
        askedOf: 'both',
      }),
    );
    if (!greeting.ok || !lunch.ok) throw new Error('questions');
    const [G, L] = [greeting.value.id, lunch.value.id];
    const who = {
      firstName: 'Ulpu',
      lastName: 'Unohdettava',
      email: 'ulpu.unohdettava@koulu.example',
      organisation: 'Unohduskylän koulu',
      role: 'Rehtori',
      municipality: '905',
      sector: 'social' as const,
    };
    const r = await registerParticipant(training.slug, {
      ...person(who),
      answers: { [G]: 'Terveisiä Unohduskylästä, rehtori Ulpu U.', [L]: 2 },
      roleCategory: 'principal',
      organisationType: 'municipality',
      educationLevels: ['basic', 'pre_primary'],
      vipuContact: true,
    });
    const other = await registerParticipant(training.slug, {
      ...person({ attendance: 'remote', municipality: '091' }),
      answers: { [L]: 1 },
      roleCategory: 'school_nurse',
      vipuContact: false,
    });
    if (!r.ok || !other.ok) throw new Error('sign-up failed');
    await db()
      .update(registrations)
      .set({ attendedOnsite: true, checkedInAt: now })
      .where(eq(registrations.id, r.value.registrationId));
    await db()
      .update(registrations)
      .set({ remoteJoinedAt: now })
      .where(eq(registrations.id, other.value.registrationId));
    await attachSurvey(admin, training.id);
    await db().execute(
      sql`update events set starts_at = now() - interval '10 hours', ends_at = now() - interval '4 hours' where id = ${training.id}`,
    );
    expect(await enqueueSurveyInvitations(now)).toBe(2);
    // Every mail goes out (bodies are cleared when sent); the survey link comes from the rendered mail.
    const sent: string[] = [];
    const [surveyMail] = await db()
      .select()
      .from(mailOutbox)
      .where(sql`${mailOutbox.kind} = 'survey' and ${mailOutbox.registrationId} = ${r.value.registrationId}`);
    const token = /feedback\/([A-Za-z0-9_-]{43})/.exec((await renderOutgoing(surveyMail)).text)![1];
    await drainOutbox({
      name: 'test',
      async send(m) {
        sent.push(m.to);
      },
    });
    const survey = await openSurvey(token, 'fi');
    if (survey.state !== 'open') throw new Error(survey.state);
    const [overall, usefulness, develop] = survey.questions;
    expect(
      await submitSurvey(token, {
        showName: true,
        [answerField(overall.id)]: '5',
        [answerField(usefulness.id)]: '4',
        [answerField(develop.id)]: 'Enemmän esimerkkejä',
      }),
    ).toEqual({ ok: true });
    expect((await buildCertificate(r.value.registrationId)).ok).toBe(true);
    await requestDataLink(who.email, 'fi', '192.0.2.10', now);
    expect(await findInDatabase(['Unohdettava'])).not.toEqual([]); // the scan does find the person before

    expect(Object.fromEntries(await answersOf(r.value.registrationId))).toEqual({
      [G]: 'Terveisiä Unohduskylästä, rehtori Ulpu U.',
      [L]: 2,
    });
    expect((await audienceOf([r.value.registrationId])).get(r.value.registrationId)?.vipuContact).toBe(true);
    const statsBefore = await stats(training.id);
    const answerTablesBefore = await questionTables(training.id, 'fi');
    const resultsBefore = await eventSurveyResults(admin, training.id, 'fi');
    // Two and a half years later.
    const later = new Date(now.getTime() + 900 * DAY);
    const report = await runRetention(later);
    expect(report.anonymised).toBeGreaterThanOrEqual(2); // these two, and the older tests' people

    expect(
      await findInDatabase(['Ulpu', 'Unohdettava', 'unohdettava@', 'Unohduskylän', 'Unohduskylästä', 'Rehtori']),
    ).toEqual([]);
    expect(await stats(training.id)).toEqual(statsBefore);
    // The free-text answer is gone; the choice answers stay, and so do the answer statistics.
    expect(Object.fromEntries(await answersOf(r.value.registrationId))).toEqual({ [L]: 2 });
    expect(Object.fromEntries(await answersOf(other.value.registrationId))).toEqual({ [L]: 1 });
    expect(await questionTables(training.id, 'fi')).toEqual(answerTablesBefore);
    expect(answerTablesBefore[0].rows).toEqual([
      ['Liha', 1, '50 %'],
      ['Kasvis', 1, '50 %'],
    ]);
    // Who the audience is stays for the reach statistics; "VIPU contact person" (with the
    // municipality it points at one named person) goes, a yes and a no alike.
    const audience = await audienceOf([r.value.registrationId, other.value.registrationId]);
    expect(audience.get(r.value.registrationId)).toEqual({
      roleCategory: 'principal',
      organisationType: 'municipality',
      educationLevels: ['basic', 'pre_primary'],
      vipuContact: null,
    });
    expect(audience.get(other.value.registrationId)).toMatchObject({ roleCategory: 'school_nurse', vipuContact: null });
    const resultsAfter = await eventSurveyResults(admin, training.id, 'fi');
    // The same answers and figures; only the name that was allowed to show is gone.
    expect(resultsAfter!.questions.map((q) => q.counts)).toEqual(resultsBefore!.questions.map((q) => q.counts));
    expect([resultsAfter!.invited, resultsAfter!.responses]).toEqual([2, 1]); // the response rate survives the links
    expect(resultsAfter!.questions[2].texts).toEqual([{ text: 'Enemmän esimerkkejä', name: null }]);
    expect(resultsBefore!.questions[2].texts).toEqual([{ text: 'Enemmän esimerkkejä', name: 'Ulpu Unohdettava' }]);
    expect(await db().select().from(surveyInvitations)).toHaveLength(0);
    expect(await db().select().from(dataRequests)).toHaveLength(0);
    expect(sent).toContain(who.email);
  });
});
