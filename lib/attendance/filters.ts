// The filters of an event's registration list, read from a URL query (the search form is a GET, so
// it works without JavaScript and a filtered view can be bookmarked or exported). Unknown or
// malformed values are dropped rather than refused: the page is an organiser's own view.
import { z } from 'zod';

export const MODES = ['onsite', 'remote'] as const;
export const STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

export type AttendanceFilters = {
  q?: string;
  mode?: (typeof MODES)[number];
  status?: (typeof STATUSES)[number];
  sector?: string;
  municipality?: string;
  /** An own question's answer (lib/questions): "<question id>:<option id>", or ":yes"/":no" for a yes/no question. */
  answer?: string;
  /** A workshop of the programme (lib/programme): its id; the people holding a seat in it. */
  workshop?: string;
};

const schema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  mode: z.enum(MODES).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  sector: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  municipality: z
    .string()
    .regex(/^\d{3}$/)
    .optional()
    .catch(undefined),
  answer: z
    .string()
    .regex(/^\d{1,10}:(\d{1,6}|yes|no)$/)
    .optional()
    .catch(undefined),
  workshop: z
    .string()
    .regex(/^\d{1,10}$/)
    .optional()
    .catch(undefined),
});

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

export function parseFilters(query: Query): AttendanceFilters {
  const get = (k: string) => {
    const v = query instanceof URLSearchParams ? (query.get(k) ?? undefined) : query[k];
    const first = Array.isArray(v) ? v[0] : v;
    return first === '' ? undefined : first;
  };
  const parsed = schema.parse({
    q: get('q'),
    mode: get('mode'),
    status: get('status'),
    sector: get('sector'),
    municipality: get('municipality'),
    answer: get('answer'),
    workshop: get('workshop'),
  });
  const out: AttendanceFilters = {};
  for (const [k, v] of Object.entries(parsed)) if (v !== undefined && v !== '') (out as Record<string, string>)[k] = v;
  return out;
}

/** The filters as a query string (without "?"), for links that keep the current view. */
export function filtersQuery(f: AttendanceFilters, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}
