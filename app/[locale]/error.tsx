'use client';
// Shown when a page fails unexpectedly (for example while the database restarts). Its texts come
// from the layout (components/error-texts.tsx).
import { useErrorTexts } from '@/components/error-texts';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.text}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
