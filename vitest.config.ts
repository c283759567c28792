import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      // `server-only` throws outside React Server Components; tests call server modules directly.
      { find: /^server-only$/, replacement: `${root}tests/support/empty.ts` },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/support/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A stray .only fails the run (locally as in CI) instead of silently skipping the other tests.
    allowOnly: false,
    // Test values: some tests use a non-local APP_URL, which requires real-looking secrets.
    env: {
      FEED_CACHE_SECONDS: '0',
      APP_SECRET: 'test-app-secret-0123456789abcdef',
      AUTH_SECRET: 'test-auth-secret-0123456789abcdef',
    },
    // next-auth imports `next/server` without an extension, which Node's ESM loader rejects.
    server: { deps: { inline: ['next-auth', '@auth/core'] } },
  },
});
