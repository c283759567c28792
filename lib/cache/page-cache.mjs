// Next's cache handler for the public pages (ISR), shared freshness across every `next start`
// instance through PostgreSQL LISTEN/NOTIFY — no cache server to run.
//
// Next loads this file itself (next.config.ts `cacheHandler`), outside the app bundle and also during
// `next build`, hence plain JavaScript. Entries live in this process's memory, bounded by size
// (PAGE_CACHE_MB, default 64) with least-recently-used eviction. Each instance renders a page at
// most once per freshness period and keeps it; what makes it fresh or stale is decided here:
//
// - Database triggers (migration "page cache notify") send `pg_notify('kokoon_pages', …)` when a
//   change that shows on public pages commits: an event's row, its themes, stream or materials, a
//   training series, reference data ("hard": the page is re-rendered before anyone sees it again,
//   so a cancelled event never shows as open) and a registration's status or mode ("soft": seats
//   left; the page is served once more while it re-renders in the background).
// - Every instance LISTENs, so an edit on instance A reaches instance B as soon as it commits. If the
//   listening connection drops, notifications may have been missed: the whole cache is forgotten
//   when it comes back.
// - Bounded lag: a soft change shows within SOFT_GRACE_MS + one render under load and within
//   SOFT_MAX_MS when nobody asked meanwhile; a page is never served older than its route's
//   `revalidate` plus MAX_STALE_MS.
//
// Page → tags: `/{locale}/events/{slug}` has `event:{slug}`; every public page has `lists` (event
// cards, series, regions and the materials bank show events); `all` reaches everything.

const CHANNEL = 'kokoon_pages';
const SOFT_GRACE_MS = 2000;
const SOFT_MAX_MS = 5000;
const MAX_STALE_MS = 30_000;
const MAX_BYTES = Math.max(1, Number(process.env.PAGE_CACHE_MB ?? 64)) * 1024 * 1024;

/** @typedef {{ value: any, lastModified: number, cacheControl: any, tags: string[], bytes: number }} Entry */

const state =
  globalThis.__kokoonPageCache ??
  (globalThis.__kokoonPageCache = {
    /** @type {Map<string, Entry>} insertion order = recency (oldest first) */
    entries: new Map(),
    bytes: 0,
    /** @type {Map<string, number>} tag → time of its last hard change */
    hard: new Map(),
    /** @type {Map<string, number>} tag → time of its last soft change */
    soft: new Map(),
    listening: false,
    /** The LISTEN connection is up: notifications arrive, cached pages can be trusted. */
    connected: false,
    stats: { hits: 0, stale: 0, misses: 0, notifications: 0, resets: 0 },
  });

function sizeOf(value) {
  if (!value) return 64;
  let n = 256;
  if (typeof value.html === 'string') n += value.html.length * 2;
  if (value.rscData) n += value.rscData.length;
  if (value.body) n += value.body.length;
  if (value.segmentData) for (const [k, b] of value.segmentData) n += k.length * 2 + (b?.length ?? 0);
  return n;
}

/** Tags of a cache key: the page's path is the key, or sits in Next's implicit `_N_T_/…` tag. */
export function tagsOf(key, value) {
  const implicit = String(value?.headers?.['x-next-cache-tags'] ?? '')
    .split(',')
    .map((t) => t.replace(/^_N_T_/, ''))
    .filter((t) => t.startsWith('/') && !t.includes('['));
  const paths = [key, ...implicit];
  const tags = new Set([
    'all',
    'lists',
    ...String(value?.headers?.['x-next-cache-tags'] ?? '')
      .split(',')
      .filter(Boolean),
  ]);
  for (const p of paths) {
    const m = /\/(?:fi|sv)\/events\/([^/?]+)/.exec(p);
    if (m) tags.add(`event:${decodeSafe(m[1])}`);
  }
  return [...tags];
}

function decodeSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function remember(key, entry) {
  forget(key);
  state.entries.set(key, entry);
  state.bytes += entry.bytes;
  while (state.bytes > MAX_BYTES && state.entries.size > 1) {
    const oldest = state.entries.keys().next().value;
    forget(oldest);
  }
}

