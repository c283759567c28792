import type { NextRequest } from 'next/server';
import { handleRegistrationFormPost } from '@/lib/registrations/form-post';
import { withDatabaseErrors } from '@/lib/http';
import { isLocale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ locale: string; slug: string }> };

/**
 * The event page's sign-up form posted by the browser itself (JavaScript blocked or failed). The
 * nonce of the request's CSP (set by proxy.ts, which also puts that CSP on this answer) lets the
 * answer page style itself.
 */
export const POST = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { locale, slug } = await ctx.params;
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(req.headers.get('content-security-policy') ?? '')?.[1] ?? null;
  return handleRegistrationFormPost(req, slug, isLocale(locale) ? locale : 'fi', nonce);
});
