// Types of page-cache.mjs (plain JavaScript because Next loads it itself, also during `next build`).
export function tagsOf(key: string, value?: unknown): string[];
export function applyNotification(payload: string, now?: number): void;
export function resetPageCache(): void;
export function latest(map: Map<string, number>, tags: string[]): number;
export function pageCacheStats(): {
  entries: number;
  bytes: number;
  hits: number;
  stale: number;
  misses: number;
  notifications: number;
  resets: number;
};
/** The state shared by the cache handler and server.ts's response cache (one per process). */
export function freshness(): { connected: boolean; hard: Map<string, number>; soft: Map<string, number> };
export default class KokoonPageCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ctx?: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
