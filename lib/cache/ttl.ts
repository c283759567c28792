// A value read from the database and kept in this process for a while: reference lists and the
// admin's audience lists are read on every sign-up and stats page but change a few times a year.
// A failed read is forgotten at once (the next caller tries again); an edit calls invalidate().
export type TtlCache<T> = { get(): Promise<T>; invalidate(): void };

export function ttlCache<T>(load: () => Promise<T>, ttlMs: number): TtlCache<T> {
  let cache: { at: number; data: Promise<T> } | undefined;
  return {
    get() {
      const now = Date.now();
      if (!cache || now - cache.at > ttlMs) {
        const entry = { at: now, data: load() };
        cache = entry;
        entry.data.catch(() => {
          if (cache === entry) cache = undefined;
        });
      }
      return cache.data;
    },
    invalidate() {
      cache = undefined;
    },
  };
}

/**
 * One ttlCache per key (e.g. an event at one version of its row), at most `max` keys: past that the
 * map starts again empty. Callers asking for the same key at once share one read.
 */
export function keyedTtlCache<T>(load: (key: string) => Promise<T>, ttlMs: number, max = 500) {
  const entries = new Map<string, TtlCache<T>>();
  return {
    get(key: string): Promise<T> {
      let entry = entries.get(key);
      if (!entry) {
        if (entries.size >= max) entries.clear();
        entry = ttlCache(() => load(key), ttlMs);
        entries.set(key, entry);
      }
      return entry.get();
    },
    invalidate() {
      entries.clear();
    },
  };
}
