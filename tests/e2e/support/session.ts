// Signed-in browser contexts without the e-mail round trip, for checks that visit many pages as
// several people (accessibility, the authorization matrix over HTTP): a database session for a
// demo organiser, as Auth.js would create it after the sign-in link, set as the session cookie.
// The sign-in itself is tested end to end in organiser-signin.spec.ts and the walk-through specs.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { BrowserContext } from '@playwright/test';

let sql: postgres.Sql | undefined;

export function e2eDb(): postgres.Sql {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the e2e suite through `npm test`.');
  sql ??= postgres(url, { max: 2, onnotice: () => {} });
  return sql;
}

/** A session token for the (demo) organiser with this address. */
export async function sessionFor(email: string): Promise<string> {
  const token = randomBytes(32).toString('hex');
  const rows = await e2eDb()`
    insert into sessions (session_token, user_id, expires)
    select ${token}, id, now() + interval '2 hours' from users where email = ${email}
    returning user_id`;
  if (rows.length !== 1) throw new Error(`no organiser ${email} in the e2e database`);
  return token;
}

export const SESSION_COOKIE = 'authjs.session-token';

export async function signInContext(context: BrowserContext, baseURL: string, email: string): Promise<void> {
  await context.addCookies([
    { name: SESSION_COOKIE, value: await sessionFor(email), url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
}

export function cookieHeader(token: string): string {
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * A freshly invited organiser of its own (as an admin would invite one), so that a spec signing in
 * through the mailbox never races another spec for the same address's sign-in link.
 */
export async function inviteTestOrganiser(
  prefix: string,
  role: 'admin' | 'organiser',
  regions: string[],
): Promise<string> {
  const email = `${prefix}.${Date.now()}.${randomBytes(3).toString('hex')}@kokoon.example`;
  const [user] =
    await e2eDb()`insert into users (id, email, name, role) values (${crypto.randomUUID()}, ${email}, ${`Testi ${prefix}`}, ${role}) returning id`;
  for (const region of regions)
    await e2eDb()`insert into organiser_regions (user_id, region_code) values (${user.id}, ${region})`;
  return email;
}
