import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { SeriesForm } from '@/components/editor/series-form';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false } };

export default async function NewSeriesPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  await requireOrganiser(locale, `/${locale}/workspace/series/new`);
  const t = await getTranslations('editor');
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('pages.newSeries')}</h1>
      <p>{t('pages.newSeriesIntro')}</p>
      <SeriesForm
        locale={locale}
        seriesId={null}
        initial={{ titleFi: '', titleSv: '', descriptionFi: '', descriptionSv: '', trainers: '', project: '' }}
      />
    </div>
  );
}
