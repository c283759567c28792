// Closed and invited events (issue 17): an unlisted or invited event is in no public list — the
// catalogue and its month filter, the region page, a series page, /api/events, the public .ics feeds
// (region, province, theme), the materials bank and /api/materials, the sitemap — yet its own page,
// its .ics download and its participants' personal feeds keep it. An invited event takes only
// addresses on its list, at the API as in the form; an organiser's paste is validated as a whole and
// each new address gets its invitation mail.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent, createSeries } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { eventInvitations, eventMaterials, materialFiles, mailOutbox, registrations } from '@/db/schema';
import { resetConfig } from '@/lib/config';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { loadCatalogue } from '@/lib/events/catalogue';
import {
  getPublicEvent,
  getPublicSeries,
  listPastEvents,
  listUpcomingEvents,
  upcomingMonths,
} from '@/lib/events/queries';
import { listMaterialsBank } from '@/lib/materials/bank';
import { buildPersonalFeed } from '@/lib/calendar/feeds';
import { findInvitation, inviteToEvent, listInvitations } from '@/lib/invitations/service';
import { renderOutgoing } from '@/lib/mail/worker';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as eventGET } from '@/app/api/events/[slug]/route';
import { POST as registerPOST } from '@/app/api/events/[slug]/registrations/route';
import { GET as allGET } from '@/app/calendar/all.ics/route';
import { GET as regionGET } from '@/app/calendar/region/[file]/route';
import { GET as themeGET } from '@/app/calendar/theme/[file]/route';
import { GET as provinceGET } from '@/app/calendar/province/[file]/route';
import { GET as materialsGET } from '@/app/api/materials/route';
import sitemap from '@/app/sitemap';
import robots from '@/app/robots';
import { resolveRouteData } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { GET as eventIcsGET } from '@/app/calendar/events/[file]/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { formValues } from '../support/event-form';
import { eventSchema } from '@/lib/events/editor-schema';
import { updateEvent } from '@/lib/events/editor';
import { getEventForEdit } from '@/lib/events/editor-read';
import { runRetention } from '@/lib/retention';

useTestDatabase();

const DAY = 86_400_000;
const now = new Date();
const slugs = { public: 'nak-julkinen', unlisted: 'nak-piilotettu', invited: 'nak-kutsu' } as const;
const ids = {} as Record<keyof typeof slugs, number>;
let seriesSlug = '';
let admin: Organiser;
let otherRegion: Organiser;
let ip = 0;

function register(slug: string, body: unknown) {
  ip += 1;
  return registerPOST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.9.0.${ip}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

const text = (res: Response) => res.text();
const ics = (path: string, get: typeof regionGET, file: string) =>
  get(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ file }) }).then(text);
const registrationCount = async (eventId: number) =>
  (
    await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(eq(registrations.eventId, eventId))
  )[0].n;

beforeAll(async () => {
  process.env.APP_URL = 'https://kokoon.example';
  process.env.APP_SECRET = 'event-visibility-test-secret-0123456789abcdef';
  process.env.AUTH_SECRET = 'event-visibility-test-auth-secret-0123456789';
  resetConfig();
  const series = await createSeries(`nak-sarja-${Math.random().toString(36).slice(2, 8)}`);
  seriesSlug = series.slug;
  for (const visibility of ['public', 'unlisted', 'invited'] as const) {
    const e = await createEvent({
      slug: slugs[visibility],
      visibility,
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: `Näkyvyys ${visibility}`,
      themeSlugs: ['sijoitetut-lapset'],
      seriesId: series.id,
      startsAt: new Date(now.getTime() + 20 * DAY),
      endsAt: new Date(now.getTime() + 20 * DAY + 3 * 3600_000),
    });
    ids[visibility] = e.id;
    // A past twin with public materials, for the past list and the materials bank.
    const past = await createEvent({
      slug: `${slugs[visibility]}-mennyt`,
      visibility,
      scope: 'region',
      regionCode: 'HYKS',
      startsAt: new Date(now.getTime() - 20 * DAY),
      endsAt: new Date(now.getTime() - 20 * DAY + 3600_000),
    });
    await db()
      .insert(eventMaterials)
      .values({
        eventId: past.id,
        kind: 'link',
        titleFi: `Diat ${visibility}`,
        url: 'https://example.org/diat.pdf',
        visibility: 'public',
      });
  }
  admin = {
    id: await inviteOrganiser(db(), { email: 'nak-admin@kokoon.example', role: 'admin', regions: [] }),
    email: 'nak-admin@kokoon.example',
    name: null,
    role: 'admin',
    regions: [],
  };
  otherRegion = {
    id: await inviteOrganiser(db(), { email: 'nak-oys@kokoon.example', role: 'organiser', regions: ['OYS'] }),
    email: 'nak-oys@kokoon.example',
    name: null,
    role: 'organiser',
    regions: ['OYS'],
  };
});

