// The facts of the accessibility statement (Act 306/2019) that change with the service: when the
// statement was prepared and last reviewed, and the known gaps against WCAG 2.1 AA with the date each
// is planned to be fixed. The texts are in the message catalogues (accessibilityStatement.gap.*);
// update the review date here whenever the statement is checked, and drop a gap once it is fixed.
import { formatShortDate, helsinkiTime } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

/** Calendar dates, YYYY-MM-DD (Helsinki). */
export const STATEMENT_PREPARED = '2026-11-20';
export const STATEMENT_REVIEWED = '2026-12-02';

export type KnownGap = {
  /** accessibilityStatement.gap.<key> */
  key: 'reflow' | 'requiredFields';
  /** WCAG 2.1 success criteria not met. */
  wcag: string[];
  /** Planned fix, YYYY-MM-DD. */
  fixBy: string;
};

export const KNOWN_GAPS: readonly KnownGap[] = [
  // Workspace lists (events, registrations) scroll sideways at 320 CSS px.
  { key: 'reflow', wcag: ['1.4.10'], fixBy: '2027-01-31' },
  // (Fixed: Finnish fallback text on Swedish pages is marked lang="fi" with a visible "(på finska)".)
  // The sign-up form's required fields are not announced as required.
  { key: 'requiredFields', wcag: ['3.3.2', '4.1.2'], fixBy: '2027-01-31' },
];

/** "2026-11-20" → "20.11.2026" */
export function statementDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return formatShortDate(helsinkiTime(y, m, d, 12), locale);
}
