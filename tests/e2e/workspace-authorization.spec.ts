import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type APIRequestContext } from './support/test';
import { checkInCode } from '@/lib/attendance/qr';
import { cookieHeader, e2eDb, sessionFor } from './support/session';

// The authorization matrix over HTTP against the built app: anonymous, an organiser of another
// region (TAYS), a project organiser named elsewhere (TUVET, on the TUVET series only), the event's
// own organiser (HYKS) and a national admin × every workspace page and
// route handler, and replayed server-action forms. Strangers are sent to the sign-in page; another
// region's ids are answered 404 exactly like ids that do not exist. (The same matrix at the domain
// layer, with every server action, is tests/integration/authorization-matrix.test.ts.)
//
// The entry points come from the file tree (every page.tsx and route.ts under the workspace, and every
// route.ts under app/api/workspace, with the methods each route file exports), so a new page or route
// is in the matrix the day it is added: its
// [param] needs a demo value below, or the first test fails; its answers default to those of an
// event's page (the own region and admins 200, another region 404) unless VARIANTS says otherwise.

type Who = 'anonymous' | 'otherRegion' | 'project' | 'coOrganiser' | 'organiser' | 'admin';
const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = {
  otherRegion: 'tays@kokoon.example',
  project: 'tuvet@kokoon.example',
  coOrganiser: 'kys@kokoon.example',
  organiser: 'hyks@kokoon.example',
  admin: 'admin@kokoon.example',
};

let ids: {
  event: number;
  surveyed: number;
  training: number;
  confirmed: number;
  message: number;
  series: number;
  privacy: string;
  material: number;
  workshop: number;
};
const tokens: Partial<Record<Who, string>> = {};

test.beforeAll(async () => {
  const sql = e2eDb();
  const [event] = await sql`select id from events where slug = 'hyks-verkostopaiva'`;
  // A HYKS session of a TUVET series: a training (certificates), and the project organiser's too.
  const [training] = await sql`
    select e.id from events e join training_series s on s.id = e.series_id
    where e.kind = 'training' and e.region_code = 'HYKS' and s.slug like 'tuvet-%' order by e.starts_at limit 1`;
  const [surveyed] =
    await sql`select e.id from events e join surveys s on s.event_id = e.id where e.slug = 'kymenlaakson-verkostopaiva'`;
  const [confirmed] =
    await sql`select id from registrations where event_id = ${event.id} and status = 'confirmed' and attendance = 'onsite' and checked_in_at is null order by id limit 1`;
  const [message] = await sql`
    insert into event_messages (event_id, audience, subject_fi, body_fi, recipients, sent_by_email, form_key)
    values (${event.id}, 'registrants', 'Matriisitesti', 'Teksti', 0, 'admin@kokoon.example', ${crypto.randomUUID()}) returning id`;
  // A series the HYKS organiser created and has no sessions yet: theirs (and admins'), nobody else's.
  // (The demo's series have sessions in several regions, so only admins may edit them.)
  const [hyks] = await sql`select id from users where email = ${EMAIL.organiser}`;
  const [series] =
    await sql`insert into training_series (slug, title_fi, created_by) values (${`matriisi-${Date.now()}`}, 'Matriisisarja', ${hyks.id}) returning id`;
  await sql`insert into audit_log (user_id, actor_email, action, target) values (${hyks.id}, ${EMAIL.organiser}, 'series.create', ${`series:${series.id}`})`;
  // An admin's reference to a person's data, stored as the privacy page stores one (adminRefHash in
  // lib/privacy/admin.ts: its own hash domain, so it never opens the public my-data page).
  const privacy = randomBytes(32).toString('base64url');
  await sql`insert into data_requests (token_hash, email, expires_at) values (${createHash('sha256').update(`gdpr-admin-ref:${privacy}`).digest('hex')}, 'matriisi@kunta.example', now() + interval '1 hour')`;
  // A material of the HYKS event with an uploaded file: its editor and its file are the event's.
  const [file] = await sql`
    insert into material_files (content_type, filename, size, data)
    values ('application/pdf', 'matriisi.pdf', 9, ${Buffer.from('%PDF-1.4\n')}) returning id`;
  const [material] = await sql`
    insert into event_materials (event_id, kind, title_fi, file_id, visibility)
    values (${event.id}, 'slides', 'Matriisin diat', ${file.id}, 'participants') returning id`;
  // A workshop of the past HYKS event (no sign-ups there to be asked for a pick): its door and sheet.
  const [slot] = await sql`
    insert into programme_slots (event_id, starts_at, ends_at, title_fi, title_sv)
    select id, starts_at, ends_at, 'Matriisipaja', 'Matrisverkstad' from events where id = ${surveyed.id} returning id`;
  const [workshop] = await sql`
    insert into programme_workshops (slot_id, title_fi, title_sv, capacity) values (${slot.id}, 'Matriisi', 'Matris', 5)
    returning id`;
  ids = {
    workshop: workshop.id,
    training: training.id,
    material: material.id,
    event: event.id,
    surveyed: surveyed.id,
    confirmed: confirmed.id,
    message: Number(message.id),
    series: series.id,
    privacy,
  };
  for (const who of Object.keys(EMAIL) as (keyof typeof EMAIL)[]) tokens[who] = await sessionFor(EMAIL[who]);
});