function forget(key) {
  const e = state.entries.get(key);
  if (!e) return;
  state.entries.delete(key);
  state.bytes -= e.bytes;
}

/** Applies one notification payload: "hard|event:a,lists" or "soft|event:a". */
export function applyNotification(payload, now = Date.now()) {
  const [kind, list] = String(payload).split('|');
  const map = kind === 'soft' ? state.soft : state.hard;
  for (const tag of (list ?? '').split(',').filter(Boolean)) map.set(tag, now);
  state.stats.notifications += 1;
}

export function resetPageCache() {
  state.entries.clear();
  state.bytes = 0;
  state.stats.resets += 1;
}

/** Shared with server.ts's response cache (lib/cache/front-cache.ts): one state per process. */
export function freshness() {
  return state;
}

export function pageCacheStats() {
  return { entries: state.entries.size, bytes: state.bytes, ...state.stats };
}

async function listen() {
  if (state.listening) return;
  const url = process.env.DATABASE_URL;
  // `next build` prerenders with this handler too: there is no database to listen to then.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return;
  state.listening = true;
  try {
    const { default: postgres } = await import('postgres');
    const sql = postgres(url, {
      max: 1,
      onnotice: () => {},
      idle_timeout: 0,
      connection: { application_name: 'kokoon-page-cache' },
    });
    let first = true;
    await sql.listen(
      CHANNEL,
      (payload) => applyNotification(payload),
      () => {
        // (Re)connected: anything could have changed while nobody listened.
        if (!first) resetPageCache();
        first = false;
        state.connected = true;
      },
    );
  } catch (err) {
    state.listening = false;
    state.connected = false;
    console.error(
      'page cache: could not LISTEN for changes; pages will be re-rendered on every request until it can',
      err,
    );
  }
}

/** The time of the latest change to any of these tags (0: none). */
export function latest(map, tags) {
  let t = 0;
  for (const tag of tags) t = Math.max(t, map.get(tag) ?? 0);
  return t;
}

export default class KokoonPageCache {
  constructor() {
    void listen();
  }

  async get(key) {
    const e = state.entries.get(key);
    if (!e) {
      state.stats.misses += 1;
      return null;
    }
    const now = Date.now();
    // Until the listener is up nothing can be trusted to be fresh.
    const hard = latest(state.hard, e.tags);
    const revalidate = typeof e.cacheControl?.revalidate === 'number' ? e.cacheControl.revalidate * 1000 : 0;
    if (
      hard > e.lastModified ||
      (process.env.DATABASE_URL && !state.connected) ||
      now - e.lastModified > revalidate + MAX_STALE_MS
    ) {
      forget(key);
      state.stats.misses += 1;
      return null;
    }
    // Recently used: move to the end.
    state.entries.delete(key);
    state.entries.set(key, e);
    const soft = latest(state.soft, e.tags);
    if (soft > e.lastModified) {
      if (now - soft > SOFT_MAX_MS) {
        forget(key);
        state.stats.misses += 1;
        return null;
      }
      if (now - e.lastModified > SOFT_GRACE_MS) {
        // Stale but servable: Next answers with it and re-renders in the background.
        state.stats.stale += 1;
        return { value: e.value, cacheControl: e.cacheControl, lastModified: now - revalidate - 1 };
      }
    }
    state.stats.hits += 1;
    return { value: e.value, cacheControl: e.cacheControl, lastModified: e.lastModified };
  }

  async set(key, value, ctx) {
    if (!value) {
      forget(key);
      return;
    }
    const cacheControl = ctx?.cacheControl;
    remember(key, {
      value,
      cacheControl,
      lastModified: Date.now(),
      tags: tagsOf(key, value),
      bytes: sizeOf(value) + key.length * 2,
    });
  }

  async revalidateTag(tags) {
    // revalidateTag()/updateTag() in this process: the triggers already tell every instance about
    // database changes; this covers anything else, here only.
    for (const tag of typeof tags === 'string' ? [tags] : (tags ?? [])) state.hard.set(tag, Date.now());
  }

  resetRequestCache() {}
}
