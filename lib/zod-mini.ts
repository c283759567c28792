// zod/mini for the schemas of public forms, which run in the browser as well as on the server.
// Classic zod (lib/zod.ts) puts ≈ 100 KB gz into a page's JavaScript; zod/mini's functions let the
// bundler keep only the checks a form uses. The same CSP rule as in lib/zod.ts: no `new Function`
// in the browser. Client components import from here, never from 'zod' or '@/lib/zod' (whose
// classic `z` would come along), so the text helpers live here too; lib/zod.ts keeps copies for
// the server-side schemas — keep the two in step.
//
// Schemas import zod/mini's functions themselves (`import * as z from 'zod/mini'`), not a
// re-exported namespace: a namespace handed on as a value keeps all of zod in the bundle.
import { config } from 'zod/mini';

if (typeof window !== 'undefined') config({ jitless: true });

/**
 * Text PostgreSQL can store as typed: no NUL or other control characters (tab and line breaks are
 * fine) and no half of a surrogate pair (which would silently become U+FFFD).
 */
export function isStorableText(s: string): boolean {
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

export const CONTROL_CHARACTERS = 'security.controlCharacters';

/** Is this issue message one of the translated keys a form may show? */
export function isMessageKey(message: string): boolean {
  return /^(validation|editor|security|signin)\./.test(message);
}
