import { NextResponse, type NextRequest } from 'next/server';
import { eventApi } from '@/lib/events/api';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

// As /api/events: public data meant to be embedded on other sites, cached a minute.
const headers = {
  'Cache-Control': 'public, max-age=60',
  'Access-Control-Allow-Origin': '*',
};

type Ctx = { params: Promise<{ slug: string }> };

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { slug } = await ctx.params;
  const { status, body } = await eventApi(slug, req.nextUrl.searchParams);
  return NextResponse.json(body, {
    status,
    headers: status === 200 ? headers : { 'Access-Control-Allow-Origin': '*' },
  });
});
