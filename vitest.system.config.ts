// System tests (tests/system): several `next start` instances, the mail worker process, an embedded
// PostgreSQL, an SMTP sink and a fake Resend, started per file. They need a built app: run them
// through `npm test` (stage "system", after the e2e build) or `npx tsx scripts/test.ts system`.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` },
      { find: /^server-only$/, replacement: `${root}tests/support/empty.ts` },
    ],
  },
  test: {
    include: ['tests/system/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A stray .only fails the run (locally as in CI) instead of silently skipping the other tests.
    allowOnly: false,
    // One cluster at a time: each file runs two or three Next.js servers on a 2-core machine.
    fileParallelism: false,
    env: { APP_SECRET: 'system-app-secret-0123456789abcdef', AUTH_SECRET: 'system-auth-secret-0123456789abcdef' },
  },
});
