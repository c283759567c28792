import 'server-only';
// The audience answers as columns of the organiser's registration export (lib/attendance/export.ts),
// named in the file's language: role category, organisation type, education levels, VIPU contact.
import type { Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { audienceNamer, getAudienceLists } from './lists';
import { audienceOf, NO_AUDIENCE } from './store';

type Column<R> = { key: string; width: number; value: (r: R) => string | null };

export async function audienceColumns<R extends { id: number }>(
  rows: readonly R[],
  locale: Locale,
): Promise<Column<R>[]> {
  const [answers, name, lists] = await Promise.all([
    audienceOf(rows.map((r) => r.id)),
    audienceNamer(locale),
    getAudienceLists(),
  ]);
  const of = (r: R) => answers.get(r.id) ?? NO_AUDIENCE;
  // Levels in the list's order (as the form shows them), not the codes' alphabetical one.
  const rank = new Map(lists.educationLevels.map((l, i) => [l.code, i]));
  const levels = (r: R) => [...of(r).educationLevels].sort((a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99));
  return [
    { key: 'roleCategory', width: 24, value: (r) => name.roleCategories(of(r).roleCategory) },
    { key: 'organisationType', width: 24, value: (r) => name.organisationTypes(of(r).organisationType) },
    {
      key: 'educationLevels',
      width: 28,
      value: (r) =>
        levels(r)
          .map((c) => name.educationLevels(c))
          .join(', ') || null,
    },
    {
      key: 'vipuContact',
      width: 12,
      value: (r) => {
        const v = of(r).vipuContact;
        return v === null ? null : translate(locale, `attendance.export.${v ? 'yes' : 'no'}`);
      },
    },
  ];
}
