// URL slugs of events and training series: made from the Finnish title once, then kept (public pages,
// calendar files and other sites link to them). Unique per table; the unique index has the last word.

const MAX = 80;

/** "Lapsen osallisuus – Åbo/Turku 3.4." → "lapsen-osallisuus-abo-turku-3-4" */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > MAX) slug = slug.slice(0, MAX).replace(/-[^-]*$/, '') || slug.slice(0, MAX);
  return slug || 'tapahtuma';
}

/**
 * Could this be a slug we made? Checked before a URL's slug reaches a query, so that what cannot
 * be one (a NUL byte, which PostgreSQL refuses outright, or 10 kB of text) is simply "not found".
 */
export function looksLikeSlug(value: string): boolean {
  return /^[a-z0-9-]{1,100}$/.test(value);
}

/** The first of base, base-2, base-3 … not in `taken`. */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, MAX - String(n).length - 1)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** True for PostgreSQL's unique violation on the given constraint (e.g. a slug taken meanwhile). */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
  const c = err?.code === '23505' ? err : err?.cause?.code === '23505' ? err.cause : undefined;
  return !!c && (c.constraint_name ?? '').includes(constraint);
}