describe('an unlisted or invited event is in no public list', () => {
  const hidden = [slugs.unlisted, slugs.invited];
  const expectOnlyPublic = (found: string[]) => {
    expect(found).toContain(slugs.public);
    for (const s of hidden) expect(found).not.toContain(s);
  };

  it('GET /api/events', async () => {
    const body = (await (await eventsGET(new NextRequest('http://localhost/api/events?region=HYKS'))).json()) as {
      events: { slug: string }[];
    };
    expectOnlyPublic(body.events.map((e) => e.slug));
    const all = await (await eventsGET(new NextRequest('http://localhost/api/events'))).text();
    for (const s of hidden) expect(all).not.toContain(s);
  });

  it('the public .ics feeds (all, region, theme)', async () => {
    const feeds = [
      await allGET(new NextRequest('http://localhost/calendar/all.ics')).then(text),
      await ics('/calendar/region/hyks.ics', regionGET, 'hyks.ics'),
      await ics('/calendar/theme/sijoitetut-lapset.ics', themeGET, 'sijoitetut-lapset.ics'),
    ];
    for (const feed of feeds) {
      expect(feed).toContain(`/events/${slugs.public}`);
      for (const s of hidden) expect(feed).not.toContain(`/events/${s}`);
    }
  });

  it('the catalogue, its filters and its month list; the past events', async () => {
    expectOnlyPublic((await loadCatalogue({}, 'upcoming')).events.map((e) => e.slug));
    expectOnlyPublic(
      (await loadCatalogue({ region: 'HYKS', theme: 'sijoitetut-lapset' }, 'upcoming')).events.map((e) => e.slug),
    );
    expectOnlyPublic((await listPastEvents({ region: 'HYKS' })).map((e) => e.slug.replace(/-mennyt$/, '')));
    // A month that has only a hidden event is not offered in the month filter.
    const lonely = await createEvent({ visibility: 'unlisted', startsAt: new Date(now.getTime() + 400 * DAY) });
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' })
      .format(lonely.startsAt)
      .slice(0, 7);
    expect(await upcomingMonths()).not.toContain(month);
  });

  it('the region page and the series page', async () => {
    expectOnlyPublic((await listUpcomingEvents({ region: 'HYKS' })).map((e) => e.slug));
    const series = await getPublicSeries(seriesSlug);
    expectOnlyPublic(series!.sessions.map((e) => e.slug));
  });

  it('the materials bank', async () => {
    const bank = await listMaterialsBank({});
    expectOnlyPublic(bank.map((e) => e.slug.replace(/-mennyt$/, '')));
  });

  it('GET /api/materials: not a material of theirs, nor their slug, whatever the search', async () => {
    const list = async (q = '') =>
      (await (await materialsGET(new NextRequest(`http://localhost/api/materials${q}`))).json()) as {
        title: { fi: string };
        event: string | null;
      }[];
    for (const q of ['', '?q=diat', '?kind=link', '?lang=fi']) {
      const found = await list(q);
      expect(found.find((m) => m.title.fi === 'Diat public')?.event, q).toBe(`${slugs.public}-mennyt`);
      expect(found.map((m) => m.title.fi)).not.toContain('Diat unlisted');
      expect(found.map((m) => m.title.fi)).not.toContain('Diat invited');
      for (const s of hidden) expect(JSON.stringify(found)).not.toContain(s);
    }
  });

  it('a province feed', async () => {
    for (const visibility of ['public', 'unlisted', 'invited'] as const)
      await createEvent({
        slug: `${slugs[visibility]}-maakunta`,
        visibility,
        scope: 'province',
        regionCode: 'TAYS',
        provinceCode: '06',
        startsAt: new Date(now.getTime() + 30 * DAY),
        endsAt: new Date(now.getTime() + 30 * DAY + 3600_000),
      });
    const feed = await ics('/calendar/province/06.ics', provinceGET, '06.ics');
    expect(feed).toContain(`/events/${slugs.public}-maakunta`);
    for (const s of hidden) expect(feed).not.toContain(`/events/${s}-maakunta`);
  });

  it('the sitemap (robots.txt points to it)', async () => {
    const draft = await createEvent({ slug: 'nak-luonnos', status: 'draft', scope: 'region', regionCode: 'HYKS' });
    const hiddenSeries = await createSeries(`nak-piilosarja-${Math.random().toString(36).slice(2, 8)}`);
    await createEvent({ visibility: 'unlisted', seriesId: hiddenSeries.id });
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    const base = 'https://kokoon.example';
    for (const l of ['fi', 'sv']) {
      for (const path of ['', '/past', '/materials', '/regions/hyks', `/series/${seriesSlug}`])
        expect(urls).toContain(`${base}/${l}${path}`);
      // Upcoming and past public events, each in both languages.
      expect(urls).toContain(`${base}/${l}/events/${slugs.public}`);
      expect(urls).toContain(`${base}/${l}/events/${slugs.public}-mennyt`);
    }
    for (const s of hidden) expect(urls.filter((u) => u.includes(s))).toEqual([]);
    expect(urls.filter((u) => u.includes(draft.slug) || u.includes(hiddenSeries.slug))).toEqual([]);
    // Each page names its other language (hreflang) in the XML Next sends.
    const fi = entries.find((e) => e.url === `${base}/fi/events/${slugs.public}`)!;
    expect(fi.alternates?.languages).toEqual({
      fi: `${base}/fi/events/${slugs.public}`,
      sv: `${base}/sv/events/${slugs.public}`,
    });
    const xml = resolveRouteData(entries, 'sitemap');
    expect(xml).toContain(
      `<loc>${base}/sv/events/${slugs.public}</loc>\n<xhtml:link rel="alternate" hreflang="fi" href="${base}/fi/events/${slugs.public}" />`,
    );
    expect(robots().sitemap).toBe(`${base}/sitemap.xml`);
  });
});

