// Organiser sign-in (Auth.js v5, database sessions through the Drizzle adapter). Sign-in is by
// e-mail link only, for invited addresses only. The link goes through Kokoon's own outbox and
// points at a page with a button (app/[locale]/signin/confirm): mail scanners open links, people
// press buttons. It lives 15 minutes and works once (Auth.js deletes the token when it is used).
// A link is made only through requestSignInLink (lib/auth/signin.ts), after its per-address and
// per-client limits: Auth.js would also make one for anyone who POSTs to its own
// /api/auth/signin/email, unlimited and answering organisers differently from strangers, so the
// signIn callback refuses every link request that did not come through there (afterSignInLimits),
// and the route app/api/auth/[...nextauth] does not even pass such POSTs on.
import NextAuth from 'next-auth';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { config, publicBaseUrl } from '@/lib/config';
import { enqueue } from '@/lib/mail/outbox';
import type { Locale } from '@/lib/i18n/routing';

export const SIGNIN_MAX_AGE_SECONDS = 15 * 60;

const limitsChecked = new AsyncLocalStorage<true>();

/** Runs Auth.js's signIn for a link request that has passed the sign-in limits (lib/auth/signin.ts only). */
export function afterSignInLimits<T>(run: () => Promise<T>): Promise<T> {
  return limitsChecked.run(true, run);
}

/** Is this address an invited, enabled organiser? */
export async function isInvited(email: string): Promise<boolean> {
  const [u] = await db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), isNull(users.disabledAt)));
  return !!u;
}

/** Auth.js's callback URL → our confirmation page, which POSTs it back only on a person's click. */
export function confirmationUrl(callbackUrl: string, locale: Locale): string {
  const u = new URL(callbackUrl);
  const params = new URLSearchParams({
    token: u.searchParams.get('token') ?? '',
    email: u.searchParams.get('email') ?? '',
  });
  const target = u.searchParams.get('callbackUrl');
  if (target) params.set('callbackUrl', target);
  return `${publicBaseUrl()}/${locale}/signin/confirm?${params}`;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(db(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  secret: config().AUTH_SECRET,
  trustHost: true,
  // Behind a TLS-terminating load balancer the request may look like http: decide by the public
  // URL. Secure cookies also get the __Secure- prefix; Auth.js keeps them HttpOnly and SameSite=Lax.
  useSecureCookies: config().APP_URL.startsWith('https:'),
  session: { strategy: 'database', maxAge: 8 * 3600, updateAge: 15 * 60 },
  pages: { signIn: '/fi/signin', verifyRequest: '/fi/signin/check', error: '/fi/signin' },
  providers: [
    {
      id: 'email',
      type: 'email',
      name: 'E-mail',
      maxAge: SIGNIN_MAX_AGE_SECONDS,
      from: config().MAIL_FROM,
      options: {},
      normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
      async sendVerificationRequest({ identifier, url }) {
        const locale = new URL(url).searchParams.get('callbackUrl')?.includes('/sv/') ? 'sv' : 'fi';
        await enqueue(db(), {
          toEmail: identifier,
          locale,
          payload: { kind: 'signin', locale, url: confirmationUrl(url, locale) },
        });
      },
    },
  ],
  callbacks: {
    // A link request (email.verificationRequest) is refused, whoever it is for, unless it passed the
    // limits in requestSignInLink. Only invited, enabled organisers get a link; others are refused
    // without saying so (requestSignInLink answers the same either way).
    async signIn({ user, email }) {
      if (email?.verificationRequest && !limitsChecked.getStore()) return false;
      return !!user.email && (await isInvited(user.email));
    },
  },
}));
