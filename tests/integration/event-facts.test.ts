// The facts of an event (issue 17): the regions it covers besides its owning one, its organising
// body, and registration elsewhere. An event covering TAYS and KYS is listed, filtered, fed and
// counted under both — once in national totals — and is still managed only by its owning region.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { asc, eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import { auditLog, events, registrations } from '@/db/schema';
import { resetConfig } from '@/lib/config';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { loadCatalogue } from '@/lib/events/catalogue';
import { getPublicEvent, listUpcomingEvents } from '@/lib/events/queries';
import { eventSchema } from '@/lib/events/editor-schema';
import { createEvent as createInEditor, updateEvent } from '@/lib/events/editor';
import { getEventForEdit } from '@/lib/events/editor-read';
import { areaStats, overviewStats } from '@/lib/stats/queries';
import { GET as regionGET } from '@/app/calendar/region/[file]/route';
import { organisingBodyNames, ownRegion } from '@/lib/events/organising-body';
import { registerParticipant } from '@/lib/registrations/service';
import { handleRegistrationFormPost } from '@/lib/registrations/form-post';
import { POST as registerPOST } from '@/app/api/events/[slug]/registrations/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { person } from '../support/registrations';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as eventGET } from '@/app/api/events/[slug]/route';
import { eventJsonLd } from '@/lib/events/json-ld';

useTestDatabase();

const DAY = 86_400_000;
const now = new Date();
const period = { from: '2000-01-01', to: '2099-12-31' };
const people: Record<'admin' | 'tays' | 'kys', Organiser> = {} as never;
const ids: Record<string, number> = {};

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

const ics = (code: string, query = '') =>
  regionGET(new NextRequest(`http://localhost/calendar/region/${code}.ics${query}`), {
    params: Promise.resolve({ file: `${code}.ics` }),
  })
    .then((r) => r.text())
    .then((t) => t.replace(/\r\n[ \t]/g, '')); // unfolded

async function attend(eventId: number, n: number) {
  await db()
    .insert(registrations)
    .values(
      Array.from({ length: n }, (_, i) => ({
        eventId,
        status: 'confirmed' as const,
        attendance: 'onsite' as const,
        attendedOnsite: true,
        firstName: 'T',
        lastName: `T${i}`,
        email: `facts.${eventId}.${i}@example.fi`,
        organisation: 'O',
        consent: true,
        municipalityCode: '837',
        sectorCode: 'education',
      })),
    );
}

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  resetConfig();
  people.admin = await organiser('facts-admin@kokoon.example', 'admin', []);
  people.tays = await organiser('facts-tays@kokoon.example', 'organiser', ['TAYS']);
  people.kys = await organiser('facts-kys@kokoon.example', 'organiser', ['KYS']);
  ids.mindme = (
    await createEvent({
      slug: 'facts-mindme',
      titleFi: 'MindMe-koulutus',
      scope: 'region',
      regionCode: 'TAYS',
      extraRegionCodes: ['KYS'],
      startsAt: new Date(now.getTime() + 10 * DAY),
    })
  ).id;
  ids.kysOwn = (await createEvent({ slug: 'facts-kys-own', scope: 'region', regionCode: 'KYS' })).id;
  ids.oys = (await createEvent({ slug: 'facts-oys', scope: 'region', regionCode: 'OYS' })).id;
  // Held events for the statistics: one covering TAYS and KYS, one of KYS alone.
  ids.heldShared = (
    await createEvent({
      slug: 'facts-held-shared',
      scope: 'region',
      regionCode: 'TAYS',
      extraRegionCodes: ['KYS'],
      startsAt: new Date(now.getTime() - 40 * DAY),
    })
  ).id;
  ids.heldKys = (
    await createEvent({
      slug: 'facts-held-kys',
      scope: 'region',
      regionCode: 'KYS',
      startsAt: new Date(now.getTime() - 30 * DAY),
    })
  ).id;
  await attend(ids.heldShared, 4);
  await attend(ids.heldKys, 2);
});

