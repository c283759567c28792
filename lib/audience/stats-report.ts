import 'server-only';
// The audience statistics of a report (one event, or a region's held events of a period) as
// labelled tables beside the others of lib/stats/tables: the page draws them with the one chart
// component and the exports write them. The caller has already applied the organiser's scope
// (lib/stats/queries): only event ids it was allowed to see come here, and only counts leave.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrationAudience, registrationEducationLevels, registrations } from '@/db/schema';
import { localized, translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { returningSql } from '@/lib/stats/returning';
import type { StatsTable, TableKey } from '@/lib/stats/tables';
import { formatShortDate } from '@/lib/time';
import { getAudienceLists, type AudienceLists } from './lists';
import {
  audienceBreakdown,
  audienceMissing,
  type AudienceDimension,
  type AudienceFact,
  type AudienceOrder,
} from './stats';

/** The confirmed, waitlisted and cancelled registrations of these events with their audience answers. */
export async function audienceFacts(eventIds: readonly number[]): Promise<AudienceFact[]> {
  if (!eventIds.length) return [];
  const rows = await db()
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      status: registrations.status,
      attendance: registrations.attendance,
      attendedOnsite: registrations.attendedOnsite,
      remoteJoinedAt: registrations.remoteJoinedAt,
      returning: returningSql,
      roleCategory: registrationAudience.roleCategoryCode,
      organisationType: registrationAudience.organisationTypeCode,
      vipuContact: registrationAudience.vipuContact,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(registrationAudience, eq(registrationAudience.registrationId, registrations.id))
    .where(inArray(registrations.eventId, [...eventIds]));
  const levels = await db()
    .select({ id: registrationEducationLevels.registrationId, code: registrationEducationLevels.levelCode })
    .from(registrationEducationLevels)
    .innerJoin(registrations, eq(registrations.id, registrationEducationLevels.registrationId))
    .where(and(inArray(registrations.eventId, [...eventIds])));
  const byReg = new Map<number, string[]>();
  for (const l of levels) byReg.set(l.id, [...(byReg.get(l.id) ?? []), l.code]);
  return rows.map(({ id, ...r }) => ({ ...r, educationLevels: byReg.get(id) ?? [] }));
}

function activeOrder(lists: AudienceLists): AudienceOrder {
  const active = (k: keyof AudienceOrder) => lists[k].filter((i) => i.active).map((i) => i.code);
  return {
    roleCategories: active('roleCategories'),
    organisationTypes: active('organisationTypes'),
    educationLevels: active('educationLevels'),
  };
}

export const AUDIENCE_TABLE_KEYS = [
  'roleCategories',
  'organisationTypes',
  'educationLevels',
  'vipuContact',
  'audienceMissing',
] as const;

type EventInfo = { id: number; titleFi: string; titleSv: string | null; startsAt: Date };

/** The audience tables of these events (held ones for a period's report; one event for its own page). */
export async function audienceTables(list: readonly EventInfo[], locale: Locale): Promise<StatsTable[]> {
  const lists = await getAudienceLists();
  const order = activeOrder(lists);
  const facts = await audienceFacts(list.map((e) => e.id));
  const b = audienceBreakdown(facts, order);
  const text = (key: string) => translate(locale, `stats.${key}`);
  const namer = (k: keyof AudienceOrder) => {
    const m = new Map(lists[k].map((i) => [i.code, localized(locale, i.nameFi, i.nameSv)]));
    return (code: string | null) => (code === null ? translate(locale, 'stats.notAnswered') : (m.get(code) ?? code));
  };
  const names = {
    roleCategories: namer('roleCategories'),
    organisationTypes: namer('organisationTypes'),
    educationLevels: namer('educationLevels'),
    vipuContact: (code: string | null) =>
      code === null
        ? translate(locale, 'stats.notAnswered')
        : translate(locale, `audience.${code === 'yes' ? 'yes' : 'no'}`),
  };
  const header = (d: AudienceDimension) => [
    text(`col.${d}`),
    text('col.registered'),
    text('col.attended'),
    text('col.new'),
    text('col.returning'),
  ];
  const make = (key: TableKey, head: string[], rows: (string | number)[][]): StatsTable => ({
    key,
    title: text(`tables.${key}`),
    header: head,
    rows,
    numeric: head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number')),
  });
  const out = (['roleCategories', 'organisationTypes', 'educationLevels', 'vipuContact'] as const).map((d) =>
    make(
      d,
      header(d),
      b[d].map((r) => [names[d](r.code), r.registered, r.attended, r.newPeople, r.returning]),
    ),
  );
  const missing = audienceMissing(
    list.map((e) => e.id),
    facts,
    order,
  );
  const byId = new Map(list.map((e) => [e.id, e]));
  const join = (codes: string[], name: (c: string) => string) => codes.map(name).join(', ') || text('none');
  out.push(
    make(
      'audienceMissing',
      [
        text('col.event'),
        text('col.date'),
        text('col.roleCategories'),
        text('col.organisationTypes'),
        text('col.educationLevels'),
      ],
      missing.map((m) => {
        const e = byId.get(m.eventId)!;
        return [
          localized(locale, e.titleFi, e.titleSv),
          formatShortDate(e.startsAt, locale),
          join(m.roleCategories, names.roleCategories),
          join(m.organisationTypes, names.organisationTypes),
          join(m.educationLevels, names.educationLevels),
        ];
      }),
    ),
  );
  return out;
}
