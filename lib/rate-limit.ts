import 'server-only';
// A fixed-window rate limit kept in PostgreSQL, so every app instance counts the same requests.
import { lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

export async function hitRateLimit(key: string, perMinute: number, now = new Date()): Promise<RateLimitResult> {
  if (perMinute <= 0) return { allowed: true, retryAfterSeconds: 0 };
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db()
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count });
  if (Math.random() < 0.01) {
    // Old windows are useless: sweep now and then instead of on every request.
    await db().delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 3600_000)));
  }
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000);
  return { allowed: row.count <= perMinute, retryAfterSeconds };
}