describe('GET /api/materials links a file on the public base URL', () => {
  it('not on the origin the request came in on (behind a TLS proxy that one is internal)', async () => {
    const [file] = await db()
      .insert(materialFiles)
      .values({ contentType: 'application/pdf', filename: 'ohje.pdf', size: 4, data: new Uint8Array([37, 80, 68, 70]) })
      .returning({ id: materialFiles.id });
    const [material] = await db()
      .insert(eventMaterials)
      .values({
        eventId: ids.public,
        kind: 'slides',
        titleFi: 'Ohje tiedostona',
        fileId: file.id,
        visibility: 'public',
      })
      .returning({ id: eventMaterials.id });
    const res = await materialsGET(new NextRequest('http://10.0.0.12:3000/api/materials?q=tiedostona'));
    const [found] = (await res.json()) as { id: number; url: string }[];
    expect(found).toMatchObject({ id: material.id, url: `https://kokoon.example/api/materials/${material.id}/file` });
  });
});

describe('an unlisted event stays reachable by its link', () => {
  it('has its page, its API entry and its .ics download', async () => {
    expect((await getPublicEvent(slugs.unlisted))?.visibility).toBe('unlisted');
    const api = await eventGET(new NextRequest(`http://localhost/api/events/${slugs.unlisted}`), {
      params: Promise.resolve({ slug: slugs.unlisted }),
    });
    expect(api.status).toBe(200);
    const download = await ics(`/calendar/events/${slugs.unlisted}.ics`, eventIcsGET, `${slugs.unlisted}.ics`);
    expect(download).toContain('BEGIN:VEVENT');
  });

  it("stays in a participant's personal feed", async () => {
    const feed = await buildPersonalFeed([{ eventId: ids.unlisted, status: 'confirmed' }], 'fi');
    expect(feed).toContain(`/events/${slugs.unlisted}`);
  });

  it('anyone with the link may register for an unlisted event', async () => {
    const res = await register(slugs.unlisted, person());
    expect(res.status).toBe(201);
  });
});

