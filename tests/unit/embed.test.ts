// The embeddable list (issue 17): how many events it shows, the snippet a site pastes, and that only
// this page may be framed — by Kokoon itself and the FRAME_ANCESTORS origins — while every other
// page refuses any frame.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBED_HEIGHT_SCRIPT, embedPath, embedSnippet, parseEmbedLimit } from '@/lib/events/embed';
import { eventListJsonLd } from '@/lib/events/json-ld';
import { hashedPageCsp, isCachedPublicPath, isEmbedPath, pageCsp, type HeaderOptions } from '@/lib/security/headers';

const opts: HeaderOptions = { https: true, dev: false, frameAncestors: ['https://www.vip-verkosto.fi'] };
const ancestors = (csp: string) => /frame-ancestors ([^;]+)/.exec(csp)?.[1];

describe('embed limit', () => {
  it('shows 10 events unless told otherwise, and keeps a given number within 1–50', () => {
    expect(parseEmbedLimit(undefined)).toEqual({ limit: 10, invalid: false });
    expect(parseEmbedLimit('')).toEqual({ limit: 10, invalid: false });
    expect(parseEmbedLimit('5')).toEqual({ limit: 5, invalid: false });
    expect(parseEmbedLimit('0')).toEqual({ limit: 1, invalid: false });
    expect(parseEmbedLimit('-3')).toEqual({ limit: 1, invalid: false });
    expect(parseEmbedLimit('500')).toEqual({ limit: 50, invalid: false });
    expect(parseEmbedLimit(['7', '9'])).toEqual({ limit: 7, invalid: false });
  });
  it('reports a value that is not a whole number, and shows the default', () => {
    for (const bad of ['abc', '2.5', '1e3', '99999999999999999999', '<script>'])
      expect(parseEmbedLimit(bad)).toEqual({ limit: 10, invalid: true });
  });
});

describe('embed snippet', () => {
  it('frames the chosen list and sets its height only from messages of Kokoon’s origin', () => {
    const path = embedPath('sv', { region: 'TAYS', theme: 'a"b', kind: 'training', limit: 5 });
    expect(path).toBe('/sv/embed?region=TAYS&theme=a%22b&kind=training&limit=5');
    expect(embedPath('fi', { limit: 10 })).toBe('/fi/embed');
    const snippet = embedSnippet({ baseUrl: 'https://kokoon.example', path, title: 'Evenemang "VIP"' });
    expect(snippet).toContain(
      '<iframe src="https://kokoon.example/sv/embed?region=TAYS&amp;theme=a%22b&amp;kind=training&amp;limit=5" title="Evenemang &quot;VIP&quot;"',
    );
    expect(snippet).toContain(`e.origin !== "https://kokoon.example"`);
    expect(snippet).toContain('kokoonEmbedHeight');
    expect(snippet).toContain('f.contentWindow === e.source');
  });
  it('the list posts its height to the page that frames it', () => {
    expect(EMBED_HEIGHT_SCRIPT).toContain("postMessage({kokoonEmbedHeight:h},'*')");
    expect(EMBED_HEIGHT_SCRIPT).not.toContain('</script');
  });
});

describe('framing', () => {
  it('the embed page is a cached public page that Kokoon and the FRAME_ANCESTORS origins may frame', () => {
    for (const p of ['/fi/embed', '/sv/embed', '/sv/embed/']) {
      expect(isEmbedPath(p)).toBe(true);
      expect(isCachedPublicPath(p)).toBe(true);
    }
    const csp = hashedPageCsp({ scripts: [], styles: [] }, { ...opts, framable: true });
    expect(ancestors(csp)).toBe(`'self' https://www.vip-verkosto.fi`);
    expect(ancestors(hashedPageCsp({ scripts: [], styles: [] }, { ...opts, frameAncestors: [], framable: true }))).toBe(
      `'self'`,
    );
  });
  it('no other page may be framed, whatever FRAME_ANCESTORS says', () => {
    for (const p of ['/fi', '/fi/events/x', '/fi/regions/tays', '/fi/workspace', '/fi/workspace/embed', '/fi/embedx'])
      expect(isEmbedPath(p)).toBe(false);
    expect(ancestors(hashedPageCsp({ scripts: [], styles: [] }, { ...opts, framable: false }))).toBe(`'none'`);
    expect(ancestors(pageCsp('n', { ...opts, framable: false }))).toBe(`'none'`);
  });
});

describe('JSON-LD ItemList of a list page', () => {
  it('lists the events in order with their addresses on Kokoon, in the page’s language', () => {
    const ld = eventListJsonLd(
      [
        { slug: 'a', titleFi: 'Eka', titleSv: 'Första' },
        { slug: 'b', titleFi: 'Toka', titleSv: null },
      ],
      'sv',
      'https://kokoon.example',
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, url: 'https://kokoon.example/sv/events/a', name: 'Första' },
        { '@type': 'ListItem', position: 2, url: 'https://kokoon.example/sv/events/b', name: 'Toka' },
      ],
    });
  });
});

describe('the embed page', () => {
  it('is served from the page cache: it declares how long it may be kept and reads nothing of the request', () => {
    const src = readFileSync(
      join(import.meta.dirname, '..', '..', 'app', 'embed', '[locale]', '[query]', 'page.tsx'),
      'utf8',
    );
    expect(src).toMatch(/export const revalidate = \d+/);
    expect(src).not.toMatch(/\bconnection\(\)|\bheaders\(\)|\bcookies\(\)|searchParams|force-dynamic/);
  });
});
