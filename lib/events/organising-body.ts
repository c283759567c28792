// Who organises an event, in words (issue 17): the VIP network's region (the owning region; the
// network itself for a national event), Opetushallitus, an AVI, or a named project. Shown on cards,
// the event page, in the API (`organisingBody {fi,sv}`), the calendar description and JSON-LD.
// No `server-only`: the calendar feed benchmark loads it outside Next.
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

import type { OrganisingBody } from './filters';

export { ORGANISING_BODIES, type OrganisingBody } from './filters';

export type OrganisingBodyFacts = {
  organisingBody: OrganisingBody;
  organisingBodyFi: string | null;
  organisingBodySv: string | null;
};
type RegionName = { nameFi: string; nameSv: string | null } | null | undefined;

/** "HYKS-alue (Helsinki)" → "HYKS-alue": the regions table carries the hospital city in brackets. */
const withoutCity = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;

function nameIn(locale: Locale, e: OrganisingBodyFacts, region: RegionName): string {
  const own = (locale === 'sv' ? e.organisingBodySv?.trim() : null) || e.organisingBodyFi?.trim() || '';
  switch (e.organisingBody) {
    case 'vip_network':
      return region
        ? translate(locale, 'event.organisingBodies.vipRegion', {
            region: withoutCity(locale === 'sv' && region.nameSv ? region.nameSv : region.nameFi),
          })
        : translate(locale, 'event.organisingBodies.vipNetwork');
    case 'oph':
      return translate(locale, 'event.organisingBodies.oph');
    case 'avi':
      return own || translate(locale, 'event.organisingBodies.avi');
    case 'project':
      return own;
  }
}

/** The organising body in both languages; `region` is the owning region (null for a national event). */
export function organisingBodyNames(e: OrganisingBodyFacts, region: RegionName): { fi: string; sv: string } {
  return { fi: nameIn('fi', e, region), sv: nameIn('sv', e, region) };
}

/** The organising body in one language. */
export function organisingBodyName(e: OrganisingBodyFacts, region: RegionName, locale: Locale): string {
  return nameIn(locale, e, region);
}

/** The owning region's names as the summary rows carry them (null for a national event). */
export function ownRegion(e: { regionNameFi: string | null; regionNameSv: string | null }): RegionName {
  return e.regionNameFi ? { nameFi: e.regionNameFi, nameSv: e.regionNameSv } : null;
}
