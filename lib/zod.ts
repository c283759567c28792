// zod for schemas that also run in the browser. zod compiles a fast parser with `new Function`,
// which the Content-Security-Policy (no 'unsafe-eval') forbids: even its probe for eval shows up as a
// CSP violation. In the browser it runs without that (a little slower, imperceptibly for a form);
// the server keeps the compiled fast path. Import `z` from here in any module a client component uses.
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };

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
