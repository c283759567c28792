import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { regionSurveyResults } from '@/lib/surveys/results';
import { getReferenceData } from '@/lib/reference';
import { localized } from '@/lib/i18n/messages';
import { formatShortDate } from '@/lib/time';
import { Distribution } from '@/components/charts/distribution';
import { BackLink } from '@/components/ui/back-link';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ region?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'survey.results' });
  return { title: t('regionHeading'), robots: { index: false, follow: false } };
}

// Feedback per region: the standard questions over the events with a survey in the organiser's scope.
export default async function RegionFeedbackPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const o = await requireOrganiser(locale, `/${locale}/workspace/feedback`);
  const rawRegion = (await searchParams).region;
  const ref = await getReferenceData();
  const asked = Array.isArray(rawRegion) ? rawRegion[0] : rawRegion;
  const region = asked === 'national' || ref.regions.some((r) => r.code === asked) ? asked : undefined;
  const [t, results] = await Promise.all([getTranslations('survey.results'), regionSurveyResults(o, region, locale)]);
  const labels = { value: t('value'), count: t('count'), share: t('share'), seeTable: t('seeTable') };
  const fmt = (n: number | null) =>
    n === null
      ? '–'
      : n.toLocaleString(locale === 'sv' ? 'sv-FI' : 'fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const regionName = (code: string | null) =>
    code
      ? localized(
          locale,
          ref.regions.find((r) => r.code === code)?.nameFi ?? code,
          ref.regions.find((r) => r.code === code)?.nameSv,
        )
      : t('national');
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('regionHeading')}</h1>
      <p>{t('regionIntro')}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div>
          <label htmlFor="fb-region" className="block font-semibold">
            {t('region')}
          </label>
          <select
            id="fb-region"
            name="region"
            defaultValue={region ?? ''}
            className="mt-1 rounded border border-muted bg-white px-3 py-2"
          >
            <option value="">{t('allRegions')}</option>
            {ref.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {localized(locale, r.nameFi, r.nameSv)}
              </option>
            ))}
            <option value="national">{t('national')}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">
          {t('show')}
        </button>
      </form>
      {results.events.length === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <>
          <div className="grid gap-6 md:grid-cols-2">
            <div className="rounded-lg border border-line bg-white p-4">
              <Distribution
                id="fb-overall"
                caption={t('overallChart')}
                labels={labels}
                bars={results.overall.map((count, i) => ({ label: String(i + 1), count }))}
              />
            </div>
            <div className="rounded-lg border border-line bg-white p-4">
              <Distribution
                id="fb-usefulness"
                caption={t('usefulnessChart')}
                labels={labels}
                bars={results.usefulness.map((count, i) => ({ label: String(i + 1), count }))}
              />
            </div>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('regionHeading')}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="p-2">
                    {t('event')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('date')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('region')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('responses')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('overall')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('usefulness')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.events.map((e) => (
                  <tr key={e.id} className="border-b border-line">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link href={`/workspace/events/${e.id}/feedback`}>{e.title}</Link>
                    </th>
                    <td className="p-2 whitespace-nowrap">{formatShortDate(e.startsAt, locale)}</td>
                    <td className="p-2">{regionName(e.regionCode)}</td>
                    <td className="p-2 text-right">
                      {e.responses}/{e.invited}
                    </td>
                    <td className="p-2 text-right">{fmt(e.overall)}</td>
                    <td className="p-2 text-right">{fmt(e.usefulness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
