import 'server-only';
// The answers to an event's choice questions (single and multiple choice, yes/no — its own and its
// series') as statistics tables: one per question, a row per option with how many live
// registrations (confirmed or in line) chose it and their share of those who answered. The event
// page draws each as the one bar chart beside its table, and the exports write the same tables.
// The caller has checked the organiser's scope (lib/stats/queries); only counts leave.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrationAnswers, registrations } from '@/db/schema';
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { QuestionTableKey, StatsTable } from '@/lib/stats/tables';
import { eventQuestions, questionLabel } from './answers';

const CHARTED = ['single', 'multiple', 'yesNo'] as const;

export const questionTableKey = (id: number): QuestionTableKey => `question-${id}`;

export async function questionTables(eventId: number, locale: Locale): Promise<StatsTable[]> {
  const questions = (await eventQuestions(eventId)).filter((q) => (CHARTED as readonly string[]).includes(q.type));
  if (!questions.length) return [];
  const answers = await db()
    .select({ questionId: registrationAnswers.questionId, value: registrationAnswers.value })
    .from(registrationAnswers)
    .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.status, ['confirmed', 'waitlisted']),
        inArray(
          registrationAnswers.questionId,
          questions.map((q) => q.id),
        ),
      ),
    );
  const text = (key: string, values?: Record<string, string>) => translate(locale, `stats.${key}`, values);
  const header = [text('col.answer'), text('col.registered'), text('col.answerShare')];
  return questions.map((q) => {
    const given = answers.filter((a) => a.questionId === q.id).map((a) => a.value);
    const choices =
      q.type === 'yesNo'
        ? [
            { value: true, label: translate(locale, 'questions.yes') },
            { value: false, label: translate(locale, 'questions.no') },
          ]
        : q.options.map((o) => ({ value: o.id, label: locale === 'sv' ? o.sv : o.fi }));
    const chose = (v: unknown, choice: number | boolean) => (Array.isArray(v) ? v.includes(choice) : v === choice);
    const pct = (n: number) => `${given.length ? Math.round((n / given.length) * 100) : 0} %`;
    const rows = choices.map((c) => {
      const n = given.filter((v) => chose(v, c.value)).length;
      return [c.label, n, pct(n)];
    });
    return {
      key: questionTableKey(q.id),
      title: text('tables.question', { label: questionLabel(q, locale) }),
      header,
      rows,
      numeric: [false, true, true],
    };
  });
}
