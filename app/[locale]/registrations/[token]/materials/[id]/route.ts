// GET /{locale}/registrations/{token}/materials/{id} — a material's file for the holder of a manage
// link: participants-only files only for a confirmed or attended registration of that event. Anything
// else answers 404 without saying why.
import type { NextRequest } from 'next/server';
import { registrationFileRequest } from '@/lib/materials/http';
import { PERSONAL_HEADERS, withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string; id: string }> };

export const GET = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token, id } = await ctx.params;
  return registrationFileRequest(token, id, PERSONAL_HEADERS);
});
