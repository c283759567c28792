import { NextResponse, type NextRequest } from 'next/server';
import { joinStream, streamState } from '@/lib/streams/access';
import { STREAM_PAGE_STYLE, streamPageHtml } from '@/lib/streams/page';
import { handWrittenPageCsp } from '@/lib/security/headers';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ token: string }> };

const pageHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'Content-Security-Policy': handWrittenPageCsp(STREAM_PAGE_STYLE),
};

function page(html: string, status = 200) {
  return new NextResponse(html, { status, headers: pageHeaders });
}

/** A person's click (Sec-Fetch-User: ?1 on a top-level navigation) goes straight to the stream. */
function personNavigated(req: NextRequest): boolean {
  return req.headers.get('sec-fetch-user') === '?1' && (req.headers.get('sec-fetch-dest') ?? 'document') === 'document';
}

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const state = personNavigated(req) ? await joinStream(token) : await streamState(token);
  if (state.kind === 'open' && personNavigated(req)) return NextResponse.redirect(state.url, 303);
  return page(streamPageHtml(state, `/stream/${token}`), state.kind === 'invalid' ? 404 : 200);
});

export const POST = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const state = await joinStream(token);
  if (state.kind === 'open') return NextResponse.redirect(state.url, 303);
  return page(streamPageHtml(state, `/stream/${token}`), state.kind === 'invalid' ? 404 : 409);
});
