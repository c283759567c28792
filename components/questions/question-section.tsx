// Own registration questions in the event editor or on a training series' page: the list with its
// arrows, edit and remove for questions nobody has answered yet, and the form to add one.
import { getTranslations } from 'next-intl/server';
import { translate } from '@/lib/i18n/messages';
import type { EditorQuestion } from '@/lib/questions/editor';
import { CHOICE_TYPES } from '@/lib/questions/schema';
import {
  moveQuestionDownAction,
  moveQuestionUpAction,
  removeQuestionAction,
  reorderQuestionsAction,
  type OwnerKind,
} from '@/app/[locale]/(workspace)/workspace/events/question-actions';
import { QuestionForm } from './question-form';
import { Link } from '@/components/ui/link';
import { DragOrderList } from './drag-order-list';
import type { Locale } from '@/lib/i18n/routing';

const DONE = ['removed', 'moved'];
const ERRORS = ['notFound', 'locked', 'tooMany', 'eventCancelled'];
const small =
  'rounded border-2 border-brand-dark bg-white px-3 py-1 text-sm font-semibold text-brand-dark hover:bg-brand-light disabled:opacity-50';

export async function QuestionSection({
  locale,
  kind = 'event',
  ownerId,
  questions,
  cancelled,
  done,
  error,
  seriesQuestions,
}: {
  locale: Locale;
  kind?: OwnerKind;
  /** The event's or the series' id. */
  ownerId: number;
  questions: EditorQuestion[];
  cancelled: boolean;
  done?: string;
  error?: string;
  /** In an event's editor: how many questions its series adds after the event's own, and the series' page. */
  seriesQuestions?: { count: number; seriesId: number };
}) {
  const t = await getTranslations('editor.questions');
  const notice =
    done && DONE.includes(done)
      ? { ok: true, text: t(done === 'removed' ? 'removed' : 'moved') }
      : error && ERRORS.includes(error)
        ? { ok: false, text: translate(locale, `editor.questions.errors.${error}`) }
        : null;
  const label = (q: EditorQuestion) => (locale === 'sv' ? q.labelSv : q.labelFi);
  return (
    <section aria-labelledby="ev-questions" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <h2 id="ev-questions" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p>{t(kind === 'series' ? 'seriesIntro' : 'intro')}</p>
      {notice && (
        <p
          role={notice.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${notice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {notice.text}
        </p>
      )}
      {questions.length === 0 ? (
        <p>{t(kind === 'series' ? 'seriesNone' : 'none')}</p>
      ) : (
        <Items
          cancelled={cancelled}
          ids={questions.map((q) => q.id)}
          save={reorderQuestionsAction.bind(null, kind, locale, ownerId)}
        >
          {questions.map((q, i) => (
            <div key={q.id}>
              <p>
                <span className="font-semibold">
                  {i + 1}. {label(q)}
                </span>
                <span className="text-muted">
                  {' '}
                  · {t(`types.${q.type}`)} · {t(`askedOf.${q.askedOf}`)}
                  {q.required ? ` · ${t('requiredTag')}` : ''}
                </span>
              </p>
              {CHOICE_TYPES.includes(q.type) && (
                <p className="text-sm">{q.options.map((o) => (locale === 'sv' ? o.sv : o.fi)).join(' / ')}</p>
              )}
              {q.answers > 0 && <p className="text-sm text-muted">{t('answered', { count: q.answers })}</p>}
              {!cancelled && (
                <div className="mt-2 flex flex-wrap gap-2">
                  <form action={moveQuestionUpAction.bind(null, kind, locale, ownerId, q.id)}>
                    <button type="submit" className={small} disabled={i === 0}>
                      <span aria-hidden="true">↑ </span>
                      {t('moveUp')}
                      <span className="sr-only">: {label(q)}</span>
                    </button>
                  </form>
                  <form action={moveQuestionDownAction.bind(null, kind, locale, ownerId, q.id)}>
                    <button type="submit" className={small} disabled={i === questions.length - 1}>
                      <span aria-hidden="true">↓ </span>
                      {t('moveDown')}
                      <span className="sr-only">: {label(q)}</span>
                    </button>
                  </form>
                  {q.answers === 0 && (
                    <form action={removeQuestionAction.bind(null, kind, locale, ownerId, q.id)}>
                      <button
                        type="submit"
                        className="rounded border-2 border-bad bg-white px-3 py-1 text-sm font-semibold text-bad"
                      >
                        {t('remove')}
                        <span className="sr-only">: {label(q)}</span>
                      </button>
                    </form>
                  )}
                </div>
              )}
              {!cancelled && q.answers === 0 && (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-brand-dark">
                    {t('edit')}
                    <span className="sr-only">: {label(q)}</span>
                  </summary>
                  <div className="mt-3">
                    <QuestionForm
                      locale={locale}
                      kind={kind}
                      ownerId={ownerId}
                      questionId={q.id}
                      initial={{
                        type: q.type,
                        labelFi: q.labelFi,
                        labelSv: q.labelSv,
                        required: q.required,
                        askedOf: q.askedOf,
                        optionsFi: q.options.map((o) => o.fi).join('\n'),
                        optionsSv: q.options.map((o) => o.sv).join('\n'),
                      }}
                    />
                  </div>
                </details>
              )}
            </div>
          ))}
        </Items>
      )}
      {seriesQuestions && seriesQuestions.count > 0 && (
        <p>
          <Link href={`/workspace/series/${seriesQuestions.seriesId}#ev-questions`}>
            {t('fromSeries', { count: seriesQuestions.count })}
          </Link>
        </p>
      )}
      {!cancelled && (
        <>
          <h3 className="text-lg font-bold">{t('add')}</h3>
          <QuestionForm locale={locale} kind={kind} ownerId={ownerId} />
        </>
      )}
    </section>
  );
}

/** The list: draggable while the questions can change, a plain list otherwise. */
function Items({
  cancelled,
  ids,
  save,
  children,
}: {
  cancelled: boolean;
  ids: number[];
  save: (order: number[]) => Promise<{ ok: boolean; message: string }>;
  children: React.ReactNode[];
}) {
  if (!cancelled && ids.length > 1)
    return (
      <DragOrderList ids={ids} save={save}>
        {children}
      </DragOrderList>
    );
  return (
    <ol className="space-y-3">
      {children.map((c, i) => (
        <li key={ids[i]} className="rounded border border-line p-3">
          {c}
        </li>
      ))}
    </ol>
  );
}
