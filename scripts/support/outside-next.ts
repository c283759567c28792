// Lets a script outside Next (the worker) load the lib/ modules marked `import 'server-only'`. That
// marker throws unless the module is bundled for React Server Components (where it resolves to the
// package's empty module); a plain Node process is server-side too, so a resolve hook gives it the
// same empty module. Import this first, then load lib/ with a dynamic import(): hooks only apply to
// modules resolved after they are registered.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const empty = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('server-only')), 'empty.js')).href;
const hook = `export async function resolve(specifier, context, next) {
  return specifier === 'server-only' ? { url: ${JSON.stringify(empty)}, format: 'commonjs', shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
