// The `test` of every e2e spec: Playwright's, plus a guard that fails the test when any page it
// opened reported a Content-Security-Policy violation (a blocked script, style, frame or form).
// Chromium logs violations outside the console API, so a listener is put into every page first.
import { test as base, expect } from '@playwright/test';

export const CSP_TAG = 'kokoon-csp-violation';

export const test = base.extend<{ cspGuard: string[] }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript((tag) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`${tag}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`);
        });
      }, CSP_TAG);
      context.on('console', (m) => {
        if (m.text().startsWith(CSP_TAG)) violations.push(m.text());
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Page } from '@playwright/test';
