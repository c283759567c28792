// ESLint 9 flat config: Next.js's rules (core web vitals + TypeScript) and drizzle's guard against
// an update or delete without a where. `npm run lint`; `npm test` runs it first. Formatting is
// Prettier's job (`npm run format`), so no stylistic rule lives here.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

// The names our drizzle handles go by: `db()` from db/client.ts and the `tx` of a transaction.
// Other objects with a delete/update method (Map, Set, Hash) are not checked.
const drizzleObjectName = ['db', 'tx'];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    name: 'kokoon/drizzle',
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName }],
    },
  },
  {
    name: 'kokoon/rules',
    rules: {
      // An unused variable is a bug or a leftover: fail on it, but allow `_name` for a deliberate one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    name: 'kokoon/forms',
    files: ['components/**/*.tsx', 'app/**/*.tsx'],
    rules: {
      // A form's values are z.input<typeof schema> and zodResolver's types line up by themselves;
      // a cast here hides a form value that drifted from its schema.
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression[expression.callee.name='zodResolver']",
          message:
            'Type the form as useForm<z.input<typeof schema>, unknown, z.output<typeof schema>> instead of casting the resolver.',
        },
        {
          selector: "CallExpression[callee.name='zodResolver'] > TSAsExpression",
          message: 'Pass the schema itself to zodResolver; its input and output types are the form’s.',
        },
      ],
    },
  },
  {
    name: 'kokoon/tests',
    files: ['tests/**/*.ts'],
    rules: {
      // Vitest and Playwright helpers named use… (useTestDatabase, Playwright's fixture `use`) are not React hooks.
      'react-hooks/rules-of-hooks': 'off',
      // Each test file owns its database: emptying the outbox between steps is set-up, not a lost where.
      'drizzle/enforce-delete-with-where': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    '.data/**',
    'test-results/**',
    'playwright-report/**',
    'db/migrations/meta/**',
    'bench/results/**',
  ]),
]);
