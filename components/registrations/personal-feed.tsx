'use client';
// Make (or remake) the personal calendar feed link from the manage page: a POST, shown once.
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';

export function PersonalFeed({ action }: { action: () => Promise<string | null> }) {
  const t = useTranslations('manage');
  const [url, setUrl] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="mt-2 space-y-2">
      <form action={() => start(async () => setUrl(await action()))}>
        <button
          type="submit"
          disabled={pending}
          className="rounded border-2 border-brand-dark bg-white px-5 py-2 font-semibold text-brand-dark disabled:opacity-70"
        >
          {t('feedButton')}
        </button>
      </form>
      {url && (
        <div role="status" className="space-y-1">
          <label htmlFor="personal-feed-url" className="block font-semibold">
            {t('feedReady')}
          </label>
          <input
            id="personal-feed-url"
            readOnly
            value={url}
            className="block w-full rounded border border-muted bg-white px-3 py-2 text-sm"
            onFocus={(e) => e.target.select()}
          />
          <a href={url.replace(/^https?:/, 'webcal:')}>{t('feedWebcal')}</a>
        </div>
      )}
    </div>
  );
}
