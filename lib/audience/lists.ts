// The admin's audience lists (role category, organisation type, education level): read on every
// sign-up and stats page, so each process keeps them for a minute like lib/reference.ts (an edit
// clears this process's copy at once). Public data, no secrets.
import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { educationLevels, organisationTypes, roleCategories } from '@/db/schema';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { ttlCache } from '@/lib/cache/ttl';
import { audienceAnswers, type AudienceInput } from './schema';

export const AUDIENCE_LISTS = ['roleCategories', 'organisationTypes', 'educationLevels'] as const;
export type AudienceListKey = (typeof AUDIENCE_LISTS)[number];
export const isAudienceList = (v: unknown): v is AudienceListKey => (AUDIENCE_LISTS as readonly unknown[]).includes(v);

export const AUDIENCE_TABLES = { roleCategories, organisationTypes, educationLevels } as const;

export type AudienceItem = { code: string; nameFi: string; nameSv: string; sortOrder: number; active: boolean };
export type AudienceLists = Record<AudienceListKey, AudienceItem[]>;

async function load(): Promise<AudienceLists> {
  const read = (key: AudienceListKey) => {
    const t = AUDIENCE_TABLES[key];
    return db()
      .select({ code: t.code, nameFi: t.nameFi, nameSv: t.nameSv, sortOrder: t.sortOrder, active: t.active })
      .from(t)
      .orderBy(asc(t.sortOrder), asc(t.code));
  };
  const [roleCategories, organisationTypes, educationLevels] = await Promise.all(AUDIENCE_LISTS.map(read));
  return { roleCategories, organisationTypes, educationLevels };
}

/** Every item of every list, inactive ones included (statistics and exports still name them). */
const lists = ttlCache(load, 60_000);

export function getAudienceLists(): Promise<AudienceLists> {
  return lists.get();
}

export function invalidateAudienceLists(): void {
  lists.invalidate();
}

export type AudienceOption = { code: string; name: string };
export type AudienceOptions = Record<AudienceListKey, AudienceOption[]>;

/** The active items of each list named in `locale`: what the sign-up form offers. */
export async function audienceOptions(locale: Locale): Promise<AudienceOptions> {
  const lists = await getAudienceLists();
  const opts = (key: AudienceListKey) =>
    lists[key].filter((i) => i.active).map((i) => ({ code: i.code, name: localized(locale, i.nameFi, i.nameSv) }));
  return {
    roleCategories: opts('roleCategories'),
    organisationTypes: opts('organisationTypes'),
    educationLevels: opts('educationLevels'),
  };
}

/** code → name in `locale` for each list (every item; an unknown code is shown as itself). */
export async function audienceNamer(
  locale: Locale,
): Promise<Record<AudienceListKey, (code: string | null) => string | null>> {
  const lists = await getAudienceLists();
  const namer = (key: AudienceListKey) => {
    const m = new Map(lists[key].map((i) => [i.code, localized(locale, i.nameFi, i.nameSv)]));
    return (code: string | null) => (code === null ? null : (m.get(code) ?? code));
  };
  return {
    roleCategories: namer('roleCategories'),
    organisationTypes: namer('organisationTypes'),
    educationLevels: namer('educationLevels'),
  };
}

/**
 * The field errors (message keys) of answers that name no active item; empty when all are fine.
 * A deactivated item is no longer offered, so a new sign-up cannot choose it.
 */
export async function audienceFieldErrors(input: AudienceInput): Promise<Record<string, string>> {
  const a = audienceAnswers(input);
  const lists = await getAudienceLists();
  const active = (key: AudienceListKey, code: string) => lists[key].some((i) => i.code === code && i.active);
  const errors: Record<string, string> = {};
  if (a.roleCategory !== null && !active('roleCategories', a.roleCategory))
    errors.roleCategory = 'validation.roleCategory';
  if (a.organisationType !== null && !active('organisationTypes', a.organisationType))
    errors.organisationType = 'validation.organisationType';
  if (a.educationLevels.some((c) => !active('educationLevels', c)))
    errors.educationLevels = 'validation.educationLevels';
  return errors;
}