describe('an invited event takes only the addresses on its list', () => {
  it('refuses an uninvited address with 403 not_invited, translated, and stores nothing', async () => {
    const before = await registrationCount(ids.invited);
    const mailsBefore = (await db().select({ id: mailOutbox.id }).from(mailOutbox)).length;
    const fi = await register(slugs.invited, person({ email: 'ei.kutsuttu@kunta.example' }));
    expect(fi.status).toBe(403);
    const body = (await fi.json()) as { error: string; message: string };
    expect(body.error).toBe('not_invited');
    expect(body.message).toMatch(/vain kutsutut/);
    const sv = await register(slugs.invited, person({ email: 'inte.inbjuden@kunta.example', language: 'sv' }));
    expect(((await sv.json()) as { message: string }).message).toMatch(/Endast inbjudna/);
    expect(await registrationCount(ids.invited)).toBe(before);
    expect((await db().select({ id: mailOutbox.id }).from(mailOutbox)).length).toBe(mailsBefore);
  });

  it('the organiser adds addresses; each gets an invitation mail with a personal link that finds its address', async () => {
    const r = await inviteToEvent(admin, ids.invited, {
      addresses:
        'Kutsuttu Ensimmäinen <Kutsuttu.Yksi@Kunta.example>\nkutsuttu.kaksi@kunta.example, kutsuttu.yksi@kunta.example',
      language: 'sv',
    });
    expect(r).toEqual({ ok: true, value: { invited: 2, already: 0 } });
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'event_invitation'));
    expect(mails.map((m) => m.toEmail).sort()).toEqual(['kutsuttu.kaksi@kunta.example', 'kutsuttu.yksi@kunta.example']);
    const mail = mails.find((m) => m.toEmail === 'kutsuttu.yksi@kunta.example')!;
    expect(mail.locale).toBe('sv');
    const sent = await renderOutgoing(mail);
    expect(sent.subject).toMatch(/^Inbjudan: /);
    expect(sent.text).toContain('Endast inbjudna kan anmäla sig');
    const link = new RegExp(`https://kokoon\\.example/sv/events/${slugs.invited}/invitation/([A-Za-z0-9_-]{43})`).exec(
      sent.text,
    );
    expect(link, sent.text).not.toBeNull();
    expect(await findInvitation(slugs.invited, link![1])).toEqual({
      email: 'kutsuttu.yksi@kunta.example',
      language: 'sv',
    });
    // The token is only in the mail: the list keeps its hash.
    const [row] = await db()
      .select({ tokenHash: eventInvitations.tokenHash })
      .from(eventInvitations)
      .where(eq(eventInvitations.email, 'kutsuttu.yksi@kunta.example'));
    expect(row.tokenHash).not.toBe(link![1]);

    // The same paste again: nobody new, no second mail.
    const again = await inviteToEvent(admin, ids.invited, {
      addresses: 'kutsuttu.kaksi@kunta.example',
      language: 'fi',
    });
    expect(again).toEqual({ ok: true, value: { invited: 0, already: 1 } });
    expect((await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'event_invitation'))).length).toBe(2);
  });

  it('an invited address gets in (any case, any spaces)', async () => {
    const res = await register(slugs.invited, person({ email: '  Kutsuttu.Kaksi@kunta.EXAMPLE ' }));
    expect(res.status).toBe(201);
    const list = await listInvitations(admin, ids.invited);
    expect(list!.find((i) => i.email === 'kutsuttu.kaksi@kunta.example')?.registered).toBe(true);
    expect(list!.find((i) => i.email === 'kutsuttu.yksi@kunta.example')?.registered).toBe(false);
  });

  it('a paste with one bad address is refused whole, naming it; nothing is stored or mailed', async () => {
    const before = (await listInvitations(admin, ids.invited))!.length;
    const r = await inviteToEvent(admin, ids.invited, {
      addresses: 'hyva.osoite@kunta.example\nei-osoite\nkolmas@kunta.example',
      language: 'fi',
    });
    expect(r).toMatchObject({
      ok: false,
      error: 'invitations.errors.invalidAddresses',
      params: { addresses: 'ei-osoite' },
    });
    expect((await listInvitations(admin, ids.invited))!.length).toBe(before);
    expect(await inviteToEvent(admin, ids.invited, { addresses: ' \n ', language: 'fi' })).toMatchObject({
      ok: false,
      error: 'invitations.errors.empty',
    });
    expect(await inviteToEvent(admin, ids.invited, { addresses: 'a@kunta.example', language: 'en' })).toMatchObject({
      ok: false,
      fields: { language: 'invitations.validation.language' },
    });
  });

  it('invitations go only to invited events, and only by an organiser in scope', async () => {
    expect(await inviteToEvent(admin, ids.unlisted, { addresses: 'a@kunta.example', language: 'fi' })).toMatchObject({
      ok: false,
      error: 'invitations.errors.notInvitedEvent',
    });
    expect(
      await inviteToEvent(otherRegion, ids.invited, { addresses: 'a@kunta.example', language: 'fi' }),
    ).toMatchObject({
      ok: false,
      error: 'invitations.errors.notFound',
    });
    expect(await listInvitations(otherRegion, ids.invited)).toBeNull();
  });

  it('a token of another event or a made-up one finds nothing', async () => {
    expect(await findInvitation(slugs.public, 'x'.repeat(43))).toBeNull();
    expect(await findInvitation(slugs.invited, 'not-a-token')).toBeNull();
  });
});