const headers = (who: Who): Record<string, string> =>
  who === 'anonymous' ? {} : { cookie: cookieHeader(tokens[who]!) };

async function status(request: APIRequestContext, entry: Entry, who: Who) {
  const res = await request.fetch(entry.path(), {
    method: entry.method,
    headers: headers(who),
    maxRedirects: 0,
    multipart: entry.multipart?.(),
  });
  return { status: res.status(), location: res.headers().location ?? '' };
}

const WORKSPACE = resolve('app', '[locale]', '(workspace)', 'workspace');
/** The workspace's route handlers outside the locale tree (the material upload: past the 1 MB action limit). */
const API = resolve('app', 'api', 'workspace');

/** A demo value for each dynamic segment, by the folder it follows. */
const PARAMS: Record<string, () => string> = {
  'events/[id]': () => String(ids.event),
  'series/[id]': () => String(ids.series),
  'messages/[messageId]': () => String(ids.message),
  'checkin/[code]': () => checkInCode(ids.confirmed),
  'privacy/[token]': () => ids.privacy,
  'materials/[id]': () => String(ids.material),
};

type Variant = {
  query?: string;
  adminOnly?: boolean;
  ownWorkspace?: boolean;
  anonymous?: number;
  params?: Record<string, () => string>;
  /** The project organiser is named on this entry's event (a TUVET session): 200 for it too. */
  projectNamed?: boolean;
  /** A query made of demo ids, read when the request is made (after beforeAll). */
  queryOf?: () => string;
  /** The form a POST sends (multipart), made of demo ids. */
  multipart?: () => Record<string, string>;
};
/** One workshop's door and sign-in sheet (issue 15 §2), on the past HYKS event that has one. */
const workshopOf = {
  params: { 'events/[id]': () => String(ids.surveyed) },
  queryOf: () => `?workshop=${ids.workshop}`,
};
/** How an entry point differs from an event's page: its query, and who may see it. */
const VARIANTS: Record<string, Variant[]> = {
  '': [{ ownWorkspace: true }],
  'events/new': [{ ownWorkspace: true }],
  'series/new': [{ ownWorkspace: true }],
  feedback: [{ ownWorkspace: true }],
  series: [{ ownWorkspace: true }],
  // Every organiser keeps standalone materials; a material of an event is that event's.
  materials: [{ ownWorkspace: true }],
  // Every organiser's own alert settings (issue 17).
  account: [{ ownWorkspace: true }],
  audience: [{ adminOnly: true }],
  embed: [{ adminOnly: true }],
  'events/[id]/export': [{ query: '?format=csv&list=registrations' }],
  'events/[id]/checkin': [{}, workshopOf],
  'events/[id]/sheet': [{}, workshopOf],
  'events/[id]/stats/export': [{ query: '?format=xlsx' }],
  // A past HYKS event with a survey (the export of an event without one is a 404 for everyone).
  // A certificate preview is a training's: a HYKS session of TUVET, which tuvet@ is named on.
  'events/[id]/certificates': [{ projectNamed: true, params: { 'events/[id]': () => String(ids.training) } }],
  'events/[id]/certificates/sample': [
    { query: '?lang=sv', projectNamed: true, params: { 'events/[id]': () => String(ids.training) } },
  ],
  // A survey invitation's preview needs a survey: the past HYKS event that has one.
  'events/[id]/feedback/invitation': [{ params: { 'events/[id]': () => String(ids.surveyed) } }],
  'events/[id]/feedback/export': [{ query: '?format=csv', params: { 'events/[id]': () => String(ids.surveyed) } }],
  stats: [{ query: '?area=HYKS' }, { query: '?area=all', adminOnly: true }],
  'stats/export': [
    { query: '?area=HYKS&format=csv&table=sectors' },
    { query: '?area=all&format=xlsx', adminOnly: true },
  ],
  organisers: [{ adminOnly: true }],
  audit: [{ adminOnly: true }],
  'audit/export': [{ adminOnly: true, anonymous: 404 }],
  privacy: [{ adminOnly: true }],
  'privacy/[token]': [{ adminOnly: true }],
  // A download by POST (no page to come back to after signing in): a stranger gets the same 404.
  'privacy/[token]/export': [{ adminOnly: true, anonymous: 404 }],
  // The material form's save (JSON answers, so a stranger gets 401, not the sign-in page): the HYKS
  // event's material, its file kept.
  'api/workspace/materials': [
    {
      anonymous: 401,
      query: '?locale=fi',
      multipart: () => ({
        target: `material:${ids.material}`,
        kind: 'slides',
        visibility: 'participants',
        language: 'fi',
        titleFi: 'Matriisin diat',
      }),
    },
  ],
};

