// Typed configuration: the one place that reads process.env (validated once, lazily, so that
// `next build` needs no database).
import { z } from 'zod';

const DEMO_SECRET = 'kokoon-demo-secret-change-me-in-production';

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  APP_URL: z.string().url().default('http://localhost:3000'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Public sign-up: requests per client address per minute (0 = no limit, for benchmarks).
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  // How the client address is found: the header to read and how many trusted proxies append to it.
  CLIENT_IP_HEADER: z.string().default('x-forwarded-for'),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  MAIL_TRANSPORT: z.enum(['dev', 'smtp', 'resend']).default('dev'),
  MAIL_FROM: z.string().default('Kokoon <noreply@kokoon.example>'),
  SMTP_URL: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  // inline: the app process drains the outbox; off: a separate `npm run worker` does it.
  MAIL_WORKER: z.enum(['inline', 'off']).default('inline'),
  // Signs personal stream links. Must be set (32+ random characters) in any real installation.
  APP_SECRET: z.string().min(16).default(DEMO_SECRET),
  // Auth.js: signs and hashes sign-in tokens. Must be set in any real installation.
  AUTH_SECRET: z.string().min(16).default(DEMO_SECRET),
  // Stream links open this many minutes before the start (and stay open until an hour after the end);
  // the "stream opens" mail goes out at the same moment.
  STREAM_OPENS_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  // How long each app process reuses a built public calendar feed (0 = never).
  FEED_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  // Registrations are anonymised this many months after their event (statistics are kept).
  RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(500),
  // Hardening (docs/security.md): origins that may frame the public pages (space separated
  // https origins; empty = none), and what other sites may do with the public sign-up POST.
  FRAME_ANCESTORS: z.string().default(''),
  REGISTRATION_CORS_ORIGINS: z.string().default('*'),
  // Resend's API rate limit (requests per second per team) that the mail worker keeps to.
  RESEND_RATE_PER_SECOND: z.coerce.number().min(0.1).max(100).default(2),
  // First retry of a failed mail after this long, doubling up to an hour.
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3600_000).default(10_000),
  // --- After the event and privacy (issue 6) ---
  // The privacy notice (/{locale}/privacy) is generated from these: who the controller is and how to reach them.
  PRIVACY_CONTROLLER: z.string().trim().min(1).default('Opetushallitus / VIP-verkosto (demo)'),
  PRIVACY_CONTROLLER_ADDRESS: z.string().trim().default('Hakaniemenranta 6, 00530 Helsinki'),
  PRIVACY_CONTACT_EMAIL: z.string().trim().email().default('tietosuoja@kokoon.example'),
  PRIVACY_DPO_EMAIL: z.string().trim().email().optional(),
  // The feedback survey mail goes out this many hours after an event ends; answers are taken for SURVEY_OPEN_DAYS.
  SURVEY_DELAY_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(2),
  SURVEY_OPEN_DAYS: z.coerce.number().int().min(1).max(90).default(21),
  // How often the worker looks for due scheduled mail (reminders, stream links, surveys).
  SCHEDULED_MAIL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // Uploaded material files go to an S3-compatible store (path-style requests) when S3_BUCKET is set;
  // otherwise into PostgreSQL. lib/materials/storage.ts.
  S3_BUCKET: z.string().trim().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

/** Tests change the environment between cases: forget the parsed copy. */
export function resetConfig(): void {
  cached = undefined;
}

export function config(): Config {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
    }
    const host = new URL(parsed.data.APP_URL).hostname;
    const local = ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host);
    if (!local && (parsed.data.APP_SECRET === DEMO_SECRET || parsed.data.AUTH_SECRET === DEMO_SECRET)) {
      throw new Error('APP_SECRET and AUTH_SECRET must be set (32+ random characters) when APP_URL is not localhost.');
    }
    const d = parsed.data;
    if (d.S3_BUCKET && !(d.S3_ENDPOINT && d.S3_ACCESS_KEY_ID && d.S3_SECRET_ACCESS_KEY)) {
      throw new Error('S3_BUCKET is set: S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set too.');
    }
    cached = parsed.data;
  }
  return cached;
}

export function databaseUrl(): string {
  const url = config().DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Use `npm run demo` for the embedded database, or point DATABASE_URL at PostgreSQL.',
    );
  }
  return url;
}

export function publicBaseUrl(): string {
  return config().APP_URL.replace(/\/$/, '');
}
