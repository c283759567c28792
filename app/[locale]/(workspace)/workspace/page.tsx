import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { requireOrganiser } from '@/lib/auth/guards';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime } from '@/lib/time';
import { signOutAction } from './actions';

export const metadata: Metadata = { robots: { index: false } };

export default async function WorkspacePage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace`);
  const [t, list] = await Promise.all([getTranslations('workspace'), listWorkspaceEvents(organiser)]);
  const s = await getTranslations('signin');
  const status = { draft: t('statusDraft'), published: t('statusPublished'), cancelled: t('statusCancelled') } as const;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-1">{t('signedInAs', { email: organiser.email })} · {organiser.role === 'admin' ? t('roleAdmin') : t('roleOrganiser')}</p>
          {organiser.role !== 'admin' && <p>{t('regions', { regions: organiser.regions.join(', ') || '–' })}</p>}
        </div>
        <form action={signOutAction.bind(null, locale)}>
          <button type="submit" className="rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark">{s('signOut')}</button>
        </form>
      </div>
      <section aria-labelledby="ws-events">
        <h2 id="ws-events" className="text-2xl font-bold mb-3">{t('events')}</h2>
        {list.length === 0 ? <p>{t('none')}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <thead><tr className="border-b border-line">
                <th scope="col" className="p-2">{t('colEvent')}</th><th scope="col" className="p-2">{t('colWhen')}</th>
                <th scope="col" className="p-2">{t('colStatus')}</th><th scope="col" className="p-2 text-right">{t('colConfirmed')}</th>
                <th scope="col" className="p-2 text-right">{t('colWaitlisted')}</th>
              </tr></thead>
              <tbody>
                {list.map((e) => (
                  <tr key={e.id} className="border-b border-line">
                    <td className="p-2"><Link href={`/events/${e.slug}`}>{localized(locale, e.titleFi, e.titleSv)}</Link></td>
                    <td className="p-2 whitespace-nowrap">{formatEventTime(e.startsAt, e.endsAt, locale)}</td>
                    <td className="p-2">{status[e.status]}</td>
                    <td className="p-2 text-right">{e.confirmed}</td>
                    <td className="p-2 text-right">{e.waitlisted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