/** `base`: where the route's path starts ('/fi/workspace'; '' for app/api/workspace, whose route names say it). */
type Route = { route: string; file: string; methods: string[]; base: string };

/** Every page.tsx and route.ts under `dir`, as "events/[id]/messages", with its HTTP methods. */
function discoverRoutes(dir: string, base: string, at: string[] = []): Route[] {
  const out: Route[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory()) {
      out.push(...discoverRoutes(join(dir, d.name), base, /^\(.*\)$/.test(d.name) ? at : [...at, d.name]));
    } else if (d.name === 'page.tsx') {
      out.push({ route: at.join('/'), file: join(dir, d.name), methods: ['GET'], base });
    } else if (d.name === 'route.ts') {
      const source = readFileSync(join(dir, d.name), 'utf8');
      const methods = [
        ...source.matchAll(/export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
      ].map((m) => m[1]);
      out.push({ route: at.join('/'), file: join(dir, d.name), methods, base });
    }
  }
  return out;
}

/** The route with each [param] filled in; the dynamic segments with no demo value are listed in `missing`. */
function fill(
  route: string,
  overrides: Record<string, () => string> = {},
  base = '/fi/workspace',
): { path: () => string; missing: string[] } {
  const parts = route ? route.split('/') : [];
  const missing: string[] = [];
  const getters = parts.map((p, i) => {
    if (!p.startsWith('[')) return () => p;
    const key = `${parts[i - 1]}/${p}`;
    const value = overrides[key] ?? PARAMS[key];
    if (!value) missing.push(`${key} (in ${route})`);
    return () => value();
  });
  return { path: () => [base, ...getters.map((g) => g())].join('/'), missing };
}

const e = () => `/fi/workspace/events/${ids.event}`;

type Entry = Variant & { route: string; method: string; path: () => string; label: string };
const routes = [...discoverRoutes(WORKSPACE, '/fi/workspace'), ...discoverRoutes(API, '', ['api', 'workspace'])];
const entries: Entry[] = routes.flatMap((r) =>
  r.methods.flatMap((method) =>
    (VARIANTS[r.route] ?? [{}]).map((v) => {
      const { path } = fill(r.route, v.params, r.base);
      return {
        ...v,
        route: r.route,
        method,
        path: () => path() + (v.query ?? '') + (v.queryOf?.() ?? ''),
        label: `${method} ${r.base}/${r.route}${v.query ?? ''}${v.queryOf ? ' (a workshop)' : ''}`,
      };
    }),
  ),
);

