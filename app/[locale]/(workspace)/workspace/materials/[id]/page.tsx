// Editing one material (an event's or a standalone one), if this organiser may change it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localized } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { getReferenceData } from '@/lib/reference';
import { getMaterialForEdit } from '@/lib/materials/editor';
import { MaterialForm } from '@/components/materials/material-form';
import { materialsMailCount } from '@/lib/materials/notify';
import { BackLink } from '@/components/ui/back-link';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function EditMaterialPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/materials/${id}`);
  const x = await getMaterialForEdit(organiser, idOrNotFound(id));
  if (!x) notFound();
  const [m, ref] = await Promise.all([getTranslations('materialsArchive'), getReferenceData()]);
  const back = x.eventId !== null ? `/workspace/events/${x.eventId}/edit` : '/workspace/materials';
  const s = (v: string | null) => v ?? '';
  return (
    <div className="space-y-6">
      <BackLink href={back} />
      <h1 className="text-3xl font-bold">
        {m('editTitle')}: {localized(locale, x.titleFi, x.titleSv)}
      </h1>
      <div className="rounded-lg border border-line bg-white p-4 sm:p-5">
        <MaterialForm
          locale={locale}
          target={`material:${x.id}`}
          standalone={x.eventId === null}
          notify={x.eventId !== null ? { mailed: (await materialsMailCount(organiser, x.eventId)) ?? 0 } : undefined}
          currentFile={x.filename}
          doneHref={`/${locale}${back}${x.eventId !== null ? '#ev-materials' : ''}`}
          themes={ref.themes.map((th) => ({ slug: th.slug, name: localized(locale, th.nameFi, th.nameSv) }))}
          initial={{
            kind: x.kind,
            visibility: x.visibility,
            language: x.language,
            titleFi: x.titleFi,
            titleSv: s(x.titleSv),
            descriptionFi: s(x.descriptionFi),
            descriptionSv: s(x.descriptionSv),
            url: s(x.url),
            captioned: x.captioned === null ? '' : x.captioned ? 'yes' : 'no',
            themes: x.themes,
            targetLevel: (x.targetLevel ?? '') as '',
            year: x.year ? String(x.year) : '',
          }}
        />
      </div>
    </div>
  );
}