describe('an event covering several regions', () => {
  it('is in the catalogue, region list and embed list of each region it covers, and no other', async () => {
    for (const region of ['TAYS', 'KYS']) {
      const page = await loadCatalogue({ region }, 'upcoming', now);
      expect(page.events.map((e) => e.slug)).toContain('facts-mindme');
    }
    const oys = await listUpcomingEvents({ region: 'OYS' }, now);
    expect(oys.map((e) => e.slug)).toEqual(['facts-oys']);
    const kys = await listUpcomingEvents({ region: 'KYS' }, now);
    expect(kys.map((e) => e.slug).sort()).toEqual(['facts-kys-own', 'facts-mindme']);
  });

  it('names all its regions, the owning one first, on its card', async () => {
    const [e] = (await listUpcomingEvents({ region: 'KYS' }, now)).filter((x) => x.slug === 'facts-mindme');
    expect(e.regionCode).toBe('TAYS');
    expect(e.extraRegionCodes).toEqual(['KYS']);
    expect(e.extraRegionNamesFi).toEqual(['KYS-alue (Kuopio)']);
    expect(e.extraRegionNamesSv).toEqual(['KUS-området (Kuopio)']);
  });

  it("is in each covered region's iCal feed", async () => {
    expect(await ics('kys', '?national=0')).toContain('MindMe-koulutus');
    expect(await ics('tays', '?national=0')).toContain('MindMe-koulutus');
    expect(await ics('oys', '?national=0')).not.toContain('MindMe-koulutus');
  });

  it('counts in each region it covers and once in the total', async () => {
    const r = await overviewStats(people.admin, period, now);
    if (!r.ok) throw new Error('overview');
    const row = (area: string) => r.value.rows.find((x) => x.area === area)!;
    expect(row('TAYS').totals.events).toBe(1);
    expect(row('KYS').totals.events).toBe(2);
    expect(row('KYS').totals.attended.onsite).toBe(6);
    expect(row('TAYS').totals.attended.onsite).toBe(4);
    expect(r.value.total.totals.events).toBe(2);
    expect(r.value.total.totals.attended.onsite).toBe(6);
    // The trend: per region in each, the total once.
    expect(r.value.trend.total.current).toBe(6);
    expect(r.value.trend.regions.find((x) => x.code === 'KYS')?.current).toBe(6);
    expect(r.value.trend.regions.find((x) => x.code === 'TAYS')?.current).toBe(4);
  });

  it("is in a covered region's own statistics for that region's organiser", async () => {
    const r = await areaStats(people.kys, 'KYS', period, now);
    if (!r.ok) throw new Error('area');
    expect(r.value.stats.held.totals.events).toBe(2);
  });

  it('gives a covered region no rights on it: only its owning region manages it', async () => {
    expect(await getEventForEdit(people.kys, ids.mindme)).toBeNull();
    expect(await getEventForEdit(people.tays, ids.mindme)).not.toBeNull();
  });
});

describe('the editor: "also covers regions"', () => {
  it('saves the extra regions (not the owning one again), shows them in the form and audits them', async () => {
    const input = eventSchema.parse(formValues({ extraRegionCodes: ['KYS', 'OYS', 'TAYS'] }));
    const created = await createInEditor(people.tays, input, now);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [row] = await db().select().from(events).where(eq(events.id, created.value.id));
    expect(row.extraRegionCodes).toEqual(['KYS', 'OYS']);
    const edit = await getEventForEdit(people.tays, created.value.id);
    expect(edit?.values.extraRegionCodes).toEqual(['KYS', 'OYS']);

    const saved = await updateEvent(
      people.tays,
      created.value.id,
      eventSchema.parse(formValues({ extraRegionCodes: ['HYKS'] })),
      now,
    );
    expect(saved.ok).toBe(true);
    const [after] = await db().select().from(events).where(eq(events.id, created.value.id));
    expect(after.extraRegionCodes).toEqual(['HYKS']);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `event:${created.value.id}`))
      .orderBy(asc(auditLog.id));
    expect(audit.at(-1)?.summary).toMatchObject({
      before: { extraRegionCodes: ['KYS', 'OYS'] },
      after: { extraRegionCodes: ['HYKS'] },
    });
  });

  it('refuses an unknown region with a translated message and saves nothing', async () => {
    const r = await createInEditor(
      people.tays,
      eventSchema.parse(formValues({ titleFi: 'Ei tallennu', extraRegionCodes: ['XYZ'] })),
      now,
    );
    expect(r).toMatchObject({ ok: false, fields: { extraRegionCodes: 'editor.validation.extraRegions' } });
    expect(await db().select().from(events).where(eq(events.titleFi, 'Ei tallennu'))).toEqual([]);
  });

  it('keeps a national event without regions', () => {
    const input = eventSchema.parse(
      formValues({ scope: 'national', regionCode: '', provinceCode: '', extraRegionCodes: ['KYS'] }),
    );
    expect(input.extraRegionCodes).toEqual([]);
  });
});

