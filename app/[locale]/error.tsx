'use client';
// Shown when a page fails unexpectedly (for example while the database restarts).
import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t('errorTitle')}</h1>
      <p>{t('errorText')}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">{t('retry')}</button>
    </div>
  );
}
