// Database ids as they arrive from the outside (route params, form fields, a server action's bound
// arguments) are parsed here, once, at the edge; domain functions take a `number`. Anything that is
// not a positive 32-bit integer is no id at all, which every caller answers like a missing row.
import { notFound } from 'next/navigation';

const MAX_ID = 2_147_483_647;

/** Is this a usable id (a positive integer PostgreSQL's `integer` can hold)? */
export function isValidId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && id <= MAX_ID;
}

/** A database id from a URL, a form field or a bound argument; anything else is null. */
export function parseId(raw: unknown): number | null {
  const s = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return isValidId(n) ? n : null;
}

/** A page's id segment as a number, or the page's 404 (a malformed id is a missing page). */
export function idOrNotFound(raw: unknown): number {
  const id = parseId(raw);
  if (id === null) notFound();
  return id;
}
