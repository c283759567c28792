import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { KNOWN_GAPS, STATEMENT_PREPARED, STATEMENT_REVIEWED, statementDate } from '@/lib/accessibility-statement';

// Served from the page cache (lib/cache/page-cache.mjs).
export const revalidate = 3600;
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'accessibilityStatement' });
  return { title: t('title') };
}

// The accessibility statement required by Act 306/2019, with its feedback channel; its dates and known
// gaps come from lib/accessibility-statement.ts.
export default async function AccessibilityStatementPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('accessibilityStatement');
  const section = (k: 'gaps' | 'feedback' | 'supervision') => (
    <section key={k}>
      <h2 className="text-xl font-bold">{t(`${k}Title`)}</h2>
      <p className="mt-1">{t(k)}</p>
      {k === 'feedback' && (
        <p className="mt-1">
          <a href="mailto:saavutettavuus@kokoon.example">{t('feedbackEmail')}</a>
        </p>
      )}
    </section>
  );
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('lead')}</p>
      <section>
        <h2 className="text-xl font-bold">{t('statusTitle')}</h2>
        <p className="mt-1">{t('status')}</p>
      </section>
      <section>
        <h2 className="text-xl font-bold">{t('nonConformTitle')}</h2>
        <ul className="mt-1 list-disc space-y-2 pl-5">
          {KNOWN_GAPS.map((g) => (
            <li key={g.key}>
              {t(`gap.${g.key}`)} {t('gapFix', { criteria: g.wcag.join(', '), date: statementDate(g.fixBy, locale) })}
            </li>
          ))}
        </ul>
      </section>
      {(['gaps', 'feedback', 'supervision'] as const).map(section)}
      <p className="text-muted">
        {t('dates', {
          prepared: statementDate(STATEMENT_PREPARED, locale),
          reviewed: statementDate(STATEMENT_REVIEWED, locale),
        })}
      </p>
    </div>
  );
}
