import { NextResponse } from 'next/server';

/** Organiser and personal answers: never kept by a browser, proxy or CDN, never indexed. */
export const PRIVATE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** A participant's own secret link (manage token, data link, stream): private, and no Referer leaks the link. */
export const PERSONAL_HEADERS: Readonly<Record<string, string>> = {
  ...PRIVATE_HEADERS,
  'Referrer-Policy': 'no-referrer',
};

/** A refusal as JSON: `{ error, message }` (the message already translated), private by default. */
export function jsonError(
  status: number,
  error: string,
  message?: string,
  headers: Readonly<Record<string, string>> = PRIVATE_HEADERS,
): NextResponse {
  return NextResponse.json(message === undefined ? { error } : { error, message }, { status, headers });
}
