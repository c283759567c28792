// The organiser's pasted invitation list (issue 17): addresses one a line or separated by commas or
// semicolons, read into trimmed, lower-cased, de-duplicated addresses. Pure, so it is unit-tested
// and the refusal names every address that is not one; nothing is stored unless all of them are.
import { z } from 'zod';

export const INVITATION_LIMITS = { perPaste: 500, text: 60_000, email: 254 } as const;

export type ParsedList =
  | { ok: true; emails: string[] }
  | { ok: false; error: 'invitations.errors.empty' | 'invitations.errors.tooLong'; params?: Record<string, number> }
  | { ok: false; error: 'invitations.errors.tooMany'; params: { max: number; count: number } }
  | { ok: false; error: 'invitations.errors.invalidAddresses'; params: { addresses: string; count: number } };

const email = z.email();

/** "Nimi <osoite@x.fi>" as mail programs copy it: the address inside the brackets. */
function unwrap(item: string): string {
  const m = /<([^<>]+)>\s*$/.exec(item);
  return (m ? m[1] : item).trim().toLowerCase();
}

export function parseInvitationList(text: unknown): ParsedList {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'invitations.errors.empty' };
  if (text.length > INVITATION_LIMITS.text) return { ok: false, error: 'invitations.errors.tooLong' };
  const items = text
    .split(/[\n\r,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return { ok: false, error: 'invitations.errors.empty' };
  const bad: string[] = [];
  const emails = new Set<string>();
  for (const item of items) {
    const address = unwrap(item);
    if (address.length > INVITATION_LIMITS.email || !email.safeParse(address).success) bad.push(item);
    else emails.add(address);
  }
  if (bad.length > 0) {
    // Shown back to the organiser: at most ten, each cut short, so a pasted essay stays readable.
    const shown = bad.slice(0, 10).map((b) => (b.length > 60 ? `${b.slice(0, 57)}…` : b));
    return {
      ok: false,
      error: 'invitations.errors.invalidAddresses',
      params: { addresses: shown.join(', ') + (bad.length > 10 ? ', …' : ''), count: bad.length },
    };
  }
  if (emails.size > INVITATION_LIMITS.perPaste)
    return {
      ok: false,
      error: 'invitations.errors.tooMany',
      params: { max: INVITATION_LIMITS.perPaste, count: emails.size },
    };
  return { ok: true, emails: [...emails] };
}
