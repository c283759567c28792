import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { localized, translate } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { editorOptions, getEventForEdit } from '@/lib/events/editor-read';
import { publishWarnings } from '@/lib/events/editor';
import { EDITOR_LIMITS } from '@/lib/events/editor-schema';
import { formatDateTime } from '@/lib/time';
import { EventForm } from '@/components/editor/event-form';
import { StreamForm } from '@/components/editor/stream-form';
import { MaterialManager } from '@/components/materials/material-manager';
import { cancelAction, duplicateAction, publishAction, unpublishAction } from '../../actions';
import { getSurveyForEditor } from '@/lib/surveys/editor';
import { SurveySection } from '@/components/surveys/survey-section';
import { BackLink } from '@/components/ui/back-link';
import { listQuestionsForEditor } from '@/lib/questions/editor';
import { eventQuestions } from '@/lib/questions/answers';
import { QuestionSection } from '@/components/questions/question-section';
import { CoOrganisersSection } from '@/components/organisers/co-organisers-section';
import { eventCoOrganisers, listCoOrganiserChoices } from '@/lib/auth/co-organisers';
import { saveEventCoOrganisersAction } from '../../../co-organiser-actions';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{
    done?: string;
    error?: string;
    count?: string;
    survey?: string;
    surveyError?: string;
    material?: string;
    questions?: string;
    questionsError?: string;
    organisers?: string;
    organisersError?: string;
  }>;
};

const DONE = ['created', 'saved', 'published', 'unpublished', 'duplicated', 'cancelled'];
const ERRORS = [
  'notFound',
  'forbidden',
  'notDraft',
  'notPublished',
  'hasRegistrations',
  'cancelled',
  'cancelConfirm',
  'invalid',
  'publishWarnings',
];
const secondary =
  'w-full rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light sm:w-auto';

