// Reach per audience dimension (issue 15 §3): role category, organisation type, education level
// and VIPU contact person — registered, attended, new and returning people per item, and the active
// items nobody from which registered for an event ("missing"). Pure counting over facts, with the
// rules of lib/stats/compute (registered = confirmed; attended and returning as there). A person
// serving several education levels counts once under each, so the level rows may add up to more
// than the people.
import { attended, type Fact } from '@/lib/stats/compute';

export type AudienceFact = Pick<
  Fact,
  'eventId' | 'status' | 'attendance' | 'attendedOnsite' | 'remoteJoinedAt' | 'returning'
> & {
  roleCategory: string | null;
  organisationType: string | null;
  educationLevels: string[];
  vipuContact: boolean | null;
};

export const AUDIENCE_DIMENSIONS = ['roleCategories', 'organisationTypes', 'educationLevels', 'vipuContact'] as const;
export type AudienceDimension = (typeof AUDIENCE_DIMENSIONS)[number];

/** `code` null = not answered; for vipuContact the codes are 'yes' and 'no'. */
export type AudienceRow = {
  code: string | null;
  registered: number;
  attended: number;
  newPeople: number;
  returning: number;
};
export type AudienceBreakdown = Record<AudienceDimension, AudienceRow[]>;
export type AudienceOrder = {
  roleCategories: readonly string[];
  organisationTypes: readonly string[];
  educationLevels: readonly string[];
};
/** Per event: the active items of each list nobody from which is registered. */
export type AudienceMissing = {
  eventId: number;
  roleCategories: string[];
  organisationTypes: string[];
  educationLevels: string[];
};

function codesOf(f: AudienceFact, d: AudienceDimension): (string | null)[] {
  switch (d) {
    case 'roleCategories':
      return [f.roleCategory];
    case 'organisationTypes':
      return [f.organisationType];
    case 'educationLevels':
      return f.educationLevels.length ? f.educationLevels : [null];
    case 'vipuContact':
      return [f.vipuContact === null ? null : f.vipuContact ? 'yes' : 'no'];
  }
}

function breakdown(facts: readonly AudienceFact[], d: AudienceDimension, order: readonly string[]): AudienceRow[] {
  const rows = new Map<string | null, AudienceRow>(
    order.map((code) => [code, { code, registered: 0, attended: 0, newPeople: 0, returning: 0 }]),
  );
  for (const f of facts) {
    if (f.status !== 'confirmed') continue;
    for (const code of codesOf(f, d)) {
      let row = rows.get(code);
      if (!row) rows.set(code, (row = { code, registered: 0, attended: 0, newPeople: 0, returning: 0 }));
      row.registered += 1;
      if (attended(f)) row.attended += 1;
      if (f.returning) row.returning += 1;
      else row.newPeople += 1;
    }
  }
  const fixed = new Set(order);
  // The list's order first (zeros too), then codes no longer on it, "not answered" last.
  const others = [...rows.values()].filter((r) => r.code !== null && !fixed.has(r.code));
  const unanswered = rows.get(null);
  return [...order.map((c) => rows.get(c)!), ...others, ...(unanswered ? [unanswered] : [])];
}

export function audienceBreakdown(facts: readonly AudienceFact[], order: AudienceOrder): AudienceBreakdown {
  return {
    roleCategories: breakdown(facts, 'roleCategories', order.roleCategories),
    organisationTypes: breakdown(facts, 'organisationTypes', order.organisationTypes),
    educationLevels: breakdown(facts, 'educationLevels', order.educationLevels),
    vipuContact: breakdown(facts, 'vipuContact', ['yes', 'no']),
  };
}

/** For each event, the active items (in `order`) without a single confirmed registration. */
export function audienceMissing(
  eventIds: readonly number[],
  facts: readonly AudienceFact[],
  order: AudienceOrder,
): AudienceMissing[] {
  return eventIds.map((eventId) => {
    const own = facts.filter((f) => f.eventId === eventId && f.status === 'confirmed');
    const present = (codes: (f: AudienceFact) => (string | null)[]) => new Set(own.flatMap(codes));
    const roles = present((f) => [f.roleCategory]);
    const types = present((f) => [f.organisationType]);
    const levels = present((f) => f.educationLevels);
    return {
      eventId,
      roleCategories: order.roleCategories.filter((c) => !roles.has(c)),
      organisationTypes: order.organisationTypes.filter((c) => !types.has(c)),
      educationLevels: order.educationLevels.filter((c) => !levels.has(c)),
    };
  });
}