describe('the organising body', () => {
  it('defaults to the VIP network of the owning region, in both languages, on the card and in the feed', async () => {
    const [e] = (await listUpcomingEvents({ region: 'KYS' }, now)).filter((x) => x.slug === 'facts-mindme');
    expect(organisingBodyNames(e, ownRegion(e))).toEqual({
      fi: 'VIP-verkosto, TAYS-alue',
      sv: 'VIP-nätverket, TAYS-området',
    });
    expect(await ics('kys', '?national=0')).toContain('Järjestäjä: VIP-verkosto\\, TAYS-alue');
    expect(await ics('kys', '?national=0&lang=sv')).toContain('Arrangör: VIP-nätverket\\, TAYS-området');
  });

  it('is a named project, Opetushallitus or an AVI when the editor says so; a project needs its name', async () => {
    const refused = await eventSchema.safeParseAsync(formValues({ organisingBody: 'project', organisingBodyFi: '' }));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['organisingBodyFi'],
      message: 'editor.validation.organisingBodyName',
    });

    const input = eventSchema.parse(
      formValues({ organisingBody: 'project', organisingBodyFi: 'MindMe-hanke', organisingBodySv: 'MindMe-projektet' }),
    );
    const created = await createInEditor(people.tays, input, now);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [row] = await db().select().from(events).where(eq(events.id, created.value.id));
    expect(organisingBodyNames(row, null)).toEqual({ fi: 'MindMe-hanke', sv: 'MindMe-projektet' });

    // Opetushallitus has no name of its own: one typed in is not kept.
    const saved = await updateEvent(
      people.tays,
      created.value.id,
      eventSchema.parse(formValues({ organisingBody: 'oph', organisingBodyFi: 'Jotain' })),
      now,
    );
    expect(saved.ok).toBe(true);
    const [after] = await db().select().from(events).where(eq(events.id, created.value.id));
    expect(after).toMatchObject({ organisingBody: 'oph', organisingBodyFi: null });
    expect(organisingBodyNames(after, null)).toEqual({ fi: 'Opetushallitus', sv: 'Utbildningsstyrelsen' });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `event:${created.value.id}`))
      .orderBy(asc(auditLog.id));
    expect(audit.at(-1)?.summary).toMatchObject({
      before: { organisingBody: 'project', organisingBodyFi: 'MindMe-hanke' },
      after: { organisingBody: 'oph', organisingBodyFi: null },
    });
    expect(organisingBodyNames({ ...after, organisingBody: 'avi' }, null).sv).toBe('Regionförvaltningsverket');
  });
});

