// The network's standalone materials (guides, reports, models, videos): the national admin manages
// all of them, an organiser the ones they created. Listed publicly in the materials bank.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localized } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { getReferenceData } from '@/lib/reference';
import { listStandaloneForOrganiser } from '@/lib/materials/queries';
import { MaterialManager } from '@/components/materials/material-manager';
import { Link } from '@/components/ui/link';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ material?: string }> };

export default async function StandaloneMaterialsPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/materials`);
  const [m, ref, materials, { material }] = await Promise.all([
    getTranslations('materialsArchive'),
    getReferenceData(),
    listStandaloneForOrganiser(organiser),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{m('workspaceTitle')}</h1>
        <p className="text-lg">
          {m(organiser.role === 'admin' ? 'workspaceIntroAdmin' : 'workspaceIntro')}{' '}
          <Link href="/materials">{m('bankLink')}</Link>
        </p>
      </header>
      <section
        aria-labelledby="standalone-list"
        className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5"
      >
        <h2 id="standalone-list" className="text-2xl font-bold">
          {m('standaloneTitle')}
        </h2>
        <MaterialManager
          locale={locale}
          materials={materials}
          target="standalone"
          standalone
          themes={ref.themes.map((th) => ({ slug: th.slug, name: localized(locale, th.nameFi, th.nameSv) }))}
          notice={material}
        />
      </section>
    </div>
  );
}
