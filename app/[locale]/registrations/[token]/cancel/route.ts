import { NextResponse, type NextRequest } from 'next/server';
import { cancelRegistration } from '@/lib/registrations/service';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { isLocale } from '@/lib/i18n/routing';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

/**
 * "Yes, cancel my registration", the second step after the manage page asked (?confirm=cancel).
 * A plain form POST rather than a server action: the manage page is sent with
 * `Referrer-Policy: no-referrer`, so a browser without JavaScript posts its forms with `Origin: null`,
 * which Next's server-action check (and proxy.ts before it) refuses. The secret token in the path is
 * the only authority, checked again in lib/registrations; a mail scanner's GET never reaches here.
 */
export const POST = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { locale: raw, token } = await ctx.params;
  const locale = isLocale(raw) ? raw : 'fi';
  // Back to the person's own page, nowhere else: anything not shaped like a token stays out of the URL.
  const page = (done: string) =>
    NextResponse.redirect(
      new URL(`/${locale}/registrations/${looksLikeToken(token) ? token : '-'}?done=${done}`, req.url),
      303,
    );
  if (!looksLikeToken(token)) return page('error');
  const r = await cancelRegistration(token);
  return page(r.ok ? 'cancelled' : `error-${r.error.replace('registration.', '')}`);
});
