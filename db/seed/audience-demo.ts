// Demo answers to the audience questions (issue 15 §3), derived from each demo person (their
// role title, sector and address) rather than the seed's random stream, so the rest of the demo
// data stays as it was and a returning person answers the same way at every event.
import { createHash } from 'node:crypto';
import type { Tx } from '@/db/client';
import { registrationAudience, registrationEducationLevels } from '@/db/schema';

const ROLE_CATEGORY: Record<string, string> = {
  Erityisopettaja: 'special_education_teacher',
  Rehtori: 'principal',
  Koulukuraattori: 'school_social_worker',
  Koulupsykologi: 'school_psychologist',
  Sosiaalityöntekijä: 'child_protection',
  Terveydenhoitaja: 'school_nurse',
  Opetuspäällikkö: 'administration',
  Lastenpsykiatri: 'health_care',
  'Ohjaava opettaja': 'teacher',
  Tutkija: 'research',
};

type Person = { id: number; email: string; role: string | null; sectorCode: string | null };

/** 0…1, fixed per address and purpose. */
function chance(email: string, purpose: string): number {
  return createHash('sha256').update(`${purpose}:${email}`).digest().readUInt32BE(0) / 0x1_0000_0000;
}

function pick<T>(x: number, options: [T, number][]): T {
  let acc = 0;
  for (const [v, w] of options) if (x < (acc += w)) return v;
  return options[options.length - 1][0];
}

export async function seedAudienceAnswers(tx: Tx, people: readonly Person[]): Promise<void> {
  const answers: (typeof registrationAudience.$inferInsert)[] = [];
  const levels: (typeof registrationEducationLevels.$inferInsert)[] = [];
  for (const p of people) {
    // About one in twelve signed up through a site that does not ask (the fields are optional).
    if (chance(p.email, 'skip') < 0.08) continue;
    const role = ROLE_CATEGORY[p.role ?? ''] ?? 'other';
    const type =
      p.sectorCode === 'education'
        ? pick(chance(p.email, 'type'), [
            ['municipality', 0.7],
            ['private_provider', 0.1],
            ['state_special_school', 0.1],
            ['university', 0.1],
          ])
        : p.sectorCode === 'other'
          ? pick(chance(p.email, 'type'), [
              ['ngo', 0.5],
              ['authority', 0.3],
              ['university', 0.2],
            ])
          : pick(chance(p.email, 'type'), [
              ['wellbeing_county', 0.85],
              ['hospital', 0.15],
            ]);
    answers.push({
      registrationId: p.id,
      roleCategoryCode: role,
      organisationTypeCode: type,
      vipuContact: chance(p.email, 'vipu') < 0.12,
    });
    const served = new Set<string>();
    const x = chance(p.email, 'levels');
    if (role === 'research' || role === 'administration') served.add(x < 0.5 ? 'basic' : 'other');
    else served.add(x < 0.15 ? 'early_childhood' : x < 0.25 ? 'pre_primary' : x < 0.85 ? 'basic' : 'upper_secondary');
    if (chance(p.email, 'second level') < 0.35) served.add(x < 0.5 ? 'pre_primary' : 'upper_secondary');
    for (const levelCode of served) levels.push({ registrationId: p.id, levelCode });
  }
  for (let i = 0; i < answers.length; i += 1000)
    await tx.insert(registrationAudience).values(answers.slice(i, i + 1000));
  for (let i = 0; i < levels.length; i += 1000)
    await tx.insert(registrationEducationLevels).values(levels.slice(i, i + 1000));
}
