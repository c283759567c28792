import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { getEventPreview } from '@/lib/events/preview';
import { EventArticle } from '@/components/events/event-article';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'preview' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** The event's public page as it looks (or will look once published), for organisers in scope; drafts included. */
export default async function EventPreviewPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/preview`);
  const eventId = idOrNotFound(id);
  const event = await getEventPreview(o, eventId);
  if (!event) notFound();
  const t = await getTranslations('preview');
  const other = locale === 'fi' ? 'sv' : 'fi';
  return (
    <div className="space-y-6">
      <div
        role="note"
        aria-labelledby="preview-note"
        className="space-y-2 rounded-lg border-2 border-warn bg-warn-light p-4 text-ink"
      >
        <p id="preview-note" className="font-bold">
          {t(
            event.status === 'draft'
              ? 'bannerDraft'
              : event.status === 'cancelled'
                ? 'bannerCancelled'
                : 'bannerPublished',
          )}
        </p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link href={`/workspace/events/${event.id}/edit`}>{t('backToEditor')}</Link>
          <Link href={`/workspace/events/${event.id}/preview`} locale={other}>
            {t('otherLanguage')}
          </Link>
          {event.status !== 'draft' && <Link href={`/events/${event.slug}`}>{t('publicPage')}</Link>}
        </p>
      </div>
      <EventArticle event={event} locale={locale} preview />
    </div>
  );
}
