// POST /{locale}/my-data/{token}/download — everything Kokoon holds about the link's address, as JSON.
import type { NextRequest } from 'next/server';
import { emailForDataLink } from '@/lib/privacy/requests';
import { collectPersonalData } from '@/lib/privacy/data';
import { fileResponse, jsonError, PERSONAL_HEADERS, withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

export const POST = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const email = await emailForDataLink(token);
  if (!email) return jsonError(404, 'not_found', undefined, PERSONAL_HEADERS);
  const body = JSON.stringify(await collectPersonalData(email), null, 2);
  return fileResponse(
    { body, contentType: 'application/json; charset=utf-8', filename: 'kokoon-tiedot.json' },
    PERSONAL_HEADERS,
  );
});
