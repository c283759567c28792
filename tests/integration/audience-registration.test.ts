// Issue 15 §3: the sign-up takes role category, organisation type, education levels and VIPU
// contact person — optional, checked against the admin's active lists, stored with the registration
// in its one call, and nothing stored when any of them is wrong.
import { describe, expect, it, beforeAll } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { POST as FORM_POST } from '@/app/[locale]/events/[slug]/sign-up/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { educationLevels, registrations } from '@/db/schema';
import { audienceOf } from '@/lib/audience/store';
import { invalidateAudienceLists } from '@/lib/audience/lists';

useTestDatabase();

let slug = '';
let ip = 0;
function post(body: unknown, s = slug) {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${s}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.1.${Math.floor(ip / 250)}.${ip % 250}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: s }) },
  );
}
async function count() {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from registrations r join events e on e.id = r.event_id where e.slug = ${slug}`,
  );
  return r.n;
}
async function answersOf(email: string) {
  const [r] = await db().select({ id: registrations.id }).from(registrations).where(eq(registrations.email, email));
  return (await audienceOf([r.id])).get(r.id);
}

beforeAll(async () => {
  slug = (await createEvent({ capacityOnsite: 1, waitlistEnabled: true })).slug;
});

describe('audience fields of POST /api/events/{slug}/registrations', () => {
  it('stores role category, organisation type, several levels and VIPU contact with a confirmed and a waitlisted sign-up', async () => {
    const a = person({
      roleCategory: 'principal',
      organisationType: 'municipality',
      educationLevels: ['basic', 'pre_primary', 'basic'],
      vipuContact: true,
    });
    const res = await post(a);
    expect(res.status).toBe(201);
    expect(await answersOf(a.email)).toEqual({
      roleCategory: 'principal',
      organisationType: 'municipality',
      educationLevels: ['basic', 'pre_primary'],
      vipuContact: true,
    });
    const b = person({ roleCategory: 'school_nurse', educationLevels: ['upper_secondary'], vipuContact: false });
    expect(await (await post(b)).json()).toEqual({ status: 'waitlisted', position: 1 });
    expect(await answersOf(b.email)).toEqual({
      roleCategory: 'school_nurse',
      organisationType: null,
      educationLevels: ['upper_secondary'],
      vipuContact: false,
    });
  });

  it('keeps working for a client that sends none of them (they are optional)', async () => {
    const p = person();
    expect((await post(p)).status).toBe(201);
    expect(await answersOf(p.email)).toBeUndefined();
  });

  it('answers 422 with a translated message per bad field, in the chosen language, and stores nothing', async () => {
    const before = await count();
    const fi = await post({
      ...person(),
      roleCategory: 'astronaut',
      organisationType: 'Kunta!',
      educationLevels: ['basic', 'university'],
      vipuContact: 'yes',
    });
    expect(fi.status).toBe(422);
    expect((await fi.json()).fields).toEqual({
      organisationType: 'Valitse organisaation tyyppi luettelosta.',
      vipuContact: 'Kerro, oletko VIPU-yhteyshenkilö (kyllä tai ei).',
    });
    // Shape fine, codes unknown: refused after the schema, still in the person's language.
    const sv = await post({
      ...person({ language: 'sv' }),
      roleCategory: 'astronaut',
      educationLevels: ['basic', 'university'],
    });
    expect(sv.status).toBe(422);
    expect((await sv.json()).fields).toEqual({
      roleCategory: 'Välj yrkesgrupp i listan.',
      educationLevels: 'Välj utbildningsstadier i listan.',
    });
    expect((await post({ ...person(), educationLevels: 'basic' })).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('refuses a level the admin has deactivated, and a duplicate sign-up changes no answers', async () => {
    await db().update(educationLevels).set({ active: false }).where(eq(educationLevels.code, 'other'));
    invalidateAudienceLists();
    try {
      const res = await post({ ...person(), educationLevels: ['other'] });
      expect(res.status).toBe(422);
    } finally {
      await db().update(educationLevels).set({ active: true }).where(eq(educationLevels.code, 'other'));
      invalidateAudienceLists();
    }
    const p = person({ roleCategory: 'teacher' });
    await post(p);
    expect((await post({ ...p, roleCategory: 'principal' })).status).toBe(409);
    expect((await answersOf(p.email))?.roleCategory).toBe('teacher');
  });

  it('takes the same answers from the form posted without JavaScript', async () => {
    const p = person();
    const form = new URLSearchParams({
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      organisation: p.organisation,
      municipality: '091',
      sector: 'education',
      attendance: 'onsite',
      language: 'sv',
      consent: 'on',
      roleCategory: 'research',
      organisationType: 'university',
      vipuContact: 'on',
    });
    form.append('educationLevels', 'basic');
    form.append('educationLevels', 'early_childhood');
    ip += 1;
    const res = await FORM_POST(
      new NextRequest(`http://localhost/sv/events/${slug}/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: `10.2.0.${ip % 250}` },
        body: form.toString(),
      }),
      { params: Promise.resolve({ locale: 'sv', slug }) },
    );
    expect(res.status).toBe(201);
    expect(await answersOf(p.email)).toEqual({
      roleCategory: 'research',
      organisationType: 'university',
      educationLevels: ['basic', 'early_childhood'],
      vipuContact: true,
    });
  });
});
