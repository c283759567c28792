import 'server-only';
// The manage page's plain form POSTs (cancel, answer a waiting-list offer): not server actions,
// because the page is sent with `Referrer-Policy: no-referrer`, so a browser without JavaScript posts
// its forms with `Origin: null`, which Next's server-action check (and proxy.ts before it) refuses.
// The secret token in the path is the only authority, checked again in lib/registrations; a mail
// scanner's GET never reaches here. The answer is always a 303 back to the person's own page with
// `?done=…`, and nowhere else: anything not shaped like a token stays out of the URL.
import { NextResponse, type NextRequest } from 'next/server';
import { isLocale } from '@/lib/i18n/routing';
import { withDatabaseErrors } from '@/lib/http';
import { looksLikeToken } from './tokens';

type Ctx = { params: Promise<{ locale: string; token: string }> };

/** A route's POST: runs `act` with a token-shaped token (and the form, read if asked), then redirects with what it returns. */
export function manageFormPost(act: (token: string, form: () => Promise<FormData | null>) => Promise<string>) {
  return withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
    const { locale: raw, token } = await ctx.params;
    const locale = isLocale(raw) ? raw : 'fi';
    const page = (done: string) =>
      NextResponse.redirect(
        new URL(`/${locale}/registrations/${looksLikeToken(token) ? token : '-'}?done=${done}`, req.url),
        303,
      );
    if (!looksLikeToken(token)) return page('error');
    return page(await act(token, () => req.formData().catch(() => null)));
  });
}
