// The check of a registrant's workshop picks (issue 15 §2): one workshop per slot that has
// workshops, given as `{ "<slot id>": <workshop id> }` (ids as JSON numbers or strings). Plain
// TypeScript with no validation library, so the public sign-up form may run the same check without
// shipping zod (see lib/questions/answer-rules.ts). No `server-only`: the browser bundle may import it.
// Whether a workshop has room is the database's to say (kokoon_register_with, migration 0019).

/** A slot as the sign-up checks it: its workshops' ids (slots without workshops are not listed). */
export type PickRule = { slotId: number; workshopIds: number[] };
export type Pick = { slot: number; workshop: number };
export type PicksCheck = { ok: true; picks: Pick[] } | { ok: false; fields: Record<string, string> };

/** The API's field name of a slot's error: `workshops.<slot id>`. */
export const workshopField = (slotId: number | string) => `workshops.${slotId}`;

const ID = /^\s*[1-9]\d{0,9}\s*$/;

function toId(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 && raw <= 2_147_483_647 ? raw : null;
  if (typeof raw === 'string' && ID.test(raw)) {
    const n = Number(raw);
    return n <= 2_147_483_647 ? n : null;
  }
  return null;
}

/** Checks `raw` (the body's `workshops`) against the event's slots; every slot with workshops needs a pick. */
export function checkPicks(rules: readonly PickRule[], raw: unknown): PicksCheck {
  const fields: Record<string, string> = {};
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    return { ok: false, fields: { workshops: 'validation.workshops' } };
  }
  const given = (raw ?? {}) as Record<string, unknown>;
  const bySlot = new Map(rules.map((r) => [r.slotId, r]));
  for (const key of Object.keys(given)) {
    const slotId = toId(key);
    if (slotId === null || !bySlot.has(slotId))
      fields[workshopField(key.slice(0, 20))] = 'validation.workshopSlotUnknown';
  }
  const picks: Pick[] = [];
  for (const rule of rules) {
    const value = given[String(rule.slotId)];
    if (value === undefined || value === null || value === '') {
      fields[workshopField(rule.slotId)] = 'validation.workshopRequired';
      continue;
    }
    const workshop = toId(value);
    if (workshop === null || !rule.workshopIds.includes(workshop)) {
      fields[workshopField(rule.slotId)] = 'validation.workshopUnknown';
      continue;
    }
    picks.push({ slot: rule.slotId, workshop });
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, picks };
}

/** A slot with workshops as the sign-up form shows it, in the reader's language. */
export type FormSlot = {
  id: number;
  title: string;
  time: string;
  workshops: {
    id: number;
    title: string;
    seatsLeft: number;
    remoteSeatsLeft: number | null;
    /** "3 paikkaa vapaana" or "täynnä" in the page's language; null when unlimited. */
    seatsNote: string | null;
    remoteSeatsNote: string | null;
  }[];
};

/** The rules of the form's slots (the same check as the server's). */
export const pickRulesOfForm = (slots: readonly FormSlot[]): PickRule[] =>
  slots.map((s) => ({ slotId: s.id, workshopIds: s.workshops.map((w) => w.id) }));

/** The form's values (`workshops.s<slot id>` → workshop id as a string) → the API's `workshops`. */
export function toApiPicks(values: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(values ?? {})) {
    const slot = /^s(\d{1,10})$/.exec(key);
    const id = toId(v);
    if (slot && id !== null) out[slot[1]] = id;
  }
  return out;
}
