'use server';
// The feedback survey's server actions in the event editor. Each signs the organiser in first and
// parses its input with the form's zod schema; lib/surveys/editor checks the event's scope again
// (ids in bound arguments come from the client and prove nothing).
import { redirect } from 'next/navigation';
import { currentOrganiser } from '@/lib/auth/guards';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { questionSchema, surveyFieldErrors } from '@/lib/surveys/schema';
import { addQuestion, attachSurvey, removeQuestion } from '@/lib/surveys/editor';
import type { ActionResult } from '@/components/editor/form-kit';

const lang = (locale: string): AppLocale => (isLocale(locale) ? locale : 'fi');
const back = (l: AppLocale, id: number, query: string) => `/${l}/workspace/events/${id}/edit?${query}#ev-survey`;

export async function attachSurveyAction(locale: string, eventId: number): Promise<void> {
  const l = lang(locale);
  const o = await currentOrganiser();
  if (!o) redirect(`/${l}/signin`);
  const r = await attachSurvey(o, eventId);
  redirect(back(l, Number(eventId), r.ok ? 'survey=attached' : `surveyError=${r.error.replace('survey.errors.', '')}`));
}

export async function removeQuestionAction(locale: string, eventId: number, questionId: number): Promise<void> {
  const l = lang(locale);
  const o = await currentOrganiser();
  if (!o) redirect(`/${l}/signin`);
  const r = await removeQuestion(o, eventId, questionId);
  redirect(back(l, Number(eventId), r.ok ? 'survey=removed' : `surveyError=${r.error.replace('survey.errors.', '')}`));
}

export async function addQuestionAction(locale: string, eventId: number, values: unknown): Promise<ActionResult> {
  const l = lang(locale);
  const o = await currentOrganiser();
  if (!o) return { ok: false, message: translate(l, 'survey.errors.signedOut'), fields: {} };
  const parsed = questionSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: translate(l, 'survey.errors.fields'), fields: Object.fromEntries(Object.entries(surveyFieldErrors(parsed.error)).map(([k, v]) => [k, translate(l, v)])) };
  }
  const r = await addQuestion(o, eventId, parsed.data);
  return r.ok ? { ok: true, message: translate(l, 'survey.editor.added') } : { ok: false, message: translate(l, r.error), fields: {} };
}
