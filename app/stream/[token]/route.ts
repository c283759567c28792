import { NextResponse, type NextRequest } from 'next/server';
import { joinStream, streamState } from '@/lib/streams/access';
import { STREAM_PAGE_STYLE, streamPageHtml } from '@/lib/streams/page';
import { handWrittenPageCsp } from '@/lib/security/headers';
import { PERSONAL_HEADERS, withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ token: string }> };

const pageHeaders = {
  ...PERSONAL_HEADERS,
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': handWrittenPageCsp(STREAM_PAGE_STYLE),
};

function page(html: string, status = 200) {
  return new NextResponse(html, { status, headers: pageHeaders });
}

// Opening the link (GET) only shows the page, whatever the request's headers say: mail security
// products open links in real browsers, which send Sec-Fetch-User: ?1 like a person's click.
export const GET = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const state = await streamState(token);
  return page(streamPageHtml(state, `/stream/${token}`), state.kind === 'invalid' ? 404 : 200);
});

// The page's button: the person's own act, the only thing that counts the join and reveals the URL.
export const POST = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const state = await joinStream(token);
  if (state.kind === 'open') return NextResponse.redirect(state.url, 303);
  return page(streamPageHtml(state, `/stream/${token}`), state.kind === 'invalid' ? 404 : 409);
});
