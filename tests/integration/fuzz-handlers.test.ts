// Property-based fuzzing of every other public handler: the events API filters, the calendar feeds,
// personal stream links, the manage page's server actions and the sign-in button's POST. Whatever
// arrives: never a 5xx or an unexpected exception, refusals are translated 4xx answers (or the
// page's own translated message), and a refused request changes nothing in the database. The
// organiser's message action is fuzzed too, with the session's organiser stubbed (the one thing
// that needs a browser's cookie).
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { fuzzParams, hostileFieldValue, hostileJson, hostileString, messageMatchers } from '../support/hostile';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as allGET } from '@/app/calendar/all.ics/route';
import { GET as regionGET } from '@/app/calendar/region/[file]/route';
import { GET as provinceGET } from '@/app/calendar/province/[file]/route';
import { GET as themeGET } from '@/app/calendar/theme/[file]/route';
import { GET as eventGET } from '@/app/calendar/events/[file]/route';
import { GET as personalGET } from '@/app/calendar/personal/[file]/route';
import { GET as streamGET, POST as streamPOST } from '@/app/stream/[token]/route';
import { POST as confirmPOST } from '@/app/api/signin/confirm/route';
import {
  resetFeedAction,
  switchAttendanceAction,
  updateDetailsAction,
} from '@/app/[locale]/registrations/[token]/actions';
import { POST as cancelPOST } from '@/app/[locale]/registrations/[token]/cancel/route';
import { requestSignInLink } from '@/lib/auth/signin';
import { registerParticipant } from '@/lib/registrations/service';
import { setEventStream } from '@/lib/streams/access';
import { resetConfig } from '@/lib/config';
import { catalogues } from '@/lib/i18n/messages';
import { fi as calFi, sv as calSv } from '@/lib/calendar/texts';
import { db } from '@/db/client';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { messageSchema } from '@/lib/messages/schema';
import { sendMessageAction } from '@/app/[locale]/(workspace)/workspace/events/[id]/messages/actions';
import type { Locale } from '@/lib/i18n/routing';

/** The signed-in organiser as the message action sees it (Auth.js reads a request's cookie). */
const session = vi.hoisted(() => ({ organiser: null as Organiser | null }));
vi.mock('@/lib/auth/guards', async (original) => ({
  ...(await original<object>()),
  currentOrganiser: async () => session.organiser,
}));

useTestDatabase();

const STREAM = 'https://video.example.fi/live/fuzz-room-777';
const matchers = {
  fi: [...messageMatchers(catalogues.fi), ...messageMatchers(calFi.errors)],
  sv: [...messageMatchers(catalogues.sv), ...messageMatchers(calSv.errors)],
};
/** An unknown ?lang= gets the calendar's message in Finnish, a line break, and in Swedish. */
const bilingual = messageMatchers(calFi.errors).flatMap((f) =>
  messageMatchers(calSv.errors).map((v) => new RegExp(`${f.source.slice(0, -1)}\\n${v.source.slice(1)}`)),
);
const isTranslated = (lang: Locale, text: unknown) =>
  typeof text === 'string' && text.length > 0 && matchers[lang].some((m) => m.test(text));
const enc = (v: string) => {
  try {
    return encodeURIComponent(v);
  } catch {
    return 'x';
  }
};

/** Everything a request could have changed, as one comparable value. */
async function state(): Promise<string> {
  const [r] = await db().execute(sql`
    select (select coalesce(string_agg(md5(r::text), ',' order by id), '') from registrations r) as registrations,
           (select count(*) from access_tokens) as tokens, (select count(*) from mail_outbox) as mails,
           (select count(*) from sessions) as sessions, (select count(*) from verification_tokens) as verifications`);
  return JSON.stringify(r);
}

/** Runs a server action; a redirect (Next's NEXT_REDIRECT) is an answer, any other throw is a failure. */
async function action<T>(run: () => Promise<T>): Promise<{ redirect?: string; value?: T }> {
  try {
    return { value: await run() };
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw err;
    return { redirect: digest.split(';').slice(2, -2).join(';') }; // NEXT_REDIRECT;type;url;status;
  }
}

const queryParams = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'region',
      'province',
      'kind',
      'theme',
      'from',
      'to',
      'lang',
      'national',
      'month',
      '__proto__',
      'constructor',
    ),
    fc.string({ maxLength: 8 }),
  ),
  fc.oneof(
    fc.constantFrom(
      'HYKS',
      'oys',
      'national',
      '14',
      'webinar',
      'sijoitetut-lapset',
      '2026-12-01',
      '2026-02-30',
      'sv',
      'fi',
      '0',
      '1',
    ),
    hostileString,
  ),
  { maxKeys: 4 },
);
const queryString = (q: Record<string, string>) =>
  Object.entries(q)
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join('&');

