// Who may call the public sign-up POST from a browser on another site (REGISTRATION_CORS_ORIGINS).
// The endpoint carries no ambient authority — it reads no cookie and never answers with personal
// data (the manage link goes only to the e-mail address) — so a cross-site call can do nothing a
// direct one cannot: CSRF does not apply. By default any site may embed a sign-up form ("*");
// an installation can name the sites (space separated origins) or allow none (empty).
// Credentials are never allowed. A browser's request from an origin that is not allowed gets 403.
import { config, publicBaseUrl } from '@/lib/config';

export type CorsPolicy = { any: true } | { any: false; origins: Set<string> };

export function corsPolicy(): CorsPolicy {
  const raw = config().REGISTRATION_CORS_ORIGINS.trim();
  if (raw === '*') return { any: true };
  return {
    any: false,
    origins: new Set(
      raw
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((o) => o.replace(/\/$/, '').toLowerCase()),
    ),
  };
}

/** May a request with this Origin header (null: not from a browser page) use the endpoint? */
export function originAllowed(origin: string | null, policy = corsPolicy()): boolean {
  if (!origin) return true; // servers, curl, same-origin GET-initiated navigations
  const o = origin.toLowerCase();
  if (o === new URL(publicBaseUrl()).origin.toLowerCase()) return true; // the event page's own form
  return policy.any || policy.origins.has(o);
}

/** CORS response headers for this request (none when its origin is not allowed). */
export function corsHeaders(origin: string | null, policy = corsPolicy()): Record<string, string> {
  if (!origin || !originAllowed(origin, policy)) return {};
  return {
    'Access-Control-Allow-Origin': policy.any ? '*' : origin,
    'Access-Control-Expose-Headers': 'Retry-After',
    ...(policy.any ? {} : { Vary: 'Origin' }),
  };
}

export function preflightHeaders(origin: string | null, policy = corsPolicy()): Record<string, string> {
  const base = corsHeaders(origin, policy);
  if (!base['Access-Control-Allow-Origin']) return {};
  return {
    ...base,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type, Accept-Language',
    'Access-Control-Max-Age': '600',
  };
}
