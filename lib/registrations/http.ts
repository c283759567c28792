import 'server-only';
// POST /api/events/{slug}/registrations — the one code path for the event page form and the JSON
// API. Maps domain results to HTTP status codes and translated messages in one table.
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { config } from '@/lib/config';
import { clientAddress } from '@/lib/client-ip';
import { hitRateLimit } from '@/lib/rate-limit';
import { isMessageKey } from '@/lib/zod';
import { originAllowed } from './cors';
import { registrationSchema } from './schema';
import { municipalityCodeByName } from '@/lib/reference';
import { registerParticipant, type FieldErrors, type RegistrationError } from './service';

const MAX_BODY_BYTES = 16 * 1024;

export const ERROR_STATUS: Record<
  | RegistrationError
  | 'rateLimited'
  | 'badRequest'
  | 'badEncoding'
  | 'unknownFields'
  | 'tooLarge'
  | 'security.forbiddenOrigin',
  { status: number; code: string }
> = {
  'registration.notFound': { status: 404, code: 'not_found' },
  'registration.notOpen': { status: 409, code: 'not_open' },
  'registration.closed': { status: 410, code: 'closed' },
  'registration.eventCancelled': { status: 410, code: 'cancelled' },
  'registration.full': { status: 409, code: 'full' },
  'registration.modeFull': { status: 409, code: 'mode_full' },
  'registration.duplicate': { status: 409, code: 'duplicate' },
  'registration.spam': { status: 400, code: 'rejected' },
  'registration.invalid': { status: 422, code: 'validation' },
  'registration.rateLimited': { status: 429, code: 'rate_limited' },
  'registration.workshopFull': { status: 422, code: 'workshop_full' },
  'registration.notInvited': { status: 403, code: 'not_invited' },
  'registration.elsewhere': { status: 409, code: 'registration_elsewhere' },
  rateLimited: { status: 429, code: 'rate_limited' },
  badRequest: { status: 400, code: 'bad_request' },
  badEncoding: { status: 422, code: 'validation' },
  unknownFields: { status: 400, code: 'unknown_fields' },
  tooLarge: { status: 413, code: 'too_large' },
  'security.forbiddenOrigin': { status: 403, code: 'forbidden_origin' },
};

export function errorMessageKey(error: keyof typeof ERROR_STATUS): string {
  if (error.startsWith('security.')) return error;
  return `registration.errors.${error.replace(/^registration\./, '')}`;
}

function pickLocale(req: Request, body: unknown): Locale {
  const fromBody = body && typeof body === 'object' ? (body as Record<string, unknown>).language : undefined;
  if (fromBody === 'fi' || fromBody === 'sv') return fromBody;
  const q = new URL(req.url).searchParams.get('lang');
  if (q === 'fi' || q === 'sv') return q;
  return /^sv\b/i.test(req.headers.get('accept-language') ?? '') ? 'sv' : 'fi';
}

/**
 * A JSON answer that `next start` leaves uncompressed: it gzips every streamed body, even these few
 * dozen bytes (Content-Length, which would exempt small bodies, is dropped by Next), and gzip was
 * ~10 % of the app's CPU in a profile of the registration rush. `no-transform` is the exemption its
 * compression honours; `no-store` because an answer to a POST is never to be cached anyway.
 */
function json(data: unknown, init: { status: number; headers?: Record<string, string> }): Response {
  return new Response(JSON.stringify(data), {
    status: init.status,
    headers: { ...init.headers, 'content-type': 'application/json', 'cache-control': 'no-store, no-transform' },
  });
}

function fail(
  error: keyof typeof ERROR_STATUS,
  locale: Locale,
  extra: { fields?: FieldErrors; headers?: Record<string, string>; values?: Record<string, string> } = {},
) {
  const { status, code } = ERROR_STATUS[error];
  const fields = extra.fields
    ? Object.fromEntries(Object.entries(extra.fields).map(([k, key]) => [k, translate(locale, key!, extra.values)]))
    : undefined;
  // Registration elsewhere: the external sign-up page, for a client to send the person there.
  const url = error === 'registration.elsewhere' ? { url: extra.values?.url } : {};
  return json(
    {
      error: code,
      message: translate(locale, errorMessageKey(error), extra.values),
      ...url,
      ...(fields ? { fields } : {}),
    },
    { status, headers: extra.headers },
  );
}

