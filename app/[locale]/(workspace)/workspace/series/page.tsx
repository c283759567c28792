import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { listManageableSeries } from '@/lib/events/series-editor';
import { localized } from '@/lib/i18n/messages';
import { Link } from '@/components/ui/link';

export const metadata: Metadata = { robots: { index: false } };

/** The training series the organiser may edit (the workspace navigation's "series"). */
export default async function SeriesListPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/series`);
  const [ed, series] = await Promise.all([getTranslations('editor'), listManageableSeries(organiser)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{ed('workspace.series')}</h1>
      <p>
        <Link
          href="/workspace/series/new"
          className="inline-block rounded bg-brand-dark px-4 py-2 font-semibold text-white no-underline hover:bg-brand"
        >
          {ed('workspace.newSeries')}
        </Link>
      </p>
      {series.length === 0 ? (
        <p>{ed('workspace.noSeries')}</p>
      ) : (
        <ul className="space-y-2">
          {series.map((x) => (
            <li key={x.id} className="rounded border border-line bg-white p-3">
              <Link href={`/workspace/series/${x.id}`} className="font-semibold">
                {localized(locale, x.titleFi, x.titleSv)}
              </Link>
              <span className="text-muted">
                {' '}
                · {x.project ? `${x.project} · ` : ''}
                {ed('workspace.sessions', { count: x.sessions })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
