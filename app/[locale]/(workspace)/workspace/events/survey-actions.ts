'use server';
// The feedback survey's server actions in the event editor. Each starts with lib/auth/entry-points
// (the signed-in organiser, the ids parsed, the values parsed with the form's zod schema);
// lib/surveys/editor checks the event's scope again (ids in bound arguments come from the client
// and prove nothing).
import { redirect } from 'next/navigation';
import { actionOrganiser, organiserAction, refused } from '@/lib/auth/entry-points';
import type { Organiser } from '@/lib/auth/guards';
import { parseId } from '@/lib/ids';
import type { Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { questionSchema, surveyFieldErrors } from '@/lib/surveys/schema';
import { addQuestion, attachSurvey, removeQuestion, type SurveyResult } from '@/lib/surveys/editor';

const back = (l: Locale, id: number, query: string) => `/${l}/workspace/events/${id}/edit?${query}#ev-survey`;

async function surveyChange(
  locale: string,
  eventId: number,
  change: (o: Organiser, eventId: number) => Promise<SurveyResult<unknown>>,
  done: string,
): Promise<never> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const r = await change(organiser, id);
  redirect(back(l, id, r.ok ? `survey=${done}` : `surveyError=${r.error.replace('survey.errors.', '')}`));
}

export async function attachSurveyAction(locale: string, eventId: number): Promise<void> {
  await surveyChange(locale, eventId, (o, id) => attachSurvey(o, id), 'attached');
}

export async function removeQuestionAction(locale: string, eventId: number, questionId: number): Promise<void> {
  const qid = parseId(questionId);
  await surveyChange(
    locale,
    eventId,
    async (o, id) => (qid === null ? { ok: false, error: 'survey.errors.notFound' } : removeQuestion(o, id, qid)),
    'removed',
  );
}

export const addQuestionAction = organiserAction(
  {
    schema: questionSchema,
    fieldErrors: surveyFieldErrors,
    invalid: 'survey.errors.fields',
    signedOut: 'survey.errors.signedOut',
    notFound: 'survey.errors.notFound',
  },
  async ({ organiser, locale: l, id }, input) => {
    const r = await addQuestion(organiser, id, input);
    return r.ok ? { ok: true, message: translate(l, 'survey.editor.added') } : refused(l, r);
  },
);
