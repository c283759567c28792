'use server';
// Own registration questions' server actions in the event editor. Each starts with
// lib/auth/entry-points (the signed-in organiser, ids parsed, values parsed with the form's zod
// schema); lib/questions/editor checks the event's scope again (bound ids prove nothing).
import { redirect } from 'next/navigation';
import { actionOrganiser, organiserAction, refused } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { translate } from '@/lib/i18n/messages';
import { questionFieldErrors, questionFormSchema } from '@/lib/questions/schema';
import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from '@/lib/questions/editor';

const spec = {
  schema: questionFormSchema,
  fieldErrors: questionFieldErrors,
  invalid: 'editor.questions.errors.fields',
  signedOut: 'editor.questions.errors.signedOut',
  notFound: 'editor.questions.errors.notFound',
};

export const addQuestionAction = organiserAction(spec, async ({ organiser, locale, id }, input) => {
  const r = await addQuestion(organiser, id, input);
  return r.ok ? { ok: true, message: translate(locale, 'editor.questions.added') } : refused(locale, r);
});

/** Bound as (locale, eventId) and called with (questionId, values): the question's id is parsed here. */
export async function updateQuestionAction(locale: string, eventId: number, questionId: number, values: unknown) {
  const qid = parseId(questionId);
  return organiserAction(spec, async ({ organiser, locale: l, id }, input) => {
    if (qid === null) return refused(l, { error: 'editor.questions.errors.notFound' });
    const r = await updateQuestion(organiser, id, qid, input);
    return r.ok ? { ok: true, message: translate(l, 'editor.questions.saved') } : refused(l, r);
  })(locale, eventId, values);
}

/** The plain forms (remove, up, down) answer with the editor page and a notice. */
async function change(
  locale: string,
  eventId: number,
  questionId: number,
  run: 'remove' | 'up' | 'down',
): Promise<never> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  const qid = parseId(questionId);
  if (id === null) redirect(`/${l}/workspace`);
  const r =
    qid === null
      ? { ok: false as const, error: 'editor.questions.errors.notFound' }
      : run === 'remove'
        ? await removeQuestion(organiser, id, qid)
        : await moveQuestion(organiser, id, qid, run);
  const query = r.ok
    ? `questions=${run === 'remove' ? 'removed' : 'moved'}`
    : `questionsError=${r.error.replace('editor.questions.errors.', '')}`;
  redirect(`/${l}/workspace/events/${id}/edit?${query}#ev-questions`);
}

export async function removeQuestionAction(locale: string, eventId: number, questionId: number): Promise<void> {
  await change(locale, eventId, questionId, 'remove');
}
export async function moveQuestionUpAction(locale: string, eventId: number, questionId: number): Promise<void> {
  await change(locale, eventId, questionId, 'up');
}
export async function moveQuestionDownAction(locale: string, eventId: number, questionId: number): Promise<void> {
  await change(locale, eventId, questionId, 'down');
}
