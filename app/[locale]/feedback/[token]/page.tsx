import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { openSurvey } from '@/lib/surveys/answer';
import { AnswerForm } from '@/components/surveys/answer-form';
import { IntlIsland } from '@/components/i18n/intl-island';
import { PrivacyNote } from '@/components/privacy-note';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'survey.page' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

// The feedback survey behind a private link. Opening it changes nothing (mail scanners open
// links); the form's POST answers, once.
export default async function FeedbackPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  await connection();
  const { locale: raw, token } = await params;
  const locale = pageLocale(raw);
  const t = await getTranslations('survey.page');
  const s = await openSurvey(token, locale);
  if (s.state !== 'open') {
    const [title, text] =
      s.state === 'answered'
        ? [t('answeredTitle'), t('answeredText')]
        : s.state === 'closed'
          ? [t('closedTitle'), t('closedText', { title: s.title })]
          : [t('invalidTitle'), t('invalidText')];
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p>{text}</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title', { title: s.title })}</h1>
      <p>{t('intro', { when: s.when, closes: s.closes })}</p>
      <p>{t('anonymous')}</p>
      <PrivacyNote />
      <IntlIsland>
        <AnswerForm locale={locale} token={token} questions={s.questions} />
      </IntlIsland>
    </div>
  );
}
