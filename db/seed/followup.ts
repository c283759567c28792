// Demo data after the event: attendance marked on past events (most people checked in at the door
// or joined the stream), a feedback survey with answers on two past events, and public materials
// in the materials bank. Deterministic, like the rest of the demo data.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  eventMaterials,
  events,
  registrations,
  surveyAnswers,
  surveyInvitations,
  surveyQuestions,
  surveyResponses,
  surveys,
} from '@/db/schema';
import { translate } from '@/lib/i18n/messages';
import { STANDARD_QUESTIONS } from '@/lib/surveys/schema';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { seedMaterialsDemo } from './materials';

const DEVELOP = [
  'Enemmän aikaa pienryhmille.',
  'Hyvä päivä, kiitos!',
  'Toivoisin esimerkkejä pienistä kunnista.',
  'Tauot olivat liian lyhyitä.',
  'Mer tid för diskussion i grupperna.',
];

export async function seedFollowupDemo(tx: Tx, now: Date, random: () => number): Promise<void> {
  const past = await tx
    .select()
    .from(events)
    .where(and(lt(events.endsAt, now), eq(events.status, 'published')));
  for (const e of past) {
    const people = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, e.id), eq(registrations.status, 'confirmed')));
    for (const p of people) {
      const came = random() < (p.attendance === 'onsite' ? 0.88 : 0.75);
      if (p.attendance === 'onsite') {
        await tx
          .update(registrations)
          .set(
            came
              ? {
                  attendedOnsite: true,
                  checkedInAt: new Date(e.startsAt.getTime() - 20 * 60_000 + Math.floor(random() * 50) * 60_000),
                }
              : { attendedOnsite: false },
          )
          .where(eq(registrations.id, p.id));
      } else if (came) {
        await tx
          .update(registrations)
          .set({ remoteJoinedAt: new Date(e.startsAt.getTime() + Math.floor(random() * 20) * 60_000) })
          .where(eq(registrations.id, p.id));
      }
    }
  }

  // The recent training (three days ago) has no survey yet: an organiser can attach one and see it go out.
  const withSurvey = past.filter((e) =>
    ['sijoitetut-lapset-kokoontumisajo', 'kymenlaakson-verkostopaiva'].includes(e.slug),
  );
  for (const e of withSurvey) {
    const [s] = await tx.insert(surveys).values({ eventId: e.id }).returning({ id: surveys.id });
    const qs = await tx
      .insert(surveyQuestions)
      .values([
        ...STANDARD_QUESTIONS.map((q, i) => ({
          surveyId: s.id,
          position: i + 1,
          standard: q.standard,
          kind: q.kind,
          required: q.required,
          textFi: translate('fi', `survey.standard.${q.standard}`),
          textSv: translate('sv', `survey.standard.${q.standard}`),
        })),
        {
          surveyId: s.id,
          position: 4,
          standard: null,
          kind: 'choice' as const,
          required: false,
          textFi: 'Mikä osuus hyödytti eniten?',
          textSv: 'Vilken del var mest nyttig?',
          optionsFi: ['Asiantuntijapuheenvuorot', 'Työpajat', 'Keskustelut muiden kanssa'],
          optionsSv: ['Expertanföranden', 'Workshoppar', 'Diskussioner med andra'],
        },
      ])
      .returning({ id: surveyQuestions.id, kind: surveyQuestions.kind, standard: surveyQuestions.standard });
    const came = await tx
      .select({ id: registrations.id, language: registrations.language })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, e.id),
          eq(registrations.status, 'confirmed'),
          sql`(${registrations.attendedOnsite} or ${registrations.remoteJoinedAt} is not null)`,
        ),
      );
    if (came.length === 0) continue;
    await tx.update(surveys).set({ invitedCount: came.length }).where(eq(surveys.id, s.id));
    // Invitations (their tokens were "mailed" long ago: only hashes exist), about half answered.
    await tx.insert(surveyInvitations).values(
      came.map((r, i) => ({
        surveyId: s.id,
        registrationId: r.id,
        tokenHash: hashToken(newToken()),
        locale: r.language,
        createdAt: new Date(e.endsAt.getTime() + 2 * 3600_000),
        answeredAt: i % 2 === 0 ? new Date(e.endsAt.getTime() + 26 * 3600_000) : null,
      })),
    );
    const answered = came.filter((_, i) => i % 2 === 0);
    const day = new Date(e.endsAt.getTime() + 26 * 3600_000).toISOString().slice(0, 10);
    const responses = await tx
      .insert(surveyResponses)
      .values(
        answered.map((r, i) => ({ surveyId: s.id, submittedOn: day, namedRegistrationId: i % 9 === 0 ? r.id : null })),
      )
      .returning({ id: surveyResponses.id });
    const scale = () => Math.min(5, Math.max(1, Math.round(3.9 + (random() - 0.35) * 2.4)));
    type Answer = typeof surveyAnswers.$inferInsert;
    await tx.insert(surveyAnswers).values(
      responses.flatMap((resp, i) =>
        qs.flatMap((q): Answer[] => {
          if (q.kind === 'scale') return [{ responseId: resp.id, questionId: q.id, scale: scale() }];
          if (q.kind === 'choice') return [{ responseId: resp.id, questionId: q.id, choice: Math.floor(random() * 3) }];
          return i % 3 === 0 ? [{ responseId: resp.id, questionId: q.id, text: DEVELOP[i % DEVELOP.length] }] : [];
        }),
      ),
    );
  }

  const bank = past.filter((e) => ['tunnistaminen-taydennyskoulutus', 'kymenlaakson-verkostopaiva'].includes(e.slug));
  if (bank.length) {
    await tx.insert(eventMaterials).values(
      bank.flatMap((e) => [
        {
          eventId: e.id,
          kind: 'slides' as const,
          titleFi: 'Päivän diat (PDF)',
          titleSv: 'Dagens bilder (PDF)',
          url: `https://materiaalit.kokoon.example/${e.slug}/diat.pdf`,
          visibility: 'public' as const,
        },
        {
          eventId: e.id,
          kind: 'link' as const,
          titleFi: 'Työpajojen muistiinpanot',
          titleSv: 'Anteckningar från workshopparna',
          url: `https://materiaalit.kokoon.example/${e.slug}/muistiinpanot`,
          visibility: 'public' as const,
        },
      ]),
    );
  }
  await seedMaterialsDemo(tx);
}
