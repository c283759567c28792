// "No page shows a raw message key": next-intl renders a missing message as its key
// ("survey.page.title"), so any text shaped like namespace.key, with a namespace of the catalogue,
// is a missing or mistyped message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const catalogue = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'lib', 'i18n', 'messages', 'fi.json'), 'utf8'),
) as Record<string, unknown>;
const KEY = new RegExp(
  `(?<![\\w@/.-])(?:${Object.keys(catalogue).join('|')})\\.[A-Za-z][\\w]*(?:\\.[A-Za-z][\\w]*)*(?![\\w@-])`,
  'g',
);

/** Key-shaped texts in the page's visible text, its title and its form controls' labels. */
export async function rawKeysOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [placeholder], [title], option')].map((el) =>
        [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title'), el.textContent]
          .filter(Boolean)
          .join(' '),
      ),
    ].join('\n'),
  );
  return [...text.matchAll(KEY)].map((m) => m[0]);
}

export async function expectNoRawKeys(page: Page): Promise<void> {
  expect(await rawKeysOn(page), page.url()).toEqual([]);
}