// `fatal`: a byte sequence that is not UTF-8 is refused, not stored as U+FFFD (req.text() replaces it).
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readJson(req: Request): Promise<ReadBody> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) return { ok: false, error: 'badRequest' };
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return { ok: false, error: 'tooLarge' };
  const bytes = await req.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return { ok: false, error: 'tooLarge' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'badEncoding' };
  }
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body)
      ? { ok: true, body }
      : { ok: false, error: 'badRequest' };
  } catch {
    return { ok: false, error: 'badRequest' };
  }
}

/** What a sign-up came to, before it is written as JSON (the API) or as an HTML page (the form without JavaScript). */
export type SignUpAnswer =
  | { ok: true; status: 'confirmed' | 'waitlisted'; position?: number }
  | {
      ok: false;
      error: keyof typeof ERROR_STATUS;
      fields?: FieldErrors;
      values?: Record<string, string>;
      retryAfterSeconds?: number;
    };

export type ReadBody = { ok: true; body: unknown } | { ok: false; error: 'badRequest' | 'badEncoding' | 'tooLarge' };

/** A body whose `municipality` names a municipality in Finnish or Swedish gets its code instead. */
async function withMunicipalityCode(body: unknown): Promise<unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const m = (body as { municipality?: unknown }).municipality;
  if (typeof m !== 'string' || /^\s*\d{3}\s*$/.test(m)) return body;
  const code = await municipalityCodeByName(m);
  return code ? { ...body, municipality: code } : body;
}

/** Checks a sign-up body already read from `req` and registers the person: shared by both answers. */
export async function signUpAnswer(req: Request, read: ReadBody, slug: string): Promise<SignUpAnswer> {
  // Every request counts against its client's rate limit. A valid one counts in the same database
  // call as the sign-up (registerParticipant); the others here, before they are answered.
  const rateLimit = { key: `register:${clientAddress(req.headers)}`, perMinute: config().RATE_LIMIT_PER_MINUTE };
  const refuse = async (
    error: keyof typeof ERROR_STATUS,
    extra: { fields?: FieldErrors; values?: Record<string, string> } = {},
  ): Promise<SignUpAnswer> => {
    const limit = await hitRateLimit(rateLimit.key, rateLimit.perMinute);
    if (!limit.allowed && error !== 'security.forbiddenOrigin')
      return { ok: false, error: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };
    return { ok: false, error, ...extra };
  };
  if (!originAllowed(req.headers.get('origin'))) return refuse('security.forbiddenOrigin');
  if (!read.ok) return refuse(read.error);

  // The municipality may be given by name in Finnish or Swedish ("Vaasa", "Vasa") as well as by code.
  const parsed = registrationSchema.safeParse(await withMunicipalityCode(read.body));
  if (!parsed.success) {
    const unknown = parsed.error.issues.filter((i) => i.code === 'unrecognized_keys').flatMap((i) => i.keys);
    if (unknown.length) return refuse('unknownFields', { values: { names: unknown.join(', ').slice(0, 200) } });
    const fields: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field && !fields[field]) fields[field] = isMessageKey(issue.message) ? issue.message : 'validation.text';
    }
    return refuse('registration.invalid', { fields });
  }
  const result = await registerParticipant(slug, parsed.data, new Date(), { rateLimit });
  if (!result.ok) {
    if (result.error === 'registration.rateLimited')
      return { ok: false, error: 'rateLimited', retryAfterSeconds: result.retryAfterSeconds ?? 60 };
    return { ok: false, error: result.error, fields: result.fields, values: result.values };
  }
  return { ok: true, status: result.value.status, position: result.value.position };
}

export async function handleRegistrationPost(req: Request, slug: string): Promise<Response> {
  const read = await readJson(req);
  const locale = pickLocale(req, read.ok ? read.body : undefined);
  const answer = await signUpAnswer(req, read, slug);
  if (answer.ok) {
    const { status, position } = answer;
    return json(status === 'waitlisted' ? { status, position } : { status }, { status: 201 });
  }
  if (answer.error === 'rateLimited') return rateLimited(locale, answer.retryAfterSeconds ?? 60);
  return fail(answer.error, locale, { fields: answer.fields, values: answer.values });
}

function rateLimited(locale: Locale, retryAfterSeconds: number): Response {
  return fail('rateLimited', locale, { headers: { 'Retry-After': String(retryAfterSeconds) } });
}