describe('the editor', () => {
  it('saves the visibility chosen in the event form and shows it when the event is opened again', async () => {
    const e = await createEvent({ scope: 'region', regionCode: 'HYKS', startsAt: new Date(now.getTime() + 40 * DAY) });
    const input = eventSchema.parse(
      formValues({
        scope: 'region',
        regionCode: 'HYKS',
        provinceCode: '',
        titleFi: 'Suljettu kokous',
        startDate: '2030-05-06',
        endDate: '2030-05-06',
        visibility: 'unlisted',
      }),
    );
    expect(await updateEvent(admin, e.id, input)).toMatchObject({ ok: true });
    expect((await getEventForEdit(admin, e.id))?.values.visibility).toBe('unlisted');
    expect((await listUpcomingEvents({})).some((x) => x.id === e.id)).toBe(false);
    expect(eventSchema.safeParse({ ...formValues({}), visibility: 'secret' }).success).toBe(false);
  });
});

describe('retention', () => {
  it("deletes an invited event's list 30 days after the event, and not before", async () => {
    const e = await createEvent({
      visibility: 'invited',
      startsAt: new Date(now.getTime() - 40 * DAY),
      endsAt: new Date(now.getTime() - 40 * DAY + 3600_000),
    });
    const recent = await createEvent({
      visibility: 'invited',
      startsAt: new Date(now.getTime() - 10 * DAY),
      endsAt: new Date(now.getTime() - 10 * DAY + 3600_000),
    });
    for (const id of [e.id, recent.id])
      await db()
        .insert(eventInvitations)
        .values({ eventId: id, email: `vanha.${id}@kunta.example`, tokenHash: `h${id}` });
    await runRetention(now);
    const left = await db().select({ eventId: eventInvitations.eventId }).from(eventInvitations);
    expect(left.some((r) => r.eventId === e.id)).toBe(false);
    expect(left.some((r) => r.eventId === recent.id)).toBe(true);
  });
});
