import { NextResponse, type NextRequest } from 'next/server';
import { answerOffer } from '@/lib/registrations/offers';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { isLocale } from '@/lib/i18n/routing';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; token: string }> };

/**
 * "Accept the place" / "Decline the place" of a waiting-list offer (lib/registrations/offers.ts),
 * posted from the manage page. A plain form POST like the cancellation (see ../cancel/route.ts for
 * why not a server action); the mail's buttons only open the page, so a mail scanner's GET changes
 * nothing. The secret token in the path is the only authority, checked again in lib/registrations.
 */
export const POST = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { locale: raw, token } = await ctx.params;
  const locale = isLocale(raw) ? raw : 'fi';
  const page = (done: string) =>
    NextResponse.redirect(
      new URL(`/${locale}/registrations/${looksLikeToken(token) ? token : '-'}?done=${done}`, req.url),
      303,
    );
  if (!looksLikeToken(token)) return page('error');
  const form = await req.formData().catch(() => null);
  const answer = form?.get('answer');
  if (answer !== 'accept' && answer !== 'decline') return page('error-invalid');
  const r = await answerOffer(token, answer);
  return page(r.ok ? `offer-${r.value}` : 'error-notFound');
});
