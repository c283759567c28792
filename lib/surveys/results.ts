import 'server-only';
// Feedback results for organisers: per event (every question: distribution and average of a scale,
// counts of a choice, the free texts) and per region (the standard questions over the region's
// events), and the event's answers as CSV/XLSX. The scope comes from the signed-in organiser.
// Answers are anonymous: a name appears only where the person ticked that it may be shown.
import ExcelJS from 'exceljs';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrations, surveyAnswers, surveyQuestions, surveyResponses, surveys } from '@/db/schema';
import { eventScope, findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { localized, translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { toCsv } from '@/lib/csv';
import type { QuestionKind } from './schema';

export type QuestionResult = {
  id: number;
  kind: QuestionKind;
  standard: string | null;
  text: string;
  answered: number;
  /** scale: counts of 1…5; choice: counts per option. */
  counts: number[];
  options: string[];
  average: number | null;
  texts: { text: string; name: string | null }[];
};
export type EventSurveyResults = {
  event: { id: number; title: string; startsAt: Date; regionCode: string | null };
  invited: number;
  responses: number;
  questions: QuestionResult[];
};

const average = (counts: number[]) => {
  const n = counts.reduce((a, b) => a + b, 0);
  return n ? counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / n : null;
};

async function surveyOfEvent(o: Organiser, eventId: number) {
  const event = await findEventInScope(o, eventId);
  if (!event) return null;
  const [survey] = await db()
    .select({ surveyId: surveys.id, invited: surveys.invitedCount })
    .from(surveys)
    .where(eq(surveys.eventId, event.id));
  return survey ? { event, ...survey } : null;
}

export async function eventSurveyResults(
  o: Organiser,
  eventId: number,
  locale: Locale,
): Promise<EventSurveyResults | null> {
  const row = await surveyOfEvent(o, eventId);
  if (!row) return null;
  const { surveyId, event } = row;
  const [questions, answers, [counts]] = await Promise.all([
    db()
      .select()
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, surveyId))
      .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id)),
    db()
      .select({
        questionId: surveyAnswers.questionId,
        scale: surveyAnswers.scale,
        choice: surveyAnswers.choice,
        text: surveyAnswers.text,
        first: registrations.firstName,
        last: registrations.lastName,
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .leftJoin(registrations, eq(registrations.id, surveyResponses.namedRegistrationId))
      .where(eq(surveyResponses.surveyId, surveyId))
      .orderBy(desc(surveyResponses.id)),
    db()
      .select({ responses: sql<number>`count(*)::int` })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, surveyId)),
  ]);
  const results = questions.map((q): QuestionResult => {
    const mine = answers.filter((a) => a.questionId === q.id);
    const options = locale === 'sv' && q.optionsSv?.length === q.optionsFi.length ? q.optionsSv : q.optionsFi;
    const size = q.kind === 'scale' ? 5 : q.kind === 'choice' ? options.length : 0;
    const c = Array.from({ length: size }, () => 0);
    for (const a of mine) {
      const i = q.kind === 'scale' ? (a.scale ?? 0) - 1 : q.kind === 'choice' ? (a.choice ?? -1) : -1;
      if (i >= 0 && i < size) c[i] += 1;
    }
    const name = (a: (typeof mine)[number]) => (a.first || a.last ? `${a.first ?? ''} ${a.last ?? ''}`.trim() : null);
    return {
      id: q.id,
      kind: q.kind,
      standard: q.standard,
      text: localized(locale, q.textFi, q.textSv),
      answered: mine.length,
      counts: c,
      options,
      average: q.kind === 'scale' ? average(c) : null,
      texts: q.kind === 'text' ? mine.filter((a) => a.text).map((a) => ({ text: a.text!, name: name(a) })) : [],
    };
  });
  return {
    event: {
      id: event.id,
      title: localized(locale, event.titleFi, event.titleSv),
      startsAt: event.startsAt,
      regionCode: event.regionCode,
    },
    invited: row.invited,
    responses: counts.responses,
    questions: results,
  };
}

export type RegionEventRow = {
  id: number;
  title: string;
  startsAt: Date;
  regionCode: string | null;
  invited: number;
  responses: number;
  overall: number | null;
  usefulness: number | null;
};
export type RegionSurveyResults = { events: RegionEventRow[]; overall: number[]; usefulness: number[] };

