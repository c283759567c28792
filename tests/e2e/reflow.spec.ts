// WCAG 1.4.10 Reflow: at 320 CSS px wide (a 1280 px screen at 400 % zoom, or a small phone) no page
// scrolls sideways. axe does not check it. Every public and workspace page the suite visits
// (support/pages.ts) is opened at that width; a failure names the widest elements that stick out.
import { test, expect, type Page } from './support/test';
import { signInContext } from './support/session';
import { caseTitle, publicPages, workspaceCases, workspaceIds } from './support/pages';

test.use({ viewport: { width: 320, height: 640 } });

async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const culprits: string[] = [];
    if (root.scrollWidth > root.clientWidth) {
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').slice(0, 3).join('.')}`;
      for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
        const r = el.getBoundingClientRect();
        // The outermost elements that stick out (their parents fit)…
        if (
          r.right > root.clientWidth + 1 &&
          el.parentElement &&
          el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1
        ) {
          culprits.push(`${name(el)} → ${Math.round(r.right)} px`);
        }
        // …and the innermost whose text runs out of them (a long word or address).
        if (
          el.scrollWidth > el.clientWidth + 1 &&
          el.clientWidth > 0 &&
          getComputedStyle(el).overflowX === 'visible' &&
          Array.from(el.children).every((c) => c.scrollWidth <= c.clientWidth + 1)
        ) {
          culprits.push(
            `${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}" overflows by ${el.scrollWidth - el.clientWidth} px`,
          );
        }
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: culprits.slice(0, 8) };
  });
}

async function expectNoSidewaysScroll(page: Page) {
  const o = await overflow(page);
  expect(o.culprits, `page is ${o.scrollWidth} px wide in a ${o.clientWidth} px window`).toEqual([]);
  expect(o.scrollWidth).toBeLessThanOrEqual(o.clientWidth);
}

for (const path of publicPages) {
  test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  });
}

test.describe('workspace pages, signed in', () => {
  test.setTimeout(60_000);
  for (const c of workspaceCases) {
    test(`${caseTitle(c)} does not scroll sideways at 320 px`, async ({ page, context, baseURL }) => {
      await signInContext(context, baseURL!, c.who);
      const res = await page.goto(c.path(await workspaceIds()));
      expect(res?.status()).toBe(200);
      await expectNoSidewaysScroll(page);
    });
  }
});
