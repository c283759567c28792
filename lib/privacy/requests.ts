import 'server-only';
// The self-service's verified link. A person enters an address; if Kokoon knows it, a link is
// mailed (through the outbox) that lives DATA_LINK_MINUTES. The answer on screen is the same
// whether the address is known or not, so the form tells nobody who has registered. Requests are
// rate-limited per client and per address (lib/rate-limit, counted in PostgreSQL). Opening the
// link shows a page; only its buttons (POST) download or erase.
import { db } from '@/db/client';
import { dataRequests } from '@/db/schema';
import { publicBaseUrl } from '@/lib/config';
import { addressKey, hitRateLimit } from '@/lib/rate-limit';
import { hashToken, looksLikeToken, newToken } from '@/lib/registrations/tokens';
import { emailForDataToken, isKnownAddress, normaliseEmail } from './data';
import { DATA_LINK_MINUTES } from './schema';
import { enqueue } from '@/lib/mail/outbox';
import type { Locale } from '@/lib/i18n/routing';

export { DATA_LINK_MINUTES } from './schema';

const PER_CLIENT_PER_MINUTE = 5;
const PER_ADDRESS_PER_MINUTE = 2;

export type DataRequestResult = { ok: true } | { ok: false; error: 'rateLimited'; retryAfterSeconds: number };

export async function requestDataLink(
  email: string,
  locale: Locale,
  client: string,
  now = new Date(),
): Promise<DataRequestResult> {
  const e = normaliseEmail(email);
  const [byClient, byAddress] = await Promise.all([
    hitRateLimit(`data-request:${client}`, PER_CLIENT_PER_MINUTE, now),
    hitRateLimit(addressKey('data-request-address', e), PER_ADDRESS_PER_MINUTE, now),
  ]);
  if (!byClient.allowed || !byAddress.allowed) {
    return {
      ok: false,
      error: 'rateLimited',
      retryAfterSeconds: Math.max(byClient.retryAfterSeconds, byAddress.retryAfterSeconds),
    };
  }
  if (!(await isKnownAddress(e))) return { ok: true };
  const token = newToken();
  await db().transaction(async (tx) => {
    await tx.insert(dataRequests).values({
      tokenHash: hashToken(token),
      email: e,
      locale,
      expiresAt: new Date(now.getTime() + DATA_LINK_MINUTES * 60_000),
    });
    await enqueue(tx, {
      toEmail: e,
      locale,
      key: `data-access:${hashToken(token).slice(0, 32)}`,
      payload: {
        kind: 'data_access',
        locale,
        url: `${publicBaseUrl()}/${locale}/my-data/${token}`,
        minutes: DATA_LINK_MINUTES,
      },
    });
  });
  return { ok: true };
}

/** The address behind a valid, unexpired link; null for anything else. */
export async function emailForDataLink(token: string, now = new Date()): Promise<string | null> {
  if (!looksLikeToken(token)) return null;
  return emailForDataToken(hashToken(token), now);
}
