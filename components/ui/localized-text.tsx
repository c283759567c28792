// A bilingual content field (title, summary, venue, address, contact, series texts…) in the page's
// language. When a Swedish page has only the Finnish text, it is shown with lang="fi" (screen readers
// switch voice, WCAG 3.1.2) and a visible "(på finska)" so a reader knows why it is Finnish.
// The one place that marks a fallback: every public page uses it.
import type { ReactNode } from 'react';
import { localizedField, translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  locale: Locale;
  fi: string | null | undefined;
  sv: string | null | undefined;
  /** How the text itself is rendered (e.g. as paragraphs); plain text by default. */
  children?: (text: string) => ReactNode;
  /** Block content (paragraphs): the wrapper is a div and the marker its own line. */
  block?: boolean;
};

export function FallbackMarker({ locale }: { locale: Locale }) {
  return <span className="text-sm font-normal text-muted">{translate(locale, 'fallback.inFinnish')}</span>;
}

export function LocalizedText({ locale, fi, sv, children, block = false }: Props) {
  const { text, fallback } = localizedField(locale, fi, sv);
  const content = children ? children(text) : text;
  if (!fallback) return <>{content}</>;
  if (block) {
    return (
      <div>
        <p>
          <FallbackMarker locale={locale} />
        </p>
        <div lang="fi">{content}</div>
      </div>
    );
  }
  return (
    <>
      <span lang="fi">{content}</span> <FallbackMarker locale={locale} />
    </>
  );
}
