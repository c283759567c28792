// The feedback survey in the event editor: attach it, see its questions, add or remove own ones.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { localized, translate } from '@/lib/i18n/messages';
import type { SurveyForEditor } from '@/lib/surveys/editor';
import { attachSurveyAction, removeQuestionAction } from '@/app/[locale]/(workspace)/workspace/events/survey-actions';
import { QuestionForm } from './question-form';
import type { Locale } from '@/lib/i18n/routing';

const DONE = ['attached', 'removed'];
const ERRORS = ['notFound', 'locked', 'tooMany', 'standard', 'eventCancelled'];

export async function SurveySection({
  locale,
  eventId,
  survey,
  cancelled,
  done,
  error,
}: {
  locale: Locale;
  eventId: number;
  survey: SurveyForEditor;
  cancelled: boolean;
  done?: string;
  error?: string;
}) {
  const t = await getTranslations('survey.editor');
  const notice =
    done && DONE.includes(done)
      ? { ok: true, text: t(done === 'attached' ? 'attached' : 'removed') }
      : error && ERRORS.includes(error)
        ? { ok: false, text: translate(locale, `survey.errors.${error}`) }
        : null;
  const locked = !!survey && survey.responses > 0;
  return (
    <section aria-labelledby="ev-survey" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
      <h2 id="ev-survey" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p>{t('intro')}</p>
      {notice && (
        <p
          role={notice.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${notice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {notice.text}
        </p>
      )}
      {!survey ? (
        <>
          <p>{t('none')}</p>
          {!cancelled && (
            <form action={attachSurveyAction.bind(null, locale, eventId)}>
              <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand">
                {t('attach')}
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <p>
            {t('counts', { invited: survey.invited, responses: survey.responses })}{' '}
            <Link href={`/workspace/events/${eventId}/feedback`}>{t('results')}</Link>
          </p>
          <h3 className="text-lg font-bold">{t('questions')}</h3>
          <ol className="list-decimal space-y-2 pl-5">
            {survey.questions.map((q) => (
              <li key={q.id}>
                <span className="font-semibold">{localized(locale, q.textFi, q.textSv)}</span>
                <span className="text-muted">
                  {' '}
                  · {t(`kinds.${q.kind}`)}
                  {q.standard ? ` · ${t('standardTag')}` : ''}
                  {q.required ? ` · ${t('requiredTag')}` : ''}
                </span>
                {q.kind === 'choice' && (
                  <span className="block text-sm">
                    {(locale === 'sv' && q.optionsSv ? q.optionsSv : q.optionsFi).join(' / ')}
                  </span>
                )}
                {!q.standard && !locked && (
                  <form action={removeQuestionAction.bind(null, locale, eventId, q.id)} className="mt-1">
                    <button
                      type="submit"
                      className="rounded border-2 border-bad bg-white px-3 py-1 text-sm font-semibold text-bad"
                    >
                      {t('remove')}
                      <span className="sr-only">: {localized(locale, q.textFi, q.textSv)}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
          {locked ? (
            <p>{t('locked')}</p>
          ) : (
            <>
              <h3 className="text-lg font-bold">{t('add')}</h3>
              <QuestionForm locale={locale} eventId={eventId} />
            </>
          )}
        </>
      )}
    </section>
  );
}