let manage = '';
let streamTok = '';
let regId = 0;
let ownEvent = 0;

beforeAll(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = '0';
  resetConfig();
  const now = Date.now();
  await createEvent({ regionCode: 'HYKS', scope: 'region', themeSlugs: ['sijoitetut-lapset'] });
  const live = await createEvent({
    format: 'hybrid',
    capacityRemote: null,
    startsAt: new Date(now + 10 * 60_000),
    endsAt: new Date(now + 3 * 3600_000),
    registrationClosesAt: null,
  });
  await setEventStream(live.id, { url: STREAM, instructionsFi: 'Ohje' });
  const r = await registerParticipant(live.slug, person({ attendance: 'remote' }));
  if (!r.ok) throw new Error(r.error);
  manage = r.value.manageToken;
  regId = r.value.registrationId;
  const { streamToken } = await import('@/lib/streams/tokens');
  streamTok = streamToken(regId);
  const email = 'hyks@fuzz.example';
  session.organiser = {
    id: await inviteOrganiser(db(), { email, role: 'organiser', regions: ['HYKS'] }),
    email,
    name: null,
    role: 'organiser',
    regions: ['HYKS'],
  };
  ownEvent = (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id;
  await registerParticipant(
    (await db().execute<{ slug: string }>(sql`select slug from events where id = ${ownEvent}`))[0].slug,
    person(),
  );
});

