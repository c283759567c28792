// Issue 16: a municipality can be given in either language on either page — "Vaasa" on /sv and
// "Helsingfors" on /fi — by the sign-up API and by the forms' shared type-ahead; a name that is no
// municipality is still refused with the translated message, and nothing is saved.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { getReferenceData } from '@/lib/reference';
import { findMunicipality, municipalityOptions } from '@/lib/registrations/municipality-names';

useTestDatabase();

let slug = '';
let ip = 0;
const post = (body: unknown) => {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.9.0.${ip}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
};
const codeOf = async (email: string) =>
  (
    await db().select({ m: registrations.municipalityCode }).from(registrations).where(eq(registrations.email, email))
  )[0]?.m;

beforeAll(async () => {
  slug = (await createEvent({ capacityOnsite: 20 })).slug;
});

describe('a municipality in either language', () => {
  it('is accepted by the sign-up API by its Finnish or Swedish name as well as its code', async () => {
    expect((await post({ ...person({ email: 'a@vasa.example', language: 'sv' }), municipality: 'Vaasa' })).status).toBe(
      201,
    );
    expect(
      (await post({ ...person({ email: 'b@vasa.example', language: 'sv' }), municipality: ' vasa ' })).status,
    ).toBe(201);
    expect(
      (await post({ ...person({ email: 'c@hki.example', language: 'fi' }), municipality: 'Helsingfors' })).status,
    ).toBe(201);
    expect((await post({ ...person({ email: 'd@hki.example' }), municipality: '091' })).status).toBe(201);
    expect(await codeOf('a@vasa.example')).toBe('905');
    expect(await codeOf('b@vasa.example')).toBe('905');
    expect(await codeOf('c@hki.example')).toBe('091');
  });

  it('still refuses a name that is no municipality, with the translated message, and saves nothing', async () => {
    const r = await post({ ...person({ email: 'e@nowhere.example', language: 'sv' }), municipality: 'Atlantis' });
    expect(r.status).toBe(422);
    const body = await r.json();
    expect(body.fields.municipality).toMatch(/kommun/i);
    expect(await codeOf('e@nowhere.example')).toBeUndefined();
  });

  it("is found by the forms' type-ahead on either page, suggesting the page's names first", async () => {
    const ref = await getReferenceData();
    const sv = municipalityOptions(ref.municipalities, 'sv');
    const fi = municipalityOptions(ref.municipalities, 'fi');
    expect(findMunicipality(sv, 'Vaasa')?.code).toBe('905');
    expect(findMunicipality(sv, 'Vasa')).toMatchObject({ code: '905', name: 'Vasa' });
    expect(findMunicipality(fi, 'helsingfors')).toMatchObject({ code: '091', name: 'Helsinki' });
    expect(findMunicipality(fi, 'Joensuu')?.code).toBe('167');
    expect(findMunicipality(fi, 'Atlantis')).toBeUndefined();
    expect(sv.find((m) => m.code === '167')).toEqual({ code: '167', name: 'Joensuu' }); // no Swedish name, no alternative
  });
});
