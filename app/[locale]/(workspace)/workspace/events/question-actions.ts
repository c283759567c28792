'use server';
// Own registration questions' server actions in the event editor and on the series page. Each starts
// with lib/auth/entry-points (the signed-in organiser, ids parsed, values parsed with the form's zod
// schema); lib/questions/editor checks the event's or series' scope again (bound ids prove nothing).
import { redirect } from 'next/navigation';
import { actionOrganiser, organiserAction, refused } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { translate } from '@/lib/i18n/messages';
import { questionFieldErrors, questionFormSchema } from '@/lib/questions/schema';
import {
  addQuestion,
  moveQuestion,
  removeQuestion,
  reorderQuestions,
  updateQuestion,
  type QuestionOwner,
} from '@/lib/questions/editor';

/** Which editor a form belongs to: an event's (its edit page) or a training series' (its page). */
export type OwnerKind = 'event' | 'series';
const ownerOf = (kind: OwnerKind, id: number): QuestionOwner => (kind === 'series' ? { seriesId: id } : id);
const pageOf = (kind: OwnerKind, id: number) =>
  kind === 'series' ? `workspace/series/${id}` : `workspace/events/${id}/edit`;

const spec = {
  schema: questionFormSchema,
  fieldErrors: questionFieldErrors,
  invalid: 'editor.questions.errors.fields',
  signedOut: 'editor.questions.errors.signedOut',
  notFound: 'editor.questions.errors.notFound',
};

/** Bound as (kind) and called with (locale, ownerId, values). */
export async function addQuestionAction(kind: OwnerKind, locale: string, ownerId: number, values: unknown) {
  return organiserAction(spec, async ({ organiser, locale: l, id }, input) => {
    const r = await addQuestion(organiser, ownerOf(kind, id), input);
    return r.ok ? { ok: true, message: translate(l, 'editor.questions.added') } : refused(l, r);
  })(locale, ownerId, values);
}

/** Called with (kind, locale, ownerId, questionId, values): the question's id is parsed here. */
export async function updateQuestionAction(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  questionId: number,
  values: unknown,
) {
  const qid = parseId(questionId);
  return organiserAction(spec, async ({ organiser, locale: l, id }, input) => {
    if (qid === null) return refused(l, { error: 'editor.questions.errors.notFound' });
    const r = await updateQuestion(organiser, ownerOf(kind, id), qid, input);
    return r.ok ? { ok: true, message: translate(l, 'editor.questions.saved') } : refused(l, r);
  })(locale, ownerId, values);
}

/**
 * Drag and drop in the editor (an enhancement: the arrows stay the way without a mouse or script).
 * Called with (kind, locale, ownerId, question ids in their new order); answers a translated notice.
 */
export async function reorderQuestionsAction(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  order: unknown,
): Promise<{ ok: boolean; message: string }> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(ownerId);
  const ids = Array.isArray(order) && order.length <= 100 ? order.map((x) => parseId(x)) : null;
  const r =
    id === null || ids === null || ids.some((x) => x === null)
      ? { ok: false as const, error: 'editor.questions.errors.notFound' as const }
      : await reorderQuestions(organiser, ownerOf(kind, id), ids as number[]);
  return { ok: r.ok, message: translate(l, r.ok ? 'editor.questions.moved' : r.error) };
}

/** The plain forms (remove, up, down) answer with the editor page and a notice. */
async function change(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  questionId: number,
  run: 'remove' | 'up' | 'down',
): Promise<never> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(ownerId);
  const qid = parseId(questionId);
  if (id === null) redirect(`/${l}/workspace`);
  const r =
    qid === null
      ? { ok: false as const, error: 'editor.questions.errors.notFound' }
      : run === 'remove'
        ? await removeQuestion(organiser, ownerOf(kind, id), qid)
        : await moveQuestion(organiser, ownerOf(kind, id), qid, run);
  const query = r.ok
    ? `questions=${run === 'remove' ? 'removed' : 'moved'}`
    : `questionsError=${r.error.replace('editor.questions.errors.', '')}`;
  redirect(`/${l}/${pageOf(kind, id)}?${query}#ev-questions`);
}

export async function removeQuestionAction(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  questionId: number,
): Promise<void> {
  await change(kind, locale, ownerId, questionId, 'remove');
}
export async function moveQuestionUpAction(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  questionId: number,
): Promise<void> {
  await change(kind, locale, ownerId, questionId, 'up');
}
export async function moveQuestionDownAction(
  kind: OwnerKind,
  locale: string,
  ownerId: number,
  questionId: number,
): Promise<void> {
  await change(kind, locale, ownerId, questionId, 'down');
}
