import 'server-only';
// A database that does not answer becomes a translated 503, never a 500.
import { NextResponse, type NextRequest } from 'next/server';
import { translate } from '@/lib/i18n/messages';
import { toLocale } from '@/lib/i18n/routing';

const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
  '53300', // admin shutdown, crash shutdown, cannot connect now, too many connections
]);

/** Is this (or what caused it: drizzle wraps driver errors) a database that is down or restarting? */
export function isDatabaseUnavailable(err: unknown): boolean {
  return unavailableCode(err) !== undefined;
}

function unavailableCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code ?? '';
    if (UNAVAILABLE.has(code)) return code;
  }
  return undefined;
}

export function withDatabaseErrors<A extends unknown[]>(handler: (req: NextRequest, ...rest: A) => Promise<Response>) {
  return async (req: NextRequest, ...rest: A): Promise<Response> => {
    try {
      return await handler(req, ...rest);
    } catch (err) {
      const code = unavailableCode(err);
      if (code === undefined) throw err;
      // One line for the operator: which failure it was (never the request's data).
      console.warn(`[db] unavailable (${code}) on ${req.method} ${req.nextUrl.pathname}`);
      const lang = toLocale(req.nextUrl.searchParams.get('lang'));
      return NextResponse.json(
        { error: 'unavailable', message: translate(lang, 'api.unavailable') },
        { status: 503, headers: { 'Retry-After': '5' } },
      );
    }
  };
}
