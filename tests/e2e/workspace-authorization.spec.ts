import { test, expect, type APIRequestContext } from './support/test';
import { checkInCode } from '@/lib/attendance/qr';
import { cookieHeader, e2eDb, sessionFor } from './support/session';

// The authorization matrix over HTTP against the built app: anonymous, an organiser of another
// region (TAYS), the event's own organiser (HYKS) and a national admin × every workspace page and
// route handler, and replayed server-action forms. Strangers are sent to the sign-in page; another
// region's ids are answered 404 exactly like ids that do not exist. (The same matrix at the domain
// layer, with every server action, is tests/integration/authorization-matrix.test.ts.)

type Who = 'anonymous' | 'otherRegion' | 'organiser' | 'admin';
const EMAIL: Record<Exclude<Who, 'anonymous'>, string> = { otherRegion: 'tays@kokoon.example', organiser: 'hyks@kokoon.example', admin: 'admin@kokoon.example' };

let ids: { event: number; confirmed: number; message: number };
const tokens: Partial<Record<Who, string>> = {};

test.beforeAll(async () => {
  const sql = e2eDb();
  const [event] = await sql`select id from events where slug = 'hyks-verkostopaiva'`;
  const [confirmed] = await sql`select id from registrations where event_id = ${event.id} and status = 'confirmed' and attendance = 'onsite' and checked_in_at is null order by id limit 1`;
  const [message] = await sql`
    insert into event_messages (event_id, audience, subject_fi, body_fi, recipients, sent_by_email, form_key)
    values (${event.id}, 'registrants', 'Matriisitesti', 'Teksti', 0, 'admin@kokoon.example', ${crypto.randomUUID()}) returning id`;
  ids = { event: event.id, confirmed: confirmed.id, message: Number(message.id) };
  for (const who of Object.keys(EMAIL) as (keyof typeof EMAIL)[]) tokens[who] = await sessionFor(EMAIL[who]);
});

const headers = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : { cookie: cookieHeader(tokens[who]!) });

async function status(request: APIRequestContext, path: string, who: Who) {
  const res = await request.get(path, { headers: headers(who), maxRedirects: 0 });
  return { status: res.status(), location: res.headers().location ?? '' };
}

type Entry = { path: () => string; adminOnly?: boolean; ownWorkspace?: boolean };
const e = () => `/fi/workspace/events/${ids.event}`;
const entries: Entry[] = [
  { path: () => '/fi/workspace', ownWorkspace: true },
  { path: () => e() },
  { path: () => `${e()}/edit` },
  { path: () => `${e()}/checkin` },
  { path: () => `${e()}/sheet` },
  { path: () => `${e()}/preview` },
  { path: () => `${e()}/stats` },
  { path: () => `${e()}/messages` },
  { path: () => `${e()}/messages/${ids.message}` },
  { path: () => `${e()}/export?format=csv&list=registrations` },
  { path: () => `${e()}/stats/export?format=xlsx` },
  { path: () => `/fi/workspace/checkin/${checkInCode(ids.confirmed)}` },
  { path: () => '/fi/workspace/stats?area=HYKS' },
  { path: () => '/fi/workspace/stats/export?area=HYKS&format=csv&table=sectors' },
  { path: () => '/fi/workspace/stats?area=all', adminOnly: true },
  { path: () => '/fi/workspace/stats/export?area=all&format=xlsx', adminOnly: true },
  { path: () => '/fi/workspace/organisers', adminOnly: true },
  { path: () => '/fi/workspace/audit', adminOnly: true },
];

test.describe('workspace authorization over HTTP', () => {
  test('sends strangers to the sign-in page from every entry point', async ({ request }) => {
    for (const entry of entries) {
      const r = await status(request, entry.path(), 'anonymous');
      expect([303, 307], entry.path()).toContain(r.status);
      expect(r.location, entry.path()).toMatch(/\/fi\/signin/);
    }
  });

  test('answers each signed-in organiser 200 or 404 by role and region', async ({ request }) => {
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const entry of entries) {
      const path = entry.path();
      got[path] = {};
      want[path] = {
        otherRegion: entry.ownWorkspace ? 200 : 404,
        organiser: entry.adminOnly ? 404 : 200,
        admin: 200,
      };
      for (const who of ['otherRegion', 'organiser', 'admin'] as const) got[path][who] = (await status(request, path, who)).status;
    }
    expect(got).toEqual(want);
  });

  test('refuses a replayed check-in form from another region or a stranger, and accepts it from the organiser', async ({ request }) => {
    const listing = await request.get(e(), { headers: headers('organiser') });
    const html = await listing.text();
    const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)].map((m) => m[1])
      .find((f) => f.includes(`name="registrationId" value="${ids.confirmed}"`) && f.includes('Kirjaa saapuneeksi'));
    expect(form, 'the check-in form of the person').toBeTruthy();
    const fields: Record<string, string> = {};
    for (const m of form!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(m[0])?.[1];
      const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (name) fields[name] = value;
    }
    expect(Object.keys(fields).some((k) => k.startsWith('$ACTION_ID_'))).toBe(true);
    const post = (who: Who) => request.post(e(), { headers: { ...headers(who), origin: new URL(listing.url()).origin }, multipart: fields, maxRedirects: 0 });
    const checkedIn = async () => (await e2eDb()`select checked_in_at from registrations where id = ${ids.confirmed}`)[0].checked_in_at;

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

  test('lets only a national admin invite organisers, even with a replayed form', async ({ request, baseURL }) => {
    const html = await (await request.get('/fi/workspace/organisers', { headers: headers('admin') })).text();
    const actionId = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html.slice(html.indexOf('id="invite-heading"')))?.[1];
    expect(actionId).toBeTruthy();
    const email = `kutsuttu.${Date.now()}@kokoon.example`;
    const fields = { [actionId!]: '', locale: 'fi', email, name: '', role: 'organiser', regions: 'HYKS' };
    const origin = { origin: new URL(baseURL!).origin };
    const res = await request.post('/fi/workspace/organisers', { headers: { ...headers('organiser'), ...origin }, multipart: fields, maxRedirects: 0 });
    expect(res.headers().location).toContain('error=notFound');
    expect((await e2eDb()`select 1 from users where email = ${email}`).length).toBe(0);
    const ok = await request.post('/fi/workspace/organisers', { headers: { ...headers('admin'), ...origin }, multipart: fields, maxRedirects: 0 });
    expect(ok.headers().location).toContain('done=invited');
    expect((await e2eDb()`select role from users where email = ${email}`)[0]?.role).toBe('organiser');
  });
});