/** The standard questions over the events with a survey in scope: `region` a region code, 'national', or undefined for all. */
export async function regionSurveyResults(
  o: Organiser,
  region: string | undefined,
  locale: Locale,
): Promise<RegionSurveyResults> {
  const where = [eventScope(o)];
  if (region === 'national') where.push(isNull(events.regionCode));
  else if (region) where.push(eq(events.regionCode, region));
  const rows = await db()
    .select({ event: events, surveyId: surveys.id, invited: surveys.invitedCount })
    .from(events)
    .innerJoin(surveys, eq(surveys.eventId, events.id))
    .where(and(...where))
    .orderBy(desc(events.startsAt))
    .limit(500);
  const ids = rows.map((r) => r.surveyId);
  const dist = ids.length
    ? await db()
        .select({
          surveyId: surveyQuestions.surveyId,
          standard: surveyQuestions.standard,
          scale: surveyAnswers.scale,
          n: sql<number>`count(*)::int`,
        })
        .from(surveyAnswers)
        .innerJoin(surveyQuestions, eq(surveyQuestions.id, surveyAnswers.questionId))
        .where(
          and(inArray(surveyQuestions.surveyId, ids), inArray(surveyQuestions.standard, ['overall', 'usefulness'])),
        )
        .groupBy(surveyQuestions.surveyId, surveyQuestions.standard, surveyAnswers.scale)
    : [];
  const totals = ids.length
    ? await db()
        .select({ surveyId: surveyResponses.surveyId, responses: sql<number>`count(*)::int` })
        .from(surveyResponses)
        .where(inArray(surveyResponses.surveyId, ids))
        .groupBy(surveyResponses.surveyId)
    : [];
  const overall = [0, 0, 0, 0, 0];
  const usefulness = [0, 0, 0, 0, 0];
  const per = new Map<number, { overall: number[]; usefulness: number[] }>();
  for (const d of dist) {
    if (!d.scale) continue;
    const p = per.get(d.surveyId) ?? { overall: [0, 0, 0, 0, 0], usefulness: [0, 0, 0, 0, 0] };
    const key = d.standard === 'overall' ? 'overall' : 'usefulness';
    p[key][d.scale - 1] += d.n;
    (key === 'overall' ? overall : usefulness)[d.scale - 1] += d.n;
    per.set(d.surveyId, p);
  }
  const total = new Map(totals.map((t) => [t.surveyId, t.responses]));
  return {
    overall,
    usefulness,
    events: rows.map(({ event, surveyId, invited }) => ({
      id: event.id,
      title: localized(locale, event.titleFi, event.titleSv),
      startsAt: event.startsAt,
      regionCode: event.regionCode,
      invited,
      responses: total.get(surveyId) ?? 0,
      overall: average(per.get(surveyId)?.overall ?? []),
      usefulness: average(per.get(surveyId)?.usefulness ?? []),
    })),
  };
}

export type SurveyExport = { filename: string; contentType: string; body: Buffer };

/** One row per answer set, one column per question (scale as a number, choice as its option). Audited. */
export async function exportSurveyResults(
  o: Organiser,
  eventId: number,
  format: 'csv' | 'xlsx',
  locale: Locale,
): Promise<SurveyExport | null> {
  const row = await surveyOfEvent(o, eventId);
  if (!row) return null;
  const { surveyId, event } = row;
  const questions = await db()
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
  const responses = await db()
    .select({
      id: surveyResponses.id,
      on: surveyResponses.submittedOn,
      first: registrations.firstName,
      last: registrations.lastName,
    })
    .from(surveyResponses)
    .leftJoin(registrations, eq(registrations.id, surveyResponses.namedRegistrationId))
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(surveyResponses.id));
  const answers = await db()
    .select()
    .from(surveyAnswers)
    .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
    .where(eq(surveyResponses.surveyId, surveyId));
  const byResponse = new Map<number, Map<number, (typeof answers)[number]['survey_answers']>>();
  for (const a of answers) {
    const m = byResponse.get(a.survey_answers.responseId) ?? new Map();
    m.set(a.survey_answers.questionId, a.survey_answers);
    byResponse.set(a.survey_answers.responseId, m);
  }
  const header = [
    translate(locale, 'survey.export.date'),
    translate(locale, 'survey.export.name'),
    ...questions.map((q) => localized(locale, q.textFi, q.textSv)),
  ];
  const table = responses.map((r) => {
    const m = byResponse.get(r.id);
    const [y, mo, d] = r.on.split('-').map(Number);
    return [
      `${d}.${mo}.${y}`,
      r.first || r.last ? `${r.first ?? ''} ${r.last ?? ''}`.trim() : '',
      ...questions.map((q) => {
        const a = m?.get(q.id);
        if (!a) return null;
        if (q.kind === 'scale') return a.scale;
        if (q.kind === 'choice') {
          const options = locale === 'sv' && q.optionsSv?.length === q.optionsFi.length ? q.optionsSv : q.optionsFi;
          return a.choice !== null ? (options[a.choice] ?? null) : null;
        }
        return a.text;
      }),
    ];
  });
  const base = `${event.slug}-${translate(locale, 'survey.export.file')}`;
  let file: SurveyExport;
  if (format === 'csv') {
    file = { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(header, table) };
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Kokoon';
    const ws = wb.addWorksheet(translate(locale, 'survey.export.sheet').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow(header).font = { bold: true };
    for (const r of table) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      c.width = i < 2 ? 14 : 30;
    });
    file = {
      filename: `${base}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: Buffer.from(await wb.xlsx.writeBuffer()),
    };
  }
  await writeAudit(db(), o, 'survey.export', `event:${event.id}`, { eventId: event.id, format, rows: table.length });
  return file;
}
