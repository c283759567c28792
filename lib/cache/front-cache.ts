// server.ts's response cache for public pages: the final bytes of a page (headers, body, its
// hash-based CSP, compressed forms) kept for at most FRONT_TTL_MS, so that under a rush Next's router,
// proxy.ts and the page cache see about one request per page per second and everyone else is
// answered from here — as a micro-caching reverse proxy would. The page itself is kept and made
// fresh by Next's cache (lib/cache/page-cache.mjs); this layer obeys the same database
// notifications: a "hard" change (edit, cancel, materials) empties it for the pages concerned at
// once (seats: within the TTL), and nothing is served from here while the notification listener is down.
import { freshness, latest, tagsOf } from './page-cache.mjs';

const FRONT_TTL_MS = 1000;
const MAX_ENTRIES = 300;
const MAX_BYTES = 24 * 1024 * 1024;

export type FrontEntry = {
  url: string;
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string;
  tags: string[];
  createdAt: number;
  encoded: { gzip?: Buffer; br?: Buffer };
};

const entries = new Map<string, FrontEntry>();
let bytes = 0;

function drop(url: string) {
  const e = entries.get(url);
  if (!e) return;
  entries.delete(url);
  bytes -= e.body.length;
}

/** A fresh stored response for this GET, or null (then Next answers, and the answer is stored). */
export function frontLookup(url: string, now = Date.now()): FrontEntry | null {
  const e = entries.get(url);
  if (!e) return null;
  const state = freshness();
  // Seats (soft changes) are left to the TTL: under a registration rush they change every few
  // milliseconds, and this layer is what keeps the event page fast then.
  if (!state.connected || now - e.createdAt > FRONT_TTL_MS || latest(state.hard, e.tags) >= e.createdAt) {
    drop(url);
    return null;
  }
  return e;
}

export function frontStore(entry: Omit<FrontEntry, 'tags' | 'createdAt'>, createdAt: number): void {
  if (!freshness().connected) return;
  drop(entry.url);
  while (entries.size > 0 && (entries.size >= MAX_ENTRIES || bytes + entry.body.length > MAX_BYTES))
    drop(entries.keys().next().value as string);
  entries.set(entry.url, { ...entry, tags: tagsOf(entry.url.split('?')[0]), createdAt });
  bytes += entry.body.length;
}
