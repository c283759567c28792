import 'server-only';
// Shared by route handlers: a database that does not answer becomes a translated 503, never a 500.
import { NextResponse, type NextRequest } from 'next/server';
import { translate } from '@/lib/i18n/messages';

function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return ['ECONNREFUSED', 'ECONNRESET', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', '57P01', '57P03', '53300']
    .includes(code ?? '');
}

export function withDatabaseErrors<A extends unknown[]>(handler: (req: NextRequest, ...rest: A) => Promise<Response>) {
  return async (req: NextRequest, ...rest: A): Promise<Response> => {
    try {
      return await handler(req, ...rest);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const lang = req.nextUrl.searchParams.get('lang') === 'sv' ? 'sv' : 'fi';
      return NextResponse.json({ error: 'unavailable', message: translate(lang, 'api.unavailable') }, { status: 503, headers: { 'Retry-After': '5' } });
    }
  };
}
