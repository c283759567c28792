// A list of materials as people see them (event page, manage page, materials bank): kind and title
// linking to the material (its link, or Kokoon's download for a file; participants-only files under
// the person's manage link), a file's note, and a recording's captions status.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import type { Locale } from '@/lib/i18n/routing';
import { materialHref, type Material } from '@/lib/materials/queries';
import { RECORDING_KINDS } from '@/lib/materials/schema';

type Item = Pick<Material, 'id' | 'kind' | 'titleFi' | 'titleSv' | 'url' | 'hasFile' | 'visibility' | 'captioned'> &
  Partial<Pick<Material, 'descriptionFi' | 'descriptionSv'>>;

export async function MaterialLinks<T extends Item>({
  materials,
  locale,
  via,
  className = 'mt-2 list-disc pl-5',
  itemClassName,
  extra,
}: {
  materials: T[];
  locale: Locale;
  via?: { locale: Locale; token: string };
  className?: string;
  /** The bank's cards: a class per item and more about each (year, level, themes). */
  itemClassName?: string;
  extra?: (x: T) => ReactNode;
}) {
  const [ev, m] = await Promise.all([
    getTranslations({ locale, namespace: 'event' }),
    getTranslations({ locale, namespace: 'materialsArchive' }),
  ]);
  return (
    <ul className={className}>
      {materials.map((x) => {
        return (
          <li key={x.id} className={itemClassName}>
            <a href={materialHref(x, via)} rel="noopener">
              {ev(`materialKinds.${x.kind}`)}: <LocalizedText locale={locale} fi={x.titleFi} sv={x.titleSv} />
            </a>
            {x.hasFile && !x.url && <span className="text-muted"> ({m('download')})</span>}
            {RECORDING_KINDS.includes(x.kind) && x.captioned !== null && (
              <span className="text-muted"> · {m(x.captioned ? 'captioned.shownYes' : 'captioned.shownNo')}</span>
            )}
            {x.descriptionFi && (
              <p className="text-muted">
                <LocalizedText locale={locale} fi={x.descriptionFi} sv={x.descriptionSv} />
              </p>
            )}
            {extra?.(x)}
          </li>
        );
      })}
    </ul>
  );
}
