import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localized } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { blankEventValues, editorOptions } from '@/lib/events/editor-read';
import { sessionDefaults } from '@/lib/events/series-editor';
import { EventForm } from '@/components/editor/event-form';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ series?: string }> };

/** A new event; with ?series=ID a new session of that training series, prefilled from it. */
export default async function NewEventPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const { series } = await searchParams;
  const organiser = await requireOrganiser(
    locale,
    `/${locale}/workspace/events/new${series ? `?series=${encodeURIComponent(series)}` : ''}`,
  );
  const t = await getTranslations('editor');
  const seriesId = series ? idOrNotFound(series) : null;
  const defaults = seriesId !== null ? await sessionDefaults(organiser, seriesId) : {};
  if (defaults === null) notFound();
  const initial = { ...blankEventValues(organiser), ...defaults };
  const options = await editorOptions(organiser);
  const seriesChoice = seriesId !== null ? options.series.find((s) => s.value === String(seriesId)) : undefined;
  return (
    <div className="space-y-6">
      <BackLink
        href={seriesChoice ? `/workspace/series/${seriesId}` : undefined}
        label={seriesChoice ? localized(locale, seriesChoice.fi, seriesChoice.sv) : undefined}
      />
      <h1 className="text-3xl font-bold">{seriesChoice ? t('pages.newSession') : t('pages.newEvent')}</h1>
      <p>{t('pages.newEventIntro')}</p>
      <EventForm locale={locale} eventId={null} initial={initial} options={options} slugEditable />
    </div>
  );
}
