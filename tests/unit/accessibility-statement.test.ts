// The accessibility statement (Act 306/2019) gives the date it was prepared and last reviewed, and
// lists the known gaps against WCAG 2.1 AA with the date each is planned to be fixed, in fi and sv.
import { describe, expect, it } from 'vitest';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';
import { KNOWN_GAPS, STATEMENT_PREPARED, STATEMENT_REVIEWED, statementDate } from '@/lib/accessibility-statement';

describe('accessibility statement', () => {
  it('was prepared on 20 Nov 2026 and last reviewed on 2 Dec 2026, shown as Finnish dates', () => {
    expect(STATEMENT_PREPARED).toBe('2026-11-20');
    expect(STATEMENT_REVIEWED).toBe('2026-12-02');
    expect(statementDate(STATEMENT_PREPARED, 'fi')).toBe('20.11.2026');
    expect(statementDate(STATEMENT_REVIEWED, 'sv')).toBe('2.12.2026');
    for (const m of [fi, sv]) {
      expect(m.accessibilityStatement.dates).toContain('{prepared}');
      expect(m.accessibilityStatement.dates).toContain('{reviewed}');
    }
  });

  it('lists the known gaps with their WCAG criteria and a planned fix date after the review', () => {
    expect(KNOWN_GAPS.map((g) => [g.key, g.wcag, g.fixBy])).toEqual([
      ['reflow', ['1.4.10'], '2027-01-31'],
      ['requiredFields', ['3.3.2', '4.1.2'], '2027-01-31'],
    ]);
    for (const g of KNOWN_GAPS) expect(g.fixBy > STATEMENT_REVIEWED).toBe(true);
  });

  it('describes every gap in Finnish and Swedish, with where the fix date goes', () => {
    for (const m of [fi, sv]) {
      const s = m.accessibilityStatement;
      for (const g of KNOWN_GAPS) expect(s.gap[g.key].length).toBeGreaterThan(20);
      expect(s.gapFix).toMatch(/\{criteria\}.*\{date\}/);
    }
    expect(fi.accessibilityStatement.gap.reflow).toContain('320');
    expect(Object.keys(sv.accessibilityStatement.gap)).not.toContain('langFallback'); // fixed (issue 16): no longer listed
  });
});
