import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyedTtlCache, ttlCache } from '@/lib/cache/ttl';

afterEach(() => vi.useRealTimers());

describe('ttlCache (reference and audience lists)', () => {
  it('reads once within the time to live, again after it or after invalidate()', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const c = ttlCache(async () => ++reads, 60_000);
    expect(await c.get()).toBe(1);
    vi.advanceTimersByTime(59_000);
    expect(await c.get()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await c.get()).toBe(2);
    c.invalidate();
    expect(await c.get()).toBe(3);
  });

  it('forgets a failed read at once, so a database that is back is read again', async () => {
    let fail = true;
    const c = ttlCache(async () => {
      if (fail) throw new Error('down');
      return 'lists';
    }, 60_000);
    await expect(c.get()).rejects.toThrow('down');
    fail = false;
    expect(await c.get()).toBe('lists');
  });
});

describe('keyedTtlCache (an event programme per version of its row)', () => {
  it('reads each key once, shares a read in flight, and starts again empty past its size', async () => {
    const reads: string[] = [];
    const c = keyedTtlCache(
      async (key) => {
        reads.push(key);
        return key.toUpperCase();
      },
      60_000,
      2,
    );
    const [a1, a2] = await Promise.all([c.get('a'), c.get('a')]);
    expect([a1, a2]).toEqual(['A', 'A']);
    expect(await c.get('b')).toBe('B');
    expect(reads).toEqual(['a', 'b']);
    await c.get('c'); // third key: the map starts again
    await c.get('a');
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });
});
