// Typed configuration: the one place that reads process.env (validated once, lazily, so that
// `next build` needs no database).
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  APP_URL: z.string().url().default('http://localhost:3000'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid configuration: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function databaseUrl(): string {
  const url = config().DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Use `npm run demo` for the embedded database, or point DATABASE_URL at PostgreSQL.');
  }
  return url;
}

export function publicBaseUrl(): string {
  return config().APP_URL.replace(/\/$/, '');
}
