import type { NextRequest } from 'next/server';
import { handleRegistrationPost } from '@/lib/registrations/http';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const POST = withDatabaseErrors(async (req: NextRequest, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  return handleRegistrationPost(req, slug);
});
