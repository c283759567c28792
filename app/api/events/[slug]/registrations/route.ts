import type { NextRequest } from 'next/server';
import { handleRegistrationPost } from '@/lib/registrations/http';
import { corsHeaders, preflightHeaders } from '@/lib/registrations/cors';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ slug: string }> };

const post = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { slug } = await ctx.params;
  return handleRegistrationPost(req, slug);
});

/** Every answer, errors and 503 included, is readable by an allowed embedding site. */
export async function POST(req: NextRequest, ctx: Ctx): Promise<Response> {
  const res = await post(req, ctx);
  for (const [k, v] of Object.entries(corsHeaders(req.headers.get('origin')))) res.headers.set(k, v);
  return res;
}

/** The browser's preflight for a JSON POST from another site (see lib/registrations/cors.ts). */
export function OPTIONS(req: NextRequest): Response {
  return new Response(null, { status: 204, headers: preflightHeaders(req.headers.get('origin')) });
}
