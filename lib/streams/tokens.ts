// Personal stream links: `/stream/{registrationId}.{hmac}`. The HMAC (SHA-256 with APP_SECRET)
// makes the link unguessable (256 bits) and lets Kokoon write the same link again in the
// reminder, the "stream opens" mail and the personal feed without storing it anywhere.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { config, publicBaseUrl } from '@/lib/config';

function mac(registrationId: number): Buffer {
  return createHmac('sha256', config().APP_SECRET).update(`stream:${registrationId}`).digest();
}

export function streamToken(registrationId: number): string {
  return `${registrationId}.${mac(registrationId).toString('base64url')}`;
}

export function streamLink(registrationId: number): string {
  return `${publicBaseUrl()}/stream/${streamToken(registrationId)}`;
}

/** The registration a stream token belongs to, or null for anything forged or malformed. */
export function verifyStreamToken(token: string): number | null {
  const m = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const id = Number(m[1]);
  if (id <= 0 || id > 2_147_483_647) return null;
  // The whole token as we would write it: no second spelling (a leading zero, other padding bits in
  // the last base64 character) of a valid token is accepted.
  const given = Buffer.from(token);
  const expected = Buffer.from(streamToken(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
