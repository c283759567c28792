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
