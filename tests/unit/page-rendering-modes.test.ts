// Every page under app/[locale] is one of two kinds, and says so in its own file or its layout:
// - a public page served from the page cache (`export const revalidate`), whose path proxy.ts and
//   server.ts treat as cached (no nonce; hash-based CSP), and which reads nothing of the request;
// - a personal or per-request page (`export const dynamic = 'force-dynamic'`).
// A page that is neither would be rendered "static" on first request and then fail (500) the moment
// it reads a cookie or a header — or would be cached with one person's data in it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isCachedPublicPath, isPrivatePath } from '@/lib/security/headers';

const root = join(import.meta.dirname, '..', '..');
const appDir = join(root, 'app', '[locale]');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return pages(p);
    return name === 'page.tsx' ? [p] : [];
  });
}

/** `/fi/events/[slug]` → `/fi/events/x` (route groups dropped). */
function samplePath(file: string): string {
  const segs = relative(appDir, file)
    .split(sep)
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return '/fi' + segs.map((s) => '/' + (s.startsWith('[') ? 'x' : s)).join('');
}

function forcedDynamic(file: string): boolean {
  let dir = file.slice(0, file.lastIndexOf(sep));
  for (;;) {
    for (const f of ['page.tsx', 'layout.tsx']) {
      const p = join(dir, f);
      if (
        (f === 'layout.tsx' || p === file) &&
        existsSync(p) &&
        /export const dynamic = 'force-dynamic'/.test(readFileSync(p, 'utf8'))
      )
        return true;
    }
    if (dir === appDir) return false;
    dir = dir.slice(0, dir.lastIndexOf(sep));
  }
}

describe('rendering mode of every page', () => {
  const all = pages(appDir);
  it('finds the pages', () => expect(all.length).toBeGreaterThan(30));

  for (const file of all) {
    const path = samplePath(file);
    it(`${path} is either a cached public page or forced dynamic`, () => {
      const src = readFileSync(file, 'utf8');
      if (isCachedPublicPath(path)) {
        expect(src, 'cached pages declare how long they may be kept').toMatch(/export const revalidate = \d+/);
        expect(src).not.toMatch(/\bconnection\(\)|\bheaders\(\)|\bcookies\(\)|searchParams|force-dynamic/);
        expect(isPrivatePath(path)).toBe(false);
      } else {
        expect(
          forcedDynamic(file),
          `${relative(root, file)} must export dynamic = 'force-dynamic' (itself or in a layout)`,
        ).toBe(true);
        expect(src).not.toMatch(/export const revalidate/);
      }
    });
  }
});