export default async function EditEventPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/events/${id}/edit`);
  const event = await getEventForEdit(organiser, idOrNotFound(id));
  if (!event) notFound();
  const {
    done,
    error,
    count,
    survey: surveyDone,
    surveyError,
    material,
    questions: questionsDone,
    questionsError,
    organisers: organisersDone,
    organisersError,
  } = await searchParams;
  const [named, organiserChoices] = await Promise.all([
    eventCoOrganisers(organiser, event.id),
    listCoOrganiserChoices(organiser),
  ]);
  const [t, w, p, options, survey, warned, questions, asked] = await Promise.all([
    getTranslations('editor'),
    getTranslations('workspace'),
    getTranslations('preview'),
    editorOptions(organiser, { scope: event.scope, regionCode: event.regionCode, seriesId: event.seriesId }),
    getSurveyForEditor(organiser, event.id),
    publishWarnings(organiser, event.id),
    listQuestionsForEditor(organiser, event.id),
    eventQuestions(event.id),
  ]);
  const warnings = warned.ok ? warned.value : [];
  const n = Number(count ?? 0) || 0;
  const notice =
    done && DONE.includes(done)
      ? { ok: true, text: translate(locale, `editor.done.${done}`, { count: n }) }
      : error && ERRORS.includes(error)
        ? { ok: false, text: translate(locale, `editor.errors.${error}`, { count: n }) }
        : null;
  const status = { draft: w('statusDraft'), published: w('statusPublished'), cancelled: w('statusCancelled') }[
    event.status
  ];
  const live = event.counts.confirmed + event.counts.waitlisted;
  const title = localized(locale, event.titleFi, event.titleSv);
  const seriesTitle = event.seriesTitleFi ? localized(locale, event.seriesTitleFi, event.seriesTitleSv) : null;

  return (
    <div className="space-y-8">
      <BackLink
        href={event.seriesId ? `/workspace/series/${event.seriesId}` : undefined}
        label={seriesTitle ?? undefined}
      />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-lg">{t('pages.editIntro')}</p>
      </header>
      {notice && (
        <p
          role={notice.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${notice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {notice.text}
        </p>
      )}

      <section aria-labelledby="ev-state" className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="ev-state" className="text-2xl font-bold">
          {t('state.title')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('state.status')}</dt>
          <dd>{status}</dd>
          <dt className="font-semibold">{t('state.registrations')}</dt>
          <dd>
            {t('state.counts', { confirmed: event.counts.confirmed, waitlisted: event.counts.waitlisted })} ·{' '}
            <Link href={`/workspace/events/${event.id}`}>{t('state.attendance')}</Link>
          </dd>
          <dt className="font-semibold">{t('state.publicPage')}</dt>
          <dd>
            <Link href={`/workspace/events/${event.id}/preview`}>{p('link')}</Link>
            {' · '}
            {event.status === 'draft' ? (
              t('state.publicAfterPublish', { path: `/${locale}/events/${event.slug}` })
            ) : (
              <Link href={`/events/${event.slug}`}>{t('state.preview')}</Link>
            )}
          </dd>
          <dt className="font-semibold">{t('state.updated')}</dt>
          <dd>{formatDateTime(event.updatedAt, locale)}</dd>
        </dl>

        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          {event.status === 'draft' && warnings.length === 0 && (
            <form action={publishAction.bind(null, locale, event.id)}>
              <button
                type="submit"
                className="w-full rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand sm:w-auto"
              >
                {t('actions.publish')}
              </button>
            </form>
          )}
          {event.status === 'draft' && warnings.length > 0 && (
            // A confirm step that needs no JavaScript: the box must be ticked, and the server checks it again.
            <form
              action={publishAction.bind(null, locale, event.id)}
              aria-labelledby="publish-check"
              className="w-full space-y-3 rounded border-2 border-bad p-3"
            >
              <h3 id="publish-check" className="text-lg font-bold">
                <span aria-hidden="true">⚠ </span>
                {t('publishCheck.title')}
              </h3>
              <ul id="publish-warnings" className="list-disc space-y-1 pl-6">
                {warnings.map((k) => (
                  <li key={k}>{t(`publishCheck.${k}`)}</li>
                ))}
              </ul>
              <label className="inline-flex items-start gap-2">
                <input
                  type="checkbox"
                  name="confirmPublish"
                  value="yes"
                  required
                  aria-describedby="publish-warnings"
                  className="mt-1 h-5 w-5"
                />
                <span>{t('publishCheck.confirm')}</span>
              </label>
              <div>
                <button
                  type="submit"
                  className="w-full rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand sm:w-auto"
                >
                  {t('publishCheck.submit')}
                </button>
              </div>
            </form>
          )}
          {event.status === 'published' && live === 0 && (
            <form action={unpublishAction.bind(null, locale, event.id)}>
              <button type="submit" className={secondary}>
                {t('actions.unpublish')}
              </button>
            </form>
          )}
          <form action={duplicateAction.bind(null, locale, event.id)}>
            <button type="submit" className={secondary}>
              {t('actions.duplicate')}
            </button>
          </form>
        </div>
        {event.status === 'published' && live > 0 && (
          <p className="text-sm text-muted">{t('actions.unpublishBlocked', { count: live })}</p>
        )}

        {event.status === 'published' && (
          <details className="rounded border border-bad p-3">
            <summary className="cursor-pointer font-semibold text-bad">{t('actions.cancel')}</summary>
            <form action={cancelAction.bind(null, locale, event.id)} className="mt-3 space-y-4">
              <p id="cancel-hint">{t('actions.cancelIntro', { count: live })}</p>
              <div className="grid gap-4 md:grid-cols-2">
                <div>
                  <label htmlFor="cancel-noteFi" className="block font-semibold">
                    {t('fields.changeNoteFi')}
                  </label>
                  <textarea
                    id="cancel-noteFi"
                    name="changeNoteFi"
                    lang="fi"
                    rows={3}
                    maxLength={EDITOR_LIMITS.changeNote}
                    aria-describedby="cancel-hint"
                    className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2"
                  />
                </div>
                <div>
                  <label htmlFor="cancel-noteSv" className="block font-semibold">
                    {t('fields.changeNoteSv')}
                  </label>
                  <textarea
                    id="cancel-noteSv"
                    name="changeNoteSv"
                    lang="sv"
                    rows={3}
                    maxLength={EDITOR_LIMITS.changeNote}
                    aria-describedby="cancel-hint"
                    className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2"
                  />
                </div>
              </div>
              <label className="inline-flex items-start gap-2">
                <input type="checkbox" name="confirm" value="yes" required className="mt-1 h-5 w-5" />
                <span>{t('actions.cancelConfirm')}</span>
              </label>
              <div>
                <button type="submit" className="w-full rounded bg-bad px-4 py-2 font-semibold text-white sm:w-auto">
                  {t('actions.cancelSubmit')}
                </button>
              </div>
            </form>
          </details>
        )}
        {event.status === 'cancelled' && <p>{t('state.cancelledNote')}</p>}
      </section>

      {event.status !== 'cancelled' && (
        <section aria-labelledby="ev-edit" className="space-y-3">
          <h2 id="ev-edit" className="text-2xl font-bold">
            {t('pages.details')}
          </h2>
          <EventForm
            locale={locale}
            eventId={event.id}
            initial={event.values}
            options={options}
            registrants={event.status === 'published' ? live : 0}
            slugEditable={event.status === 'draft'}
          />
        </section>
      )}

      {event.format !== 'onsite' && event.status !== 'cancelled' && (
        <section aria-labelledby="ev-stream" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
          <h2 id="ev-stream" className="text-2xl font-bold">
            {t('stream.title')}
          </h2>
          <p>{t('stream.intro')}</p>
          <StreamForm
            locale={locale}
            eventId={event.id}
            initial={event.stream ?? { url: '', instructionsFi: '', instructionsSv: '' }}
          />
        </section>
      )}

      <section aria-labelledby="ev-materials" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="ev-materials" className="text-2xl font-bold">
          {t('materials.title')}
        </h2>
        <MaterialManager
          locale={locale}
          materials={event.materials}
          target={`event:${event.id}`}
          standalone={false}
          themes={[]}
          notice={material}
        />
      </section>

      <CoOrganisersSection
        kind="event"
        action={saveEventCoOrganisersAction.bind(null, locale, event.id)}
        locale={locale}
        named={named ?? []}
        choices={organiserChoices}
        done={organisersDone}
        error={organisersError}
      />

      {questions && (
        <QuestionSection
          locale={locale}
          ownerId={event.id}
          questions={questions}
          cancelled={event.status === 'cancelled'}
          done={questionsDone}
          error={questionsError}
          seriesQuestions={
            event.seriesId ? { count: asked.length - questions.length, seriesId: event.seriesId } : undefined
          }
        />
      )}

      {survey.ok && (
        <SurveySection
          locale={locale}
          eventId={event.id}
          survey={survey.value}
          cancelled={event.status === 'cancelled'}
          done={surveyDone}
          error={surveyError}
        />
      )}
    </div>
  );
}
