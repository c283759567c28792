// Early routing and response headers. Every request but Next's static files passes here:
// - personal and organiser pages: a fresh CSP nonce per request (handed to Next on the request's
//   own CSP header, which Next reads to nonce its scripts), then next-intl's locale routing (/ → /fi
//   or /sv by the browser's language);
// - public pages served from the page cache: no nonce (the HTML is the same for everyone); server.ts
//   gives them a CSP with the hashes of their inline scripts. A catalogue, past-events or materials
//   list with filters in its query is rewritten to /{locale}/filtered/{list}/{query}, so that each
//   filter combination is one cached page; the embeddable list /{locale}/embed?… likewise to
//   /embed/{locale}/{query} (app/embed, a document of its own);
// - stream links and files: the non-HTML CSP and the same base headers (the JSON API and the
//   calendar feeds get theirs from next.config.ts, without passing here).
// Authorization never lives here (see lib/auth/guards).
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './lib/i18n/routing';
import { config as appConfig } from './lib/config';
import { refuseServerActionPost } from './lib/request-guards';
import {
  baseHeaders,
  isCachedPublicPath,
  isEmbedPath,
  isSecretLinkPath,
  newNonce,
  NON_HTML_CSP,
  pageCsp,
  parseFrameAncestors,
  type HeaderOptions,
} from './lib/security/headers';

const i18n = createMiddleware(routing);

let options: HeaderOptions | undefined;
function headerOptions(): HeaderOptions {
  options ??= {
    https: appConfig().APP_URL.startsWith('https:'),
    dev: process.env.NODE_ENV === 'development',
    frameAncestors: parseFrameAncestors(appConfig().FRAME_ANCESTORS),
  };
  return options;
}

function withHeaders(res: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/** Route handlers that answer with something other than a React page. */
function isNonPage(pathname: string): boolean {
  return /^\/(api|calendar|stream)(\/|$)/.test(pathname) || /\.[a-z0-9]+$/i.test(pathname);
}

/** Secret-link pages are never sent on as a Referer (baseHeaders' policy would win otherwise). */
function referrer(pathname: string): Record<string, string> {
  return isSecretLinkPath(pathname) ? { 'Referrer-Policy': 'no-referrer' } : {};
}

const FILTERED_LISTS: Record<string, string> = { '': 'upcoming', '/past': 'past', '/materials': 'materials' };

/** A list's query as one path segment: sorted, empty values dropped ('' when nothing is left). */
function canonicalQuery(params: URLSearchParams): string {
  const kept = [...params]
    .filter(([k, v]) => k !== '_rsc' && v.trim() !== '')
    .sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return encodeURIComponent(new URLSearchParams(kept).toString());
}

/** `/fi/past?region=TAYS&month=2027-01` → `/fi/filtered/past/month%3D2027-01%26region%3DTAYS` (sorted, empty values dropped). */
function filteredListPath(pathname: string, params: URLSearchParams): string | null {
  const m = /^\/(fi|sv)(\/past|\/materials)?\/?$/.exec(pathname);
  if (!m) return null;
  const query = canonicalQuery(params);
  if (query === '') return null;
  return `/${m[1]}/filtered/${FILTERED_LISTS[m[2] ?? '']}/${query}`;
}

/**
 * `/fi/embed?theme=x&region=TAYS` → `/embed/fi/region%3DTAYS%26theme%3Dx` (`-` without filters): the
 * embeddable list lives in app/embed, outside app/[locale] so that it has a layout of its own (no
 * site header, footer or client islands), and each filter combination is one cached page.
 */
function embedListPath(pathname: string, params: URLSearchParams): string | null {
  const m = /^\/(fi|sv)\/embed\/?$/.exec(pathname);
  return m ? `/embed/${m[1]}/${canonicalQuery(params) || '-'}` : null;
}

export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const opts = headerOptions();
  const { pathname } = request.nextUrl;
  // A server-action POST Next would answer with a bare 500 (foreign Origin, over 1 MB, not JSON) is
  // refused here with its proper status and every header. (Paths Next cannot decode never get
  // here: server.ts answers them with a 400.)
  const refusal = await refuseServerActionPost(request);
  if (refusal) {
    const res = new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
    return withHeaders(res, { ...baseHeaders(opts), 'Content-Security-Policy': NON_HTML_CSP });
  }
  if (isNonPage(pathname)) {
    // The stream link page is hand-written HTML that sets its own policy (a proxy header would win).
    const csp = pathname.startsWith('/stream/') ? {} : { 'Content-Security-Policy': NON_HTML_CSP };
    return withHeaders(NextResponse.next(), { ...baseHeaders(opts), ...csp, ...referrer(pathname) } as Record<
      string,
      string
    >);
  }
  if (isCachedPublicPath(pathname)) {
    // The locale is in the path and the page sets it itself: next-intl's middleware has nothing to
    // do here (and its language cookie would make the response unfit for shared caches).
    const params = request.nextUrl.searchParams;
    const filtered = embedListPath(pathname, params) ?? filteredListPath(pathname, params);
    const res = filtered ? NextResponse.rewrite(new URL(filtered, request.url)) : NextResponse.next();
    return withHeaders(res, baseHeaders(opts));
  }
  const nonce = newNonce();
  // Only the embeddable list may be framed, and it is a cached page (server.ts sets its CSP).
  const csp = pageCsp(nonce, { ...opts, framable: isEmbedPath(pathname) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const res = i18n(new NextRequest(request, { headers: requestHeaders }));
  // next-intl's language cookie (NEXT_LOCALE: "fi" or "sv", also set by the browser's language
  // switch, so not HttpOnly) is Secure on https like every other cookie.
  if (opts.https) for (const c of res.cookies.getAll()) res.cookies.set({ ...c, secure: true });
  return withHeaders(res, { ...baseHeaders(opts), 'Content-Security-Policy': csp, ...referrer(pathname) });
}

export const config = {
  // Everything except Next's build output and image optimiser (hashed static files), the JSON API
  // and the calendar feeds (their headers come from next.config.ts).
  matcher: ['/((?!_next/static|_next/image|api/|calendar/).*)'],
};
