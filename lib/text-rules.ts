// Text rules shared by every form schema (classic zod on the server in lib/zod.ts, zod/mini for the
// public forms in lib/zod-mini.ts) and by client components that show their messages. No zod here,
// so a client component can use these without pulling a validation library into the page.

/**
 * Text PostgreSQL can store as typed: no NUL or other control characters (tab and line breaks are
 * fine) and no half of a surrogate pair (which would silently become U+FFFD).
 */
export function isStorableText(s: string): boolean {
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
    s,
  );
}

export const CONTROL_CHARACTERS = 'security.controlCharacters';

/** Is this issue message one of the translated keys a form may show? */
export function isMessageKey(message: string): boolean {
  return /^(validation|editor|security|signin)\./.test(message);
}
