import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { eventSurveyResults } from '@/lib/surveys/results';
import { scopedEvent } from '@/lib/events/scoped';
import { EventHeader } from '@/components/attendance/event-header';
import { Distribution } from '@/components/charts/distribution';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'survey.results' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

const number = (n: number, locale: string) =>
  n.toLocaleString(locale === 'sv' ? 'sv-FI' : 'fi-FI', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

// An event's feedback: every question's distribution (chart and table) or free texts, and the export.
export default async function EventFeedbackPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/feedback`);
  const eventId = idOrNotFound(id);
  const event = await scopedEvent(o, eventId);
  if (!event) notFound();
  const [t, p, results] = await Promise.all([
    getTranslations('survey.results'),
    getTranslations('mailPreview'),
    eventSurveyResults(o, event.id, locale),
  ]);
  const labels = { value: t('value'), count: t('count'), share: t('share'), seeTable: t('seeTable') };
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="feedback" heading={t('heading')} />
      {!results ? (
        <p>
          {t('none')} <Link href={`/workspace/events/${event.id}/edit#ev-survey`}>{t('nav')}</Link>
        </p>
      ) : (
        <>
          <p>{t('counts', { invited: results.invited, responses: results.responses })}</p>
          <p>
            <Link href={`/workspace/events/${event.id}/feedback/invitation`}>{p('survey.open')}</Link>
          </p>
          {results.responses > 0 && (
            <section aria-labelledby="fb-export" className="rounded-lg border border-line bg-white p-4">
              <h2 id="fb-export" className="text-xl font-bold">
                {t('export')}
              </h2>
              <p className="mt-1 flex gap-4">
                {(['csv', 'xlsx'] as const).map((f) => (
                  <a
                    key={f}
                    href={`/${locale}/workspace/events/${event.id}/feedback/export?format=${f}`}
                    download
                    aria-label={`${t('export')}, ${t(f)}`}
                  >
                    {t(f)}
                  </a>
                ))}
              </p>
            </section>
          )}
          {results.questions.map((q, i) => (
            <section
              key={q.id}
              aria-labelledby={`fb-q-${q.id}`}
              className="space-y-2 rounded-lg border border-line bg-white p-4"
            >
              <h2 id={`fb-q-${q.id}`} className="text-lg font-bold">
                {i + 1}. {q.text}
              </h2>
              {q.answered === 0 ? (
                <p>{t('noAnswers')}</p>
              ) : q.kind === 'text' ? (
                <>
                  <p>{t('answered', { count: q.answered })}</p>
                  <ul className="space-y-2">
                    {q.texts.map((a, j) => (
                      <li key={j} className="rounded border border-line p-2">
                        <p className="whitespace-pre-line">{a.text}</p>
                        <p className="text-sm text-muted">– {a.name ?? t('anonymous')}</p>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <>
                  {q.average !== null && (
                    <p className="font-semibold">
                      {t('average', { value: number(q.average, locale), count: q.answered })}
                    </p>
                  )}
                  {q.kind === 'choice' && <p>{t('answered', { count: q.answered })}</p>}
                  <Distribution
                    id={`fb-chart-${q.id}`}
                    caption={t('chartLabel', { question: q.text })}
                    labels={q.kind === 'choice' ? { ...labels, value: t('option') } : labels}
                    bars={q.counts.map((count, j) => ({
                      label: q.kind === 'scale' ? String(j + 1) : q.options[j],
                      count,
                    }))}
                  />
                </>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
