import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { localized } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { getSeriesForEdit } from '@/lib/events/series-editor';
import { formatEventTime } from '@/lib/time';
import { SeriesForm } from '@/components/editor/series-form';
import { BackLink } from '@/components/ui/back-link';
import { cityNamer } from '@/lib/reference';
import { CoOrganisersSection } from '@/components/organisers/co-organisers-section';
import { listCoOrganiserChoices, seriesCoOrganisers } from '@/lib/auth/co-organisers';
import { saveSeriesCoOrganisersAction } from '../../co-organiser-actions';
import { listQuestionsForEditor } from '@/lib/questions/editor';
import { QuestionSection } from '@/components/questions/question-section';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{
    done?: string;
    organisers?: string;
    organisersError?: string;
    questions?: string;
    questionsError?: string;
  }>;
};

export default async function SeriesPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/series/${id}`);
  const series = await getSeriesForEdit(organiser, idOrNotFound(id));
  if (!series) notFound();
  const {
    done,
    organisers: organisersDone,
    organisersError,
    questions: questionsDone,
    questionsError,
  } = await searchParams;
  const [named, organiserChoices, questions] = await Promise.all([
    seriesCoOrganisers(series.id),
    listCoOrganiserChoices(organiser),
    listQuestionsForEditor(organiser, { seriesId: series.id }),
  ]);
  const t = await getTranslations('editor');
  const w = await getTranslations('workspace');
  const status = { draft: w('statusDraft'), published: w('statusPublished'), cancelled: w('statusCancelled') } as const;
  const title = localized(locale, series.values.titleFi, series.values.titleSv);
  const hasPublic = series.sessions.some((s) => s.status !== 'draft');
  const city = await cityNamer(locale);
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{title}</h1>
      {done === 'created' && (
        <p role="status" className="rounded border border-ok bg-ok-light p-3 font-semibold text-ok">
          {t('done.seriesCreated')}
        </p>
      )}

      <section aria-labelledby="series-sessions" className="space-y-3">
        <h2 id="series-sessions" className="text-2xl font-bold">
          {t('series.sessions')}
        </h2>
        {series.sessions.length === 0 ? (
          <p>{t('series.noSessions')}</p>
        ) : (
          <ul className="space-y-2">
            {series.sessions.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded border border-line bg-white p-3"
              >
                <Link href={`/workspace/events/${s.id}/edit`} className="font-semibold">
                  {formatEventTime(s.startsAt, s.endsAt, locale)}
                  {s.city ? ` · ${city(s.city)}` : ''}
                </Link>
                <span className="text-muted">{status[s.status]}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="flex flex-wrap gap-4">
          <Link
            href={`/workspace/events/new?series=${series.id}`}
            className="inline-block rounded bg-brand-dark px-4 py-2 font-semibold text-white no-underline hover:bg-brand"
          >
            {t('series.addSession')}
          </Link>
          {hasPublic && (
            <Link href={`/series/${series.slug}`} className="inline-block py-2">
              {t('series.publicPage')}
            </Link>
          )}
        </p>
      </section>

      <section aria-labelledby="series-edit" className="space-y-3">
        <h2 id="series-edit" className="text-2xl font-bold">
          {t('series.details')}
        </h2>
        <SeriesForm locale={locale} seriesId={series.id} initial={series.values} />
      </section>

      <CoOrganisersSection
        kind="series"
        action={saveSeriesCoOrganisersAction.bind(null, locale, series.id)}
        locale={locale}
        named={named}
        choices={organiserChoices}
        done={organisersDone}
        error={organisersError}
      />

      {questions && (
        <QuestionSection
          locale={locale}
          kind="series"
          ownerId={series.id}
          questions={questions}
          cancelled={false}
          done={questionsDone}
          error={questionsError}
        />
      )}
    </div>
  );
}
