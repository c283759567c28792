// Door check-in codes: `{registrationId}.{HMAC}` signed with APP_SECRET (like the stream links in
// lib/streams/tokens.ts, with its own purpose prefix), so a code can be printed as a QR image in the
// participant's mails without storing anything. The URL it encodes opens an organiser-only page
// (app/[locale]/(workspace)/workspace/checkin/[code]): anyone else gets the sign-in page, and an
// organiser outside the event's scope gets "not found". No `server-only`: the mail worker imports it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { config, publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';

// 128 bits of MAC keep the code unguessable and the QR image small (easier to scan from a phone).
const MAC_BYTES = 16;
const CODE = /^(\d{1,10})\.([A-Za-z0-9_-]{22})$/;

function mac(registrationId: number): Buffer {
  return createHmac('sha256', config().APP_SECRET).update(`checkin:${registrationId}`).digest().subarray(0, MAC_BYTES);
}

export function checkInCode(registrationId: number): string {
  return `${registrationId}.${mac(registrationId).toString('base64url')}`;
}

/** The registration a check-in code belongs to, or null for anything forged or malformed. */
export function verifyCheckInCode(code: string): number | null {
  const m = CODE.exec(code);
  if (!m) return null;
  const id = Number(m[1]);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  // The whole code as we would write it: no second spelling (a leading zero, other padding bits in
  // the last base64 character) of a valid code is accepted.
  const given = Buffer.from(code);
  const expected = Buffer.from(checkInCode(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export function checkInUrl(locale: Locale, registrationId: number): string {
  return `${publicBaseUrl()}/${locale}/workspace/checkin/${checkInCode(registrationId)}`;
}

const QR_OPTIONS = {
  errorCorrectionLevel: 'M',
  margin: 2,
  width: 200,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** The URL as a PNG QR image (the bytes), for an inline mail attachment referenced by `cid:`. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png' });
}

/** The URL as a PNG QR image (data URL), sized for a mail: ~200 px, quiet zone included. */
export function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 200,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