describe('listed with registration elsewhere', () => {
  const url = 'https://www.avi.fi/koulutukset/ilmoittaudu?id=42';
  let slug = '';
  let id = 0;
  beforeAll(async () => {
    const e = await createEvent({
      slug: 'facts-avi',
      scope: 'region',
      regionCode: 'KYS',
      organisingBody: 'avi',
      registrationUrl: url,
      capacityOnsite: null,
    });
    slug = e.slug;
    id = e.id;
  });

  const count = async () => (await db().select().from(registrations).where(eq(registrations.eventId, id))).length;

  it('refuses a sign-up in the service with the page to go to, and stores nothing', async () => {
    const r = await registerParticipant(slug, person(), now);
    expect(r).toMatchObject({ ok: false, error: 'registration.elsewhere', values: { url } });
    expect(await count()).toBe(0);
  });

  it('refuses POST /api/events/{slug}/registrations with 409 registration_elsewhere, the url and a translated message', async () => {
    for (const [language, text] of [
      ['fi', 'ilmoittaudutaan järjestäjän omalla sivulla'],
      ['sv', 'anmäler man sig på arrangörens egen sida'],
    ] as const) {
      const res = await registerPOST(
        new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.7.0.${language === 'fi' ? 1 : 2}` },
          body: JSON.stringify(person({ language })),
        }),
        { params: Promise.resolve({ slug }) },
      );
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: string; url: string; message: string };
      expect(body.error).toBe('registration_elsewhere');
      expect(body.url).toBe(url);
      expect(body.message).toContain(text);
    }
    expect(await count()).toBe(0);
  });

  it('refuses the no-JavaScript form post too, with the page named', async () => {
    const res = await handleRegistrationFormPost(
      new NextRequest(`http://localhost:3000/fi/events/${slug}/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: '10.7.0.3' },
        body: new URLSearchParams({
          firstName: 'Noora',
          lastName: 'Lomake',
          email: 'noora.lomake@ouka.example',
          organisation: 'Oulun kaupunki',
          municipality: '564',
          sector: 'education',
          role: '',
          attendance: 'onsite',
          diet: '',
          accessNeeds: '',
          language: 'fi',
          website: '',
          consent: 'on',
        }).toString(),
      }),
      slug,
      'fi',
      'n0nce',
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('järjestäjän omalla sivulla');
    expect(html).toContain('https://www.avi.fi/koulutukset/ilmoittaudu?id=42');
    expect(await count()).toBe(0);
  });

  it('the editor takes only an https address, with a translated error, and then keeps no places', async () => {
    for (const bad of ['http://www.avi.fi/ilmoittaudu', 'javascript:alert(1)', 'www.avi.fi']) {
      const r = eventSchema.safeParse(formValues({ registrationUrl: bad }));
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({
        path: ['registrationUrl'],
        message: 'editor.validation.registrationUrl',
      });
    }
    const input = eventSchema.parse(formValues({ registrationUrl: url, capacityOnsite: '' }));
    expect(input).toMatchObject({ registrationUrl: url, capacityOnsite: null, capacityRemote: null });
    const created = await createInEditor(
      people.kys,
      { ...input, regionCode: 'KYS', provinceCode: null, scope: 'region' },
      now,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const [row] = await db().select().from(events).where(eq(events.id, created.value.id));
    expect(row).toMatchObject({ registrationUrl: url, capacityOnsite: null });
  });

  it('is not moved elsewhere while people are registered in Kokoon', async () => {
    const e = await createEvent({
      slug: 'facts-has-people',
      scope: 'province',
      regionCode: 'TAYS',
      provinceCode: '06',
    });
    expect((await registerParticipant(e.slug, person(), now)).ok).toBe(true);
    const r = await updateEvent(
      people.tays,
      e.id,
      eventSchema.parse(formValues({ registrationUrl: url, startDate: '2027-10-30', endDate: '2027-10-30' })),
      now,
    );
    expect(r).toMatchObject({ ok: false, fields: { registrationUrl: 'editor.validation.registrationUrlInUse' } });
    const [row] = await db().select().from(events).where(eq(events.id, e.id));
    expect(row.registrationUrl).toBeNull();
  });
});

describe('the public API, feeds and JSON-LD', () => {
  type Entry = {
    slug: string;
    regions: string[];
    organisingBody: { fi: string; sv: string };
    registration: 'kokoon' | { external: string };
  };
  const list = async (query: string) =>
    ((await (await eventsGET(new NextRequest(`http://localhost/api/events${query}`))).json()) as { events: Entry[] })
      .events;

  it('GET /api/events: regions (owning first), organisingBody {fi,sv} and registration', async () => {
    const national = await createEvent({ slug: 'facts-national', scope: 'national', organisingBody: 'oph' });
    const kys = await list('?region=KYS');
    expect(kys.find((e) => e.slug === 'facts-mindme')).toMatchObject({
      regions: ['TAYS', 'KYS'],
      organisingBody: { fi: 'VIP-verkosto, TAYS-alue', sv: 'VIP-nätverket, TAYS-området' },
      registration: 'kokoon',
    });
    expect(kys.find((e) => e.slug === 'facts-avi')).toMatchObject({
      regions: ['KYS'],
      organisingBody: { fi: 'Aluehallintovirasto', sv: 'Regionförvaltningsverket' },
      registration: { external: 'https://www.avi.fi/koulutukset/ilmoittaudu?id=42' },
    });
    expect((await list('?region=national')).find((e) => e.slug === national.slug)).toMatchObject({
      regions: [],
      organisingBody: { fi: 'Opetushallitus', sv: 'Utbildningsstyrelsen' },
      registration: 'kokoon',
    });
  });

  it('GET /api/events/{slug} has the same three fields', async () => {
    const res = await eventGET(new NextRequest('http://localhost/api/events/facts-avi'), {
      params: Promise.resolve({ slug: 'facts-avi' }),
    });
    expect(await res.json()).toMatchObject({
      slug: 'facts-avi',
      regions: ['KYS'],
      registration: { external: 'https://www.avi.fi/koulutukset/ilmoittaudu?id=42' },
    });
  });

  it("an external event's calendar entry names its organiser and sends people to the external page", async () => {
    const feed = await ics('kys', '?national=0');
    const block = feed.slice(feed.indexOf('facts-avi') - 2000, feed.indexOf('facts-avi') + 2000);
    expect(block).toContain('Järjestäjä: Aluehallintovirasto');
    expect(feed).toContain('Ilmoittautuminen ja lisätiedot: https://www.avi.fi/koulutukset/ilmoittaudu?id=42');
  });

  it('JSON-LD names the organising body as organizer and the external page as the offer', async () => {
    const e = (await getPublicEvent('facts-avi', now))!;
    const ld = eventJsonLd(e, 'sv', 'https://kokoon.example/sv/events/facts-avi');
    expect(ld.organizer).toMatchObject({ '@type': 'Organization', name: 'Regionförvaltningsverket' });
    expect(ld.offers).toMatchObject({ url: 'https://www.avi.fi/koulutukset/ilmoittaudu?id=42' });
  });
});