test.describe('workspace authorization over HTTP', () => {
  test('finds every workspace page and route file, and has a demo value for each of their parameters', () => {
    // The tree as it is today, so that the discovery itself cannot silently find nothing.
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes.filter((r) => r.route.startsWith('api/workspace/')).length).toBeGreaterThanOrEqual(1);
    expect(
      routes.filter((r) => r.methods.length === 0).map((r) => r.file),
      'route files exporting no HTTP method',
    ).toEqual([]);
    expect(
      routes.flatMap((r) => fill(r.route).missing),
      'dynamic segments with no demo value in PARAMS',
    ).toEqual([]);
    expect(
      Object.keys(VARIANTS).filter((k) => !routes.some((r) => r.route === k)),
      'VARIANTS for routes that no longer exist',
    ).toEqual([]);
  });

  test('sends strangers to the sign-in page from every entry point', async ({ request }) => {
    for (const entry of entries) {
      const r = await status(request, entry, 'anonymous');
      if (entry.anonymous) {
        expect(r.status, entry.label).toBe(entry.anonymous);
        continue;
      }
      // Everything else under app/api/workspace answers a stranger with its own status (VARIANTS).
      expect(
        entry.route.startsWith('api/'),
        `${entry.label}: a route under app/api/workspace needs its anonymous answer`,
      ).toBe(false);
      expect([303, 307], entry.label).toContain(r.status);
      expect(r.location, entry.label).toMatch(/\/fi\/signin/);
    }
  });

  test('answers each signed-in organiser 200 or 404 by role and region', async ({ request }) => {
    test.slow(); // some 250 requests: every entry point × four roles
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const entry of entries) {
      got[entry.label] = {};
      want[entry.label] = {
        otherRegion: entry.ownWorkspace ? 200 : 404,
        project: entry.ownWorkspace || entry.projectNamed ? 200 : 404,
        organiser: entry.adminOnly ? 404 : 200,
        admin: 200,
      };
      for (const who of ['otherRegion', 'project', 'organiser', 'admin'] as const)
        got[entry.label][who] = (await status(request, entry, who)).status;
    }
    expect(got).toEqual(want);
  });

  test('lets a project organiser and a co-organiser reach the events they are named on, and nobody else', async ({
    request,
  }) => {
    test.slow();
    // The demo names tuvet@ on the TUVET series (sessions in several regions) and kys@ on the Lapland
    // network day of OYS (db/seed/organisers.ts).
    const sql = e2eDb();
    const [turku] = await sql`select id from events where slug = 'tuvet-osallisuus-turku'`;
    const [series] = await sql`select id from training_series where slug = 'tuvet-lapsen-osallisuus'`;
    const [lapland] = await sql`select id from events where slug = 'lapin-verkostopaiva'`;
    const pages = (id: number) => [
      `/fi/workspace/events/${id}`,
      `/fi/workspace/events/${id}/edit`,
      `/fi/workspace/events/${id}/checkin`,
      `/fi/workspace/events/${id}/messages`,
      `/fi/workspace/events/${id}/stats`,
      `/fi/workspace/events/${id}/sheet`,
      `/fi/workspace/events/${id}/export?format=csv&list=registrations`,
    ];
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    const check = async (path: string, allowed: Who[]) => {
      got[path] = {};
      want[path] = {};
      for (const who of ['otherRegion', 'project', 'coOrganiser'] as const) {
        want[path][who] = allowed.includes(who) ? 200 : 404;
        got[path][who] = (await request.get(path, { headers: headers(who), maxRedirects: 0 })).status();
      }
    };
    for (const path of [...pages(turku.id), `/fi/workspace/series/${series.id}`]) await check(path, ['project']);
    for (const path of pages(lapland.id)) await check(path, ['coOrganiser']);
    // Another region's event stays "not found" for the project organiser.
    await check(`/fi/workspace/events/${ids.event}/edit`, []);
    expect(got).toEqual(want);

    // Its workspace lists the TUVET sessions and nothing else.
    const html = await (await request.get('/fi/workspace', { headers: headers('project') })).text();
    expect(html).toContain('Projektin järjestäjä');
    const links = [...html.matchAll(/href="\/fi\/workspace\/events\/(\d+)"/g)].map((m) => Number(m[1]));
    const tuvet = (
      await sql`select e.id from events e join series_organisers so on so.series_id = e.series_id
        join users u on u.id = so.user_id where u.email = ${EMAIL.project}`
    ).map((r) => r.id as number);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((id) => tuvet.includes(id))).toBe(true);
  });

  test('refuses a replayed check-in form from another region or a stranger, and accepts it from the organiser', async ({
    request,
  }) => {
    const listing = await request.get(e(), { headers: headers('organiser') });
    const html = await listing.text();
    const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
      .map((m) => m[1])
      .find((f) => f.includes(`name="registrationId" value="${ids.confirmed}"`) && f.includes('Kirjaa saapuneeksi'));
    expect(form, 'the check-in form of the person').toBeTruthy();
    const fields: Record<string, string> = {};
    for (const m of form!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (name) fields[name] = value;
    }
    expect(Object.keys(fields).some((k) => k.startsWith('$ACTION_ID_'))).toBe(true);
    const post = (who: Who) =>
      request.post(e(), {
        headers: { ...headers(who), origin: new URL(listing.url()).origin },
        multipart: fields,
        maxRedirects: 0,
      });
    const checkedIn = async () =>
      (await e2eDb()`select checked_in_at from registrations where id = ${ids.confirmed}`)[0].checked_in_at;

    const stranger = await post('anonymous');
    expect(stranger.headers().location ?? '').toMatch(/\/fi\/signin/);
    const other = await post('otherRegion');
    expect(other.status()).toBe(303);
    expect(other.headers().location).toContain('error=notFound');
    expect(await checkedIn()).toBeNull();

    const own = await post('organiser');
    expect(own.status()).toBe(303);
    expect(own.headers().location).toContain('done=checkedIn');
    expect(await checkedIn()).not.toBeNull();
    await e2eDb()`update registrations set checked_in_at = null, checked_in_by = null, attended_onsite = null where id = ${ids.confirmed}`;
  });

  test('refuses a replayed invitation removal from an organiser outside the event, and accepts it from the admin', async ({
    request,
  }) => {
    const sql = e2eDb();
    const [event] = await sql`select id from events where slug = 'vip-ohjausryhman-kokous'`;
    const email = `korvattava.${Date.now()}@kunta.example`;
    await sql`insert into event_invitations (event_id, email, language, token_hash)
      values (${event.id}, ${email}, 'fi', ${`matriisi-${Date.now()}`})`;
    const page = `/fi/workspace/events/${event.id}/invitations`;
    const listing = await request.get(page, { headers: headers('admin') });
    const html = await listing.text();
    const row = html.split('<tr').find((r) => r.includes(`>${email}</td>`)) ?? '';
    const form = [...row.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
      .map((m) => m[1])
      .find((f) => f.includes('Poista kutsu'));
    expect(form, 'the removal form of the address').toBeTruthy();
    const fields: Record<string, string> = {};
    for (const m of form!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (name) fields[name] = value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    }
    const post = (who: Who) =>
      request.post(page, {
        headers: { ...headers(who), origin: new URL(listing.url()).origin },
        multipart: fields,
        maxRedirects: 0,
      });
    const listed = async () => (await sql`select 1 from event_invitations where email = ${email}`).length;
    expect((await post('anonymous')).headers().location ?? '').toMatch(/\/fi\/signin/);
    for (const who of ['otherRegion', 'organiser', 'project'] as const) {
      const res = await post(who);
      expect(res.status(), who).toBe(303);
      expect(res.headers().location, who).toContain('error=notFound');
    }
    expect(await listed()).toBe(1);
    const own = await post('admin');
    expect(own.headers().location).toContain('done=removed');
    expect(await listed()).toBe(0);
  });

  test('lets only a national admin invite organisers, even with a replayed form', async ({ request, baseURL }) => {
    const html = await (await request.get('/fi/workspace/organisers', { headers: headers('admin') })).text();
    const actionId = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html.slice(html.indexOf('id="invite-heading"')))?.[1];
    expect(actionId).toBeTruthy();
    const email = `kutsuttu.${Date.now()}@kokoon.example`;
    const fields = { [actionId!]: '', locale: 'fi', email, name: '', role: 'organiser', regions: 'HYKS' };
    const origin = { origin: new URL(baseURL!).origin };
    const res = await request.post('/fi/workspace/organisers', {
      headers: { ...headers('organiser'), ...origin },
      multipart: fields,
      maxRedirects: 0,
    });
    expect(res.headers().location).toContain('error=notFound');
    expect((await e2eDb()`select 1 from users where email = ${email}`).length).toBe(0);
    const ok = await request.post('/fi/workspace/organisers', {
      headers: { ...headers('admin'), ...origin },
      multipart: fields,
      maxRedirects: 0,
    });
    expect(ok.headers().location).toContain('done=invited');
    expect((await e2eDb()`select role from users where email = ${email}`)[0]?.role).toBe('organiser');
  });

  test('saves alert settings only for the signed-in account, even with a replayed form', async ({
    request,
    baseURL,
  }) => {
    const html = await (await request.get('/fi/workspace/account', { headers: headers('organiser') })).text();
    const actionId = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1];
    expect(actionId).toBeTruthy();
    const fields = { [actionId!]: '', locale: 'fi', dailyDigest: 'on', waitlistThreshold: '7' };
    const origin = { origin: new URL(baseURL!).origin };
    const settings = async (who: keyof typeof EMAIL) =>
      (
        await e2eDb()`select a.waitlist_threshold from organiser_alerts a join users u on u.id = a.user_id
          where u.email = ${EMAIL[who]}`
      )[0]?.waitlist_threshold ?? null;
    const before = await settings('organiser');
    const stranger = await request.post('/fi/workspace/account', {
      headers: origin,
      multipart: fields,
      maxRedirects: 0,
    });
    expect(stranger.headers().location ?? '').toMatch(/\/fi\/signin/);
    // Another organiser replaying the HYKS organiser's form changes their own settings, not the HYKS ones.
    const other = await request.post('/fi/workspace/account', {
      headers: { ...headers('otherRegion'), ...origin },
      multipart: fields,
      maxRedirects: 0,
    });
    expect(other.headers().location).toContain('done=saved');
    expect(await settings('otherRegion')).toBe(7);
    expect(await settings('organiser')).toBe(before);
  });
});