describe('fuzzing the public handlers', () => {
  it('GET /api/events answers any query with 200 or a translated 400, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(queryParams, async (q) => {
        const res = await eventsGET(new NextRequest(`http://localhost/api/events?${queryString(q)}`));
        expect(res.status === 200 || res.status === 400, String(res.status)).toBe(true);
        const body = await res.json();
        if (res.status === 400) {
          const lang = q.lang === 'sv' ? 'sv' : 'fi';
          expect(body.error).toBe('invalid_filter');
          expect(isTranslated(lang, body.message), body.message).toBe(true);
        } else expect(Array.isArray(body.events)).toBe(true);
      }),
      fuzzParams(),
    );
  }, 600_000);

  it('calendar feeds answer any file name and query with a feed or a translated 4xx, and never leak a stream URL', async () => {
    const routes = [regionGET, provinceGET, themeGET, eventGET, personalGET];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(routes.length),
        fc.oneof(
          hostileString,
          hostileString.map((s) => `${s}.ics`),
          fc.constantFrom('hyks.ics', '14.ics', 'x.ics'),
        ),
        queryParams,
        async (which, file, q) => {
          const url = `http://localhost/calendar/x/${enc(file)}?${queryString(q)}`;
          const res =
            which === routes.length
              ? await allGET(new NextRequest(url))
              : await routes[which](new NextRequest(url), { params: Promise.resolve({ file }) });
          expect([200, 304, 400, 404]).toContain(res.status);
          const text = await res.text();
          expect(text).not.toContain(STREAM);
          // An unknown ?lang= is answered in both languages, one line each.
          const lang = q.lang === 'sv' ? 'sv' : 'fi';
          if (res.status >= 400)
            expect(isTranslated(lang, text.trim()) || bilingual.some((m) => m.test(text.trim())), text).toBe(true);
          else expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
        },
      ),
      fuzzParams(),
    );
  }, 600_000);

  it('a forged or mangled stream link never reveals the stream URL or counts a join', async () => {
    const before = await state();
    const mangled = fc.oneof(
      hostileString,
      fc
        .nat(streamTok.length - 1)
        .chain((i) =>
          fc.constantFrom('A', '-', '_', '0', '.').map((c) => streamTok.slice(0, i) + c + streamTok.slice(i + 1)),
        ),
      fc.integer({ min: 1, max: 2 ** 31 }).map((id) => `${id}${streamTok.slice(streamTok.indexOf('.'))}`),
    );
    await fc.assert(
      fc.asyncProperty(mangled, fc.boolean(), fc.boolean(), async (token, post, person) => {
        fc.pre(token !== streamTok);
        const headers = person ? { 'sec-fetch-user': '?1', 'sec-fetch-dest': 'document' } : undefined;
        const req = new NextRequest(`http://localhost/stream/${enc(token)}`, {
          method: post ? 'POST' : 'GET',
          headers,
        });
        const res = await (post ? streamPOST : streamGET)(req, { params: Promise.resolve({ token }) });
        expect(res.status).toBe(404);
        expect(res.headers.get('location')).toBeNull();
        expect(await res.text()).not.toContain(STREAM);
      }),
      fuzzParams(),
    );
    expect(await state()).toBe(before);
  }, 600_000);

  it("the manage page's actions refuse any token but the person's own and store only valid details", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileString,
          fc
            .nat(42)
            .chain((i) => fc.constantFrom('A', '-', '_', '0').map((c) => manage.slice(0, i) + c + manage.slice(i + 1))),
        ),
        fc.constantFrom('fi', 'sv', 'en', '__proto__'),
        fc.nat(3),
        hostileJson,
        async (token, locale, which, values) => {
          fc.pre(token !== manage);
          const before = await state();
          const lang = locale === 'sv' ? 'sv' : 'fi';
          const ownPage = new RegExp(`^/${lang}/registrations/[^/?#]*\\?done=error`); // back to the (encoded) page, nowhere else
          if (which === 0) {
            const res = await cancelPOST(
              new NextRequest('http://localhost/fi/registrations/x/cancel', { method: 'POST' }),
              { params: Promise.resolve({ locale, token }) },
            );
            expect(res.status).toBe(303);
            const to = new URL(res.headers.get('location')!);
            expect(to.origin).toBe('http://localhost');
            expect(to.pathname + to.search).toMatch(ownPage);
          }
          if (which === 1)
            expect((await action(() => switchAttendanceAction(locale, token, values as never))).redirect).toMatch(
              ownPage,
            );
          if (which === 2) {
            const r = (await action(() => updateDetailsAction(locale, token, values))).value!;
            expect(r.ok).toBe(false);
            expect(isTranslated(lang, r.message), r.message).toBe(true);
          }
          if (which === 3) expect((await action(() => resetFeedAction(token))).value).toBeNull();
          expect(await state()).toBe(before);
        },
      ),
      fuzzParams(),
    );
  }, 600_000);

  it("the person's own details form stores hostile but valid text exactly, and refuses the rest with translated messages", async () => {
    const details = fc.record({
      firstName: hostileFieldValue,
      lastName: fc.constant('Testinen'),
      organisation: hostileFieldValue,
      municipality: fc.constantFrom('091', '9999', hostileString),
      sector: fc.constantFrom('education', 'army'),
      role: hostileFieldValue,
      diet: fc.constant(null),
      accessNeeds: fc.constant(null),
      language: fc.constantFrom('fi', 'sv'),
    });
    await fc.assert(
      fc.asyncProperty(details, fc.constantFrom('fi', 'sv'), async (values, locale) => {
        const before = await state();
        const r = (await action(() => updateDetailsAction(locale, manage, values))).value!;
        expect(isTranslated(locale, r.message), r.message).toBe(true);
        for (const m of Object.values(r.fields ?? {})) expect(isTranslated(locale, m), m).toBe(true);
        const [row] = await db().execute<{ first_name: string; organisation: string; role: string | null }>(
          sql`select first_name, organisation, role from registrations where id = ${regId}`,
        );
        if (r.ok) {
          expect(row.first_name).toBe((values.firstName as string).trim());
          expect(row.organisation).toBe((values.organisation as string).trim());
        } else expect(await state()).toBe(before);
      }),
      fuzzParams(),
    );
  }, 600_000);

  it('the sign-in button POST answers any form with a redirect or 403, and signs nobody in', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // Auth.js logs each refused token
    onTestFinished(() => quiet.mockRestore());
    const before = await state();
    const form = fc.dictionary(
      fc.constantFrom('token', 'email', 'callbackUrl', 'locale', '__proto__'),
      fc.oneof(
        hostileString,
        fc.constantFrom('//evil.example', 'https://evil.example/', '/fi/workspace', 'javascript:alert(1)'),
      ),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(
        form,
        fc.option(fc.constantFrom('https://evil.example', 'http://localhost:3000', 'null'), { nil: undefined }),
        async (fields, origin) => {
          const body = new URLSearchParams(fields);
          const res = await confirmPOST(
            new NextRequest('http://localhost/api/signin/confirm', {
              method: 'POST',
              body,
              headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
            }),
          );
          expect([303, 403]).toContain(res.status);
          const location = res.headers.get('location') ?? '';
          if (res.status === 303) expect(new URL(location).origin).toBe('http://localhost:3000');
          expect(res.headers.getSetCookie().some((c) => /session-token=[^;]/.test(c))).toBe(false);
        },
      ),
      fuzzParams(),
    );
    expect(await state()).toBe(before);
  }, 600_000);

  it('the sign-in button POST answers a body that is not a form (none, JSON, anything) with a 4xx, and signs nobody in', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => quiet.mockRestore());
    const before = await state();
    const bodies = fc.oneof(
      fc.constant({ body: undefined, type: undefined }),
      fc.constant({ body: undefined, type: 'application/x-www-form-urlencoded' }),
      hostileJson.map((v) => ({ body: JSON.stringify(v) ?? 'null', type: 'application/json' })),
      fc
        .tuple(
          hostileString,
          fc.constantFrom(
            'text/plain',
            'multipart/form-data',
            'multipart/form-data; boundary=x',
            'application/octet-stream',
            undefined,
          ),
        )
        .map(([body, type]) => ({ body, type })),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async ({ body, type }) => {
        fc.pre(!(type === 'application/x-www-form-urlencoded' && body !== undefined));
        const res = await confirmPOST(
          new NextRequest('http://localhost/api/signin/confirm', {
            method: 'POST',
            body,
            headers: type ? { 'content-type': type } : {},
          }),
        );
        // An empty form is still a form (Auth.js refuses its empty token: a redirect to the sign-in page).
        expect(res.status === 400 || res.status === 303, String(res.status)).toBe(true);
        if (type === undefined || type === 'application/json') expect(res.status).toBe(400);
        expect(res.headers.getSetCookie().some((c) => /session-token=[^;]/.test(c))).toBe(false);
      }),
      fuzzParams(),
    );
    expect(await state()).toBe(before);
  }, 600_000);

  it('asking for a sign-in link with any input never throws and never mails an address that is not invited', async () => {
    const before = await state();
    await fc.assert(
      fc.asyncProperty(hostileFieldValue, hostileString, fc.constantFrom('fi', 'sv'), async (email, client, locale) => {
        const r = await requestSignInLink(email, client, locale as Locale);
        expect(['sent', 'invalid', 'rateLimited']).toContain(r);
      }),
      fuzzParams(),
    );
    expect(JSON.parse(await state()).mails).toBe(JSON.parse(before).mails);
  }, 600_000);

  it("the organiser's message action answers any form with a translated refusal and sends nothing", async () => {
    const mails = async () => JSON.parse(await state()).mails;
    const before = await mails();
    const valid = {
      audience: 'registrants',
      subjectFi: 'Tiedote',
      bodyFi: 'Teksti',
      subjectSv: '',
      bodySv: '',
      formKey: crypto.randomUUID(),
    };
    // A form with a field missing, of the wrong type or hostile; or no form at all.
    const form = fc.oneof(
      hostileJson,
      fc.record(
        {
          audience: fc.oneof(fc.constantFrom('registrants', 'everyone'), hostileFieldValue),
          subjectFi: hostileFieldValue,
          bodyFi: hostileFieldValue,
          formKey: fc.oneof(fc.uuid(), hostileFieldValue),
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom(...Object.keys(valid)).chain((k) =>
        fc.option(hostileJson, { nil: undefined }).map((v) => {
          const out: Record<string, unknown> = { ...valid };
          if (v === undefined) delete out[k];
          else out[k] = v;
          return out;
        }),
      ),
    );
    const attempts = [{}, null, 'x', [], { ...valid, formKey: undefined }, { ...valid, subjectFi: 7 }];
    const check = async (values: unknown, locale: string, eventId: unknown) => {
      const lang = locale === 'sv' ? 'sv' : 'fi';
      const r = await sendMessageAction(locale, eventId as number, values);
      expect(isTranslated(lang, r.message), r.message).toBe(true);
      if (!r.ok) for (const m of Object.values(r.fields ?? {})) expect(isTranslated(lang, m), String(m)).toBe(true);
      return r;
    };
    for (const values of attempts) expect((await check(values, 'fi', ownEvent)).ok).toBe(false);
    await fc.assert(
      fc.asyncProperty(
        form,
        fc.constantFrom('fi', 'sv', 'en', '__proto__'),
        fc.oneof(fc.constant(ownEvent), hostileJson),
        async (values, locale, eventId) => {
          fc.pre(!messageSchemaAccepts(values) || eventId !== ownEvent);
          expect((await check(values, locale, eventId)).ok).toBe(false);
        },
      ),
      fuzzParams(),
    );
    expect(await mails()).toBe(before);
  }, 600_000);
});

function messageSchemaAccepts(values: unknown): boolean {
  return messageSchema.safeParse(values).success;
}
