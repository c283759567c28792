// POST /{locale}/my-data/{token}/download — everything Kokoon holds about the link's address, as JSON.
import { NextResponse, type NextRequest } from 'next/server';
import { emailForDataLink } from '@/lib/privacy/requests';
import { collectPersonalData } from '@/lib/privacy/data';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

export const POST = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const email = await emailForDataLink(token);
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' };
  if (!email) return NextResponse.json({ error: 'not_found' }, { status: 404, headers });
  return new NextResponse(JSON.stringify(await collectPersonalData(email), null, 2), {
    status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="kokoon-tiedot.json"' },
  });
});
