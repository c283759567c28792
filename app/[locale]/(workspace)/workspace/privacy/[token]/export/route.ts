// POST /{locale}/workspace/privacy/{ref}/export — an admin downloads a person's data (audited).
import { NextResponse, type NextRequest } from 'next/server';
import { currentOrganiser } from '@/lib/auth/guards';
import { adminExport } from '@/lib/privacy/admin';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

export const POST = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const o = await currentOrganiser();
  const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' };
  const data = o ? await adminExport(o, token) : null;
  if (!data) return NextResponse.json({ error: 'not_found' }, { status: 404, headers });
  return new NextResponse(JSON.stringify(data, null, 2), {
    status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="kokoon-tiedot.json"' },
  });
});
