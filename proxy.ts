// Early routing only: sends / to /fi or /sv by the browser's language and keeps the locale
// prefix on public pages. Authorization never lives here (see lib/auth when it arrives).
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, calendar feeds, stream links, Next internals and files with an extension.
  matcher: ['/((?!api|calendar|stream|_next|_vercel|.*\\..*).*)'],
};
