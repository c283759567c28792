// Early routing and response headers. Every request but Next's static files passes here:
// - pages: a fresh CSP nonce per request (handed to Next on the request's own CSP header, which
//   Next reads to nonce its scripts; pages read it with headers().get('x-nonce')), then next-intl's
//   locale routing (/ → /fi or /sv by the browser's language);
// - stream links and files: the non-HTML CSP and the same base headers (the JSON API and the
//   calendar feeds get theirs from next.config.ts, without passing here).
// Authorization never lives here (see lib/auth/guards).
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './lib/i18n/routing';
import { config as appConfig } from './lib/config';
import { baseHeaders, isPrivatePath, newNonce, NON_HTML_CSP, pageCsp, parseFrameAncestors, type HeaderOptions } from './lib/security/headers';

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

export default function proxy(request: NextRequest): NextResponse {
  const opts = headerOptions();
  const { pathname } = request.nextUrl;
  if (isNonPage(pathname)) {
    // The stream link page is hand-written HTML that sets its own policy (a proxy header would win).
    const csp = pathname.startsWith('/stream/') ? {} : { 'Content-Security-Policy': NON_HTML_CSP };
    return withHeaders(NextResponse.next(), { ...baseHeaders(opts), ...csp } as Record<string, string>);
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, { ...opts, framable: !isPrivatePath(pathname) });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const res = i18n(new NextRequest(request, { headers: requestHeaders }));
  // next-intl's language cookie (NEXT_LOCALE: "fi" or "sv", also set by the browser's language
  // switch, so not HttpOnly) is Secure on https like every other cookie.
  if (opts.https) for (const c of res.cookies.getAll()) res.cookies.set({ ...c, secure: true });
  return withHeaders(res, { ...baseHeaders(opts), 'Content-Security-Policy': csp });
}

export const config = {
  // Everything except Next's build output and image optimiser (hashed static files), the JSON API
  // and the calendar feeds (their headers come from next.config.ts).
  matcher: ['/((?!_next/static|_next/image|api/|calendar/).*)'],
};
