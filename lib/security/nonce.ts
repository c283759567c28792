import 'server-only';
import { headers } from 'next/headers';

/**
 * The CSP nonce proxy.ts made for this request. Reading it makes the page render per request —
 * which a nonce needs: a prerendered page would carry scripts without this request's nonce.
 */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}
