import 'server-only';
// Asking for a sign-in link: rate-limited per address and per client, and answered the same way
// whether or not the address belongs to an organiser. This is the only way a sign-in link is made:
// Auth.js refuses link requests that did not pass through here (see afterSignInLimits).
import { z } from 'zod';
import { addressKey, hitRateLimit } from '@/lib/rate-limit';
import { afterSignInLimits, signIn } from './index';
import type { Locale } from '@/lib/i18n/routing';

export const signInSchema = z.object({ email: z.string().trim().toLowerCase().max(254).email('signin.invalidEmail') });

export type SignInRequestResult = 'sent' | 'invalid' | 'rateLimited';

export async function requestSignInLink(
  rawEmail: unknown,
  client: string,
  locale: Locale,
): Promise<SignInRequestResult> {
  const parsed = signInSchema.safeParse({ email: rawEmail });
  if (!parsed.success) return 'invalid';
  const { email } = parsed.data;
  const [perAddress, perClient] = await Promise.all([
    hitRateLimit(addressKey('signin-address', email), 3),
    hitRateLimit(`signin-client:${client}`, 10),
  ]);
  if (!perAddress.allowed || !perClient.allowed) return 'rateLimited';
  try {
    await afterSignInLimits(() => signIn('email', { email, redirect: false, redirectTo: `/${locale}/workspace` }));
  } catch {
    // Not invited (AccessDenied) or disabled: say nothing different.
  }
  return 'sent';
}
