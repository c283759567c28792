import 'server-only';
// A fixed-window rate limit kept in PostgreSQL, so every app instance counts the same requests.
// The public sign-up counts its hit inside the registration call itself (kokoon_register, migration
// 0009, with the window from `rateLimitWindow`): one round trip per sign-up. Other callers, and the
// sign-up requests refused before that call, use `hitRateLimit`.
import { createHash } from 'node:crypto';
import { lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { rateLimits } from '@/db/schema';

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/** The one-minute window `now` falls in, and how long until the next one begins. */
export function rateLimitWindow(now: Date): { windowStart: Date; retryAfterSeconds: number } {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return { windowStart, retryAfterSeconds: Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000) };
}

/** A key for counting by e-mail address without storing it: the rate-limit table never holds addresses. */
export function addressKey(prefix: string, email: string): string {
  return `${prefix}:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)}`;
}

export async function hitRateLimit(key: string, perMinute: number, now = new Date()): Promise<RateLimitResult> {
  if (perMinute <= 0) return { allowed: true, retryAfterSeconds: 0 };
  const { windowStart, retryAfterSeconds } = rateLimitWindow(now);
  const [row] = await db()
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if (Math.random() < 0.01) {
    // Old windows are useless: sweep now and then instead of on every request.
    await db()
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(now.getTime() - 3600_000)));
  }
  return { allowed: row.count <= perMinute, retryAfterSeconds };
}
