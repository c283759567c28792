import { NextResponse } from 'next/server';
import { PRIVATE_HEADERS } from './headers';

/** The sign-in page, coming back to `returnTo` (a path of ours) once signed in. */
export function signInPath(locale: string, returnTo?: string): string {
  return `/${locale}/signin${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ''}`;
}

/** What a route handler answers a visitor who is not signed in: 303 to the sign-in page and back to this URL. */
export function signInRedirect(locale: string, url: URL | string): NextResponse {
  const u = typeof url === 'string' ? new URL(url) : url;
  return new NextResponse(null, {
    status: 303,
    headers: { ...PRIVATE_HEADERS, Location: signInPath(locale, `${u.pathname}${u.search}`) },
  });
}
