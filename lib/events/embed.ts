// The embeddable list of upcoming events (/{locale}/embed, issue 17): how many events it shows, the
// address of a chosen list and the copy-paste snippet the workspace hands to the network's sites.
// Pure: the page and the workspace generator share it, and unit tests call it directly.
import type { Locale } from '@/lib/i18n/routing';

export const EMBED_LIMIT = { min: 1, max: 50, default: 10 } as const;

/** The filters the embed takes (besides the catalogue's own, which it passes on as they are). */
export type EmbedChoice = { region?: string; theme?: string; kind?: string; limit?: number };

/**
 * `limit`: a whole number is clamped to 1–50; nothing given means 10; anything else (text, a
 * fraction) is an error the page reports, and the default is shown.
 */
export function parseEmbedLimit(raw: string | string[] | undefined): { limit: number; invalid: boolean } {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === undefined || value === '') return { limit: EMBED_LIMIT.default, invalid: false };
  if (!/^[+-]?\d{1,9}$/.test(value)) return { limit: EMBED_LIMIT.default, invalid: true };
  return { limit: Math.min(EMBED_LIMIT.max, Math.max(EMBED_LIMIT.min, Number(value))), invalid: false };
}

/** The embed's address: `/fi/embed?region=TAYS&limit=5` (only the filters chosen, in a fixed order). */
export function embedPath(locale: Locale, choice: EmbedChoice): string {
  const params = new URLSearchParams();
  for (const key of ['region', 'theme', 'kind'] as const) {
    const v = choice[key];
    if (v) params.set(key, v);
  }
  if (choice.limit !== undefined && choice.limit !== EMBED_LIMIT.default) params.set('limit', String(choice.limit));
  const query = params.toString();
  return `/${locale}/embed${query ? `?${query}` : ''}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What a site pastes into its page: the frame, and a listener that sets the frame's height from the
 * `{ kokoonEmbedHeight }` message the list posts — only from Kokoon's origin, only for the frame that
 * sent it.
 */
export function embedSnippet(opts: { baseUrl: string; path: string; title: string }): string {
  const origin = new URL(opts.baseUrl).origin;
  const src = `${opts.baseUrl}${opts.path}`;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(opts.title)}" loading="lazy" style="width: 100%; height: 600px; border: 0"></iframe>`,
    `<script>`,
    `  window.addEventListener('message', function (e) {`,
    `    if (e.origin !== ${JSON.stringify(origin)} || !e.data || typeof e.data.kokoonEmbedHeight !== 'number') return;`,
    `    document.querySelectorAll('iframe').forEach(function (f) {`,
    `      if (f.contentWindow === e.source) f.style.height = e.data.kokoonEmbedHeight + 'px';`,
    `    });`,
    `  });`,
    `</script>`,
  ].join('\n');
}

/**
 * The list's own inline script: posts the document's height to the page that frames it, now and
 * whenever it changes (fonts, a narrower frame). Nothing happens outside a frame; the list works
 * without it. server.ts puts its hash into the page's CSP like any inline script of a cached page.
 */
export const EMBED_HEIGHT_SCRIPT =
  "(function(){if(window.parent===window)return;var last=0;function post(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({kokoonEmbedHeight:h},'*');}}if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);window.addEventListener('load',post);post();})();";
