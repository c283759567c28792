// Security headers: the one place that says which Content-Security-Policy and companions each kind
// of response gets. Pure functions of their arguments (no env reads, no server-only), used by
// proxy.ts for every request and by the stream route for its own HTML page.
//
// - Personal and organiser pages (React, hydrated): scripts only with the per-request nonce
//   ('strict-dynamic' lets Next's nonce'd bootstrap load its chunks); cached public pages: scripts by
//   the hashes of their inline scripts (server.ts) and Next's chunks from 'self'; no inline styles except style attributes (react-email
//   previews, harmless without script). Only the embeddable list (/{locale}/embed) may be framed: by
//   Kokoon itself (the workspace's live preview) and the FRAME_ANCESTORS origins; every other page
//   says frame-ancestors 'none'.
// - API, calendar and other non-HTML responses: `default-src 'none'` — nothing in them may run.
// - HSTS only when the app's public URL is https (browsers ignore it over http anyway).
import { createHash } from 'node:crypto';

export type HeaderOptions = {
  /** The public base URL is https: add HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `next dev` needs eval for its refresh runtime. */
  dev: boolean;
  /** Origins besides Kokoon's own allowed to frame the embeddable list (FRAME_ANCESTORS). */
  frameAncestors: string[];
};

const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers every response gets, whatever it is. */
export function baseHeaders(opts: Pick<HeaderOptions, 'https'>): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(opts.https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}

function policy(directives: Record<string, string[] | true>): string {
  return Object.entries(directives)
    .map(([name, values]) => (values === true ? name : `${name} ${values.join(' ')}`))
    .join('; ');
}

/** Pages that show one person's or one organiser's data are never framed, whatever the allow-list. */
export function isPrivatePath(pathname: string): boolean {
  return /^\/(fi|sv)\/(workspace|registrations|signin|dev)(\/|$)/.test(pathname);
}

/** The embeddable list of upcoming events (app/embed): the one page other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/(fi|sv)\/embed\/?$/.test(pathname);
}

/**
 * Public pages served from the page cache (lib/cache/page-cache.mjs): the same HTML for everyone, so
 * no per-request nonce; server.ts gives them a CSP with the hashes of their inline scripts.
 */
export function isCachedPublicPath(pathname: string): boolean {
  return /^\/(fi|sv)(\/(past|about|privacy|accessibility|materials|embed|regions(\/[^/]+)?|events\/[^/]+|series\/[^/]+|filtered\/[^/]+\/[^/]+))?\/?$/.test(
    pathname,
  );
}

/**
 * Pages opened from a secret link (manage, feedback survey, my data, sign-in confirmation, stream):
 * the link must never travel on as a Referer.
 */
export function isSecretLinkPath(pathname: string): boolean {
  return (
    /^\/(fi|sv)\/(registrations|feedback|my-data)\/[^/]+/.test(pathname) ||
    /^\/(fi|sv)\/events\/[^/]+\/invitation\//.test(pathname) ||
    /^\/(fi|sv)\/signin\/confirm(\/|$)/.test(pathname) ||
    /^\/stream\//.test(pathname)
  );
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
}

/** CSP of an HTML page rendered by Next (the nonce is the one given to Next through the request). */
export function pageCsp(nonce: string, opts: HeaderOptions & { framable: boolean }): string {
  return pagePolicy(opts, {
    script: [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(opts.dev ? [`'unsafe-eval'`] : [])],
    style: [`'self'`, `'nonce-${nonce}'`],
  });
}

/**
 * CSP of a cached public page: its inline scripts and styles by their SHA-256 (computed by server.ts
 * from the very bytes sent), Next's chunks from this origin. No 'strict-dynamic': the chunks Next
 * loads later are same-origin files and 'self' allows them; nothing else can run.
 */
export function hashedPageCsp(
  hashes: { scripts: string[]; styles: string[] },
  opts: HeaderOptions & { framable: boolean },
): string {
  return pagePolicy(opts, {
    script: [`'self'`, ...hashes.scripts.map((h) => `'sha256-${h}'`), ...(opts.dev ? [`'unsafe-eval'`] : [])],
    style: [`'self'`, ...hashes.styles.map((h) => `'sha256-${h}'`)],
  });
}

function pagePolicy(opts: HeaderOptions & { framable: boolean }, src: { script: string[]; style: string[] }): string {
  const ancestors = opts.framable ? [`'self'`, ...opts.frameAncestors] : [`'none'`];
  return policy({
    'default-src': [`'self'`],
    'script-src': src.script,
    'style-src': src.style,
    'style-src-attr': [`'unsafe-inline'`],
    'img-src': [`'self'`, 'data:'],
    'font-src': [`'self'`],
    'connect-src': [`'self'`, ...(opts.dev ? ['ws:'] : [])],
    'object-src': [`'none'`],
    'base-uri': [`'none'`],
    'form-action': [`'self'`],
    'frame-ancestors': ancestors,
    'frame-src': [`'self'`],
    ...(opts.https ? { 'upgrade-insecure-requests': true as const } : {}),
  });
}

/**
 * CSP for everything that is not an HTML page: JSON, calendar files, CSV/XLSX, uploaded materials,
 * redirects. `sandbox`: even a file a browser chose to render (an uploaded PDF) runs nothing.
 */
export const NON_HTML_CSP = policy({
  'default-src': [`'none'`],
  'base-uri': [`'none'`],
  'form-action': [`'none'`],
  'frame-ancestors': [`'none'`],
  sandbox: true,
});

/**
 * CSP for a small hand-written HTML page (the stream link page): its one inline <style> by hash, no
 * script at all. Its form's POST redirects to the organiser's stream host, so form-action allows
 * any https address (browsers check form-action on the redirect too).
 */
export function handWrittenPageCsp(style: string): string {
  const hash = createHash('sha256').update(style).digest('base64');
  return policy({
    'default-src': [`'none'`],
    'style-src': [`'sha256-${hash}'`],
    'img-src': [`'self'`],
    'base-uri': [`'none'`],
    'form-action': [`'self'`, 'https:'],
    'frame-ancestors': [`'none'`],
  });
}

/** FRAME_ANCESTORS: space or comma separated origins (`https://www.example.fi`); anything else is refused. */
export function parseFrameAncestors(raw: string | undefined): string[] {
  const list = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of list) {
    if (!/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(origin)) {
      throw new Error(`FRAME_ANCESTORS: "${origin}" is not an https origin such as https://www.example.fi`);
    }
  }
  return list;
}
