// Matching people against what an organiser types: case-insensitive, accents folded (so "hamalainen"
// finds Hämäläinen and "bjorn" Björn on a phone keyboard), every typed word must appear in some
// field. Pure, shared by the server (list pages, exports, no-JS door list) and the door list's
// search-as-you-type in the browser.

/** Lower case without diacritics: "Hämäläinen" → "hamalainen". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

/** The words of a query, folded; empty for a blank query. */
export function queryWords(q: string | null | undefined): string[] {
  return foldForSearch(q ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

/** Does every word of the query occur in one of the fields? A blank query matches everything. */
export function matchesWords(fields: readonly (string | null | undefined)[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fields.filter(Boolean).map((f) => foldForSearch(f!));
  return words.every((w) => haystack.some((h) => h.includes(w)));
}
