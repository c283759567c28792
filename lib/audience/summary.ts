import 'server-only';
// One line per registration of its audience answers, for the organiser's attendance list:
// "Rehtori · Kunta · Esiopetus, Perusopetus · VIPU-yhteyshenkilö".
import type { Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { audienceNamer, getAudienceLists } from './lists';
import { audienceOf } from './store';

export async function audienceSummaries(
  registrationIds: readonly number[],
  locale: Locale,
): Promise<Map<number, string>> {
  const [answers, name, lists] = await Promise.all([
    audienceOf(registrationIds),
    audienceNamer(locale),
    getAudienceLists(),
  ]);
  const rank = new Map(lists.educationLevels.map((l, i) => [l.code, i]));
  const out = new Map<number, string>();
  for (const [id, a] of answers) {
    const levels = [...a.educationLevels]
      .sort((x, y) => (rank.get(x) ?? 99) - (rank.get(y) ?? 99))
      .map((c) => name.educationLevels(c))
      .join(', ');
    const parts = [
      name.roleCategories(a.roleCategory),
      name.organisationTypes(a.organisationType),
      levels || null,
      a.vipuContact ? translate(locale, 'audience.vipuContact') : null,
    ];
    const text = parts.filter(Boolean).join(' · ');
    if (text) out.set(id, text);
  }
  return out;
}
