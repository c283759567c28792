import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import type { Locale } from '@/lib/i18n/routing';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { listManageableSeries } from '@/lib/events/series-editor';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime } from '@/lib/time';
import { modesOf } from '@/lib/events/availability';
import { signOutAction } from './actions';

export const metadata: Metadata = { robots: { index: false } };

export default async function WorkspacePage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace`);
  const [t, list, series] = await Promise.all([
    getTranslations('workspace'),
    listWorkspaceEvents(organiser),
    listManageableSeries(organiser),
  ]);
  const s = await getTranslations('signin');
  const ed = await getTranslations('editor');
  const now = new Date();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-1">
            {t('signedInAs', { email: organiser.email })} ·{' '}
            {t(({ admin: 'roleAdmin', organiser: 'roleOrganiser', project: 'roleProject' } as const)[organiser.role])}
          </p>
          {organiser.role === 'organiser' && <p>{t('regions', { regions: organiser.regions.join(', ') || '–' })}</p>}
          {organiser.role === 'project' && <p>{t('projectScope')}</p>}
        </div>
        <form action={signOutAction.bind(null, locale)}>
          <button
            type="submit"
            className="rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark"
          >
            {s('signOut')}
          </button>
        </form>
      </div>
      <nav aria-label={ed('workspace.actions')}>
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link
              href="/workspace/events/new"
              className="inline-block rounded bg-brand-dark px-4 py-2 font-semibold text-white no-underline hover:bg-brand"
            >
              {ed('workspace.newEvent')}
            </Link>
          </li>
          <li>
            <Link
              href="/workspace/series/new"
              className="inline-block rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark no-underline"
            >
              {ed('workspace.newSeries')}
            </Link>
          </li>
        </ul>
      </nav>
      {/* Upcoming and ongoing events soonest first; past ones apart, most recent first. */}
      <EventsTable
        id="ws-upcoming"
        heading={t('upcomingEvents')}
        empty={t('noUpcoming')}
        rows={list.filter((e) => e.endsAt > now)}
        locale={locale}
      />
      <EventsTable
        id="ws-past"
        heading={t('pastEvents')}
        empty={t('noPast')}
        rows={list.filter((e) => e.endsAt <= now).reverse()}
        locale={locale}
      />
      <section aria-labelledby="ws-series">
        <h2 id="ws-series" className="text-2xl font-bold mb-3">
          {ed('workspace.series')}
        </h2>
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
      </section>
    </div>
  );
}

type Row = Awaited<ReturnType<typeof listWorkspaceEvents>>[number];

/** All places of the event's modes, or null when a mode has no limit. */
function capacityOf(e: Pick<Row, 'format' | 'capacityOnsite' | 'capacityRemote'>): number | null {
  let total = 0;
  for (const mode of modesOf(e.format)) {
    const cap = mode === 'onsite' ? e.capacityOnsite : e.capacityRemote;
    if (cap === null) return null;
    total += cap;
  }
  return total;
}

async function EventsTable({
  id,
  heading,
  empty,
  rows,
  locale,
}: {
  id: string;
  heading: string;
  empty: string;
  rows: Row[];
  locale: Locale;
}) {
  const t = await getTranslations('workspace');
  const ed = await getTranslations('editor');
  const status = { draft: t('statusDraft'), published: t('statusPublished'), cancelled: t('statusCancelled') } as const;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-bold mb-3">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        // A table on wide screens; below 45rem each event is a card with the same cells, labelled (globals.css .stack-table).
        <table className="stack-table w-full border-collapse bg-white text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                {t('colEvent')}
              </th>
              <th scope="col" className="p-2">
                {t('colWhen')}
              </th>
              <th scope="col" className="p-2">
                {t('colStatus')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('colConfirmed')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('colCapacity')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('colWaitlisted')}
              </th>
              <th scope="col" className="p-2">
                <span className="sr-only">{ed('workspace.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} className="border-b border-line">
                <td className="p-2">
                  <Link id={`ws-event-${e.id}`} href={`/workspace/events/${e.id}`} className="font-semibold">
                    {localized(locale, e.titleFi, e.titleSv)}
                  </Link>
                  {e.visibility !== 'public' && (
                    // Unlisted and invited events are not in the public lists: the organiser sees which.
                    <span className="ml-2 inline-block rounded border border-brand-dark px-1.5 text-sm font-semibold text-brand-dark">
                      {ed(`eventVisibilities.${e.visibility}`)}
                    </span>
                  )}
                </td>
                <td className="p-2 whitespace-nowrap" data-label={t('colWhen')}>
                  {formatEventTime(e.startsAt, e.endsAt, locale)}
                </td>
                <td className="p-2" data-label={t('colStatus')}>
                  {status[e.status]}
                </td>
                <td className="p-2 text-right" data-label={t('colConfirmed')}>
                  {e.confirmed}
                </td>
                <td className="p-2 text-right" data-label={t('colCapacity')}>
                  {/* Registration elsewhere: Kokoon keeps no places and no waiting list for it. */}
                  {e.registrationUrl ? t('elsewhere') : (capacityOf(e) ?? t('unlimited'))}
                </td>
                <td className="p-2 text-right" data-label={t('colWaitlisted')}>
                  {e.registrationUrl ? '–' : e.waitlisted}
                </td>
                <td className="p-2">
                  <Link href={`/workspace/events/${e.id}/edit`} aria-describedby={`ws-event-${e.id}`}>
                    {ed('workspace.edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
