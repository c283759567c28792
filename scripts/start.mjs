// `npm start`: bundles server.ts (and the few lib/ modules it imports) with esbuild into
// .next/kokoon-server.mjs and runs it in this process. Plain Node runs the server — no TypeScript
// loader hooks stay registered, which would add a round trip to a hooks thread to every dynamic
// import Next makes per request. Node arguments (e.g. --expose-gc) go before this file.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const outfile = join(root, '.next', 'kokoon-server.mjs');
await build({
  entryPoints: [join(root, 'server.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // next, zod, postgres… load from node_modules as usual
  tsconfig: join(root, 'tsconfig.json'),
  // The sign-up handler it calls imports 'server-only', which only Next's bundler resolves.
  // next has no "exports" map: Node's ESM resolver needs the file name of its subpaths.
  alias: { 'server-only': join(root, 'tests', 'support', 'empty.ts'), 'next/server': 'next/server.js' },
  logLevel: 'warning',
  // server.ts finds the app through import.meta.dirname: keep it pointing at the project root.
  define: { 'import.meta.dirname': JSON.stringify(root) },
});
// As Next's own server does before loading anything of Next: request classes need this global.
await import('next/dist/server/node-environment-baseline.js');
await import(pathToFileURL(outfile).href);
