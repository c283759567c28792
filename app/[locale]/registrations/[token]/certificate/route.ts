// GET /{locale}/registrations/{token}/certificate — the participant's attendance certificate (PDF),
// for a training they are marked as having attended, once it is over. The manage token is the only
// authority; anything else answers 404 without saying why (the page shows the link only when it works).
import { NextResponse, type NextRequest } from 'next/server';
import { buildCertificate, registrationForManageToken } from '@/lib/certificates';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { fileResponse, PERSONAL_HEADERS, withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

export const GET = withDatabaseErrors(async (_req: NextRequest, ctx: Ctx) => {
  const { token } = await ctx.params;
  const id = looksLikeToken(token) ? await registrationForManageToken(token) : null;
  const cert = id ? await buildCertificate(id) : null;
  if (!cert?.ok)
    return new NextResponse('Not found', {
      status: 404,
      headers: { ...PERSONAL_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const { pdf, filename } = cert.value;
  return fileResponse({ body: pdf, contentType: 'application/pdf', filename }, PERSONAL_HEADERS);
});
