// Guessing and tampering with every secret in Kokoon's URLs never reaches another person's data:
// manage links, personal feed links, stream links, door check-in codes, sign-in links, and the
// organisers' own URLs (event ids of another region). Each token of person A is altered at every
// position, swapped with B's parts, shortened and lengthened; the result is always "not found".
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { verificationTokens } from '@/db/schema';
import { registerParticipant, getManagedRegistration, cancelRegistration } from '@/lib/registrations/service';
import { resetPersonalFeed, personalFeedData } from '@/lib/calendar/personal';
import { streamToken, verifyStreamToken } from '@/lib/streams/tokens';
import { setEventStream, streamState } from '@/lib/streams/access';
import { checkInCode, verifyCheckInCode } from '@/lib/attendance/qr';
import { findByCheckInCode, listEventRegistrations } from '@/lib/attendance/registrations';
import { buildExport } from '@/lib/attendance/export';
import { getEventForEdit } from '@/lib/events/editor-read';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { POST as confirmPOST } from '@/app/api/signin/confirm/route';
import { GET as personalGET } from '@/app/calendar/personal/[file]/route';

useTestDatabase();

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Every one-character change of a token (three replacements per position), plus cut and padded forms. */
function tamperings(token: string, alphabet = B64): string[] {
  const out = new Set<string>();
  for (let i = 0; i < token.length; i++) {
    for (const k of [1, 17, 40]) {
      const c = alphabet[(alphabet.indexOf(token[i]) + k + alphabet.length) % alphabet.length] ?? 'A';
      out.add(token.slice(0, i) + c + token.slice(i + 1));
    }
  }
  for (const t of [
    token.slice(0, -1),
    `${token}A`,
    token.toUpperCase(),
    token.toLowerCase(),
    ` ${token}`,
    `${token}\n`,
    '',
    'null',
    'undefined',
  ])
    out.add(t);
  out.delete(token);
  return [...out];
}

type Person = { id: number; manage: string; feed: string; stream: string; code: string; email: string };
const A = {} as Person;
const B = {} as Person;
let hyks: Organiser;
let tyks: Organiser;
let eventIds: { hyks: number; tyks: number };

async function signUp(slug: string, into: Person) {
  const p = person({ attendance: 'remote' });
  const r = await registerParticipant(slug, p);
  if (!r.ok) throw new Error(r.error);
  Object.assign(into, {
    id: r.value.registrationId,
    manage: r.value.manageToken,
    email: p.email,
    feed: (await resetPersonalFeed(r.value.manageToken))!
      .split('/')
      .pop()!
      .replace(/\.ics$/, ''),
    stream: streamToken(r.value.registrationId),
    code: checkInCode(r.value.registrationId),
  });
}

beforeAll(async () => {
  const now = Date.now();
  const hyksEvent = await createEvent({
    scope: 'region',
    regionCode: 'HYKS',
    format: 'hybrid',
    capacityRemote: null,
    startsAt: new Date(now + 10 * 60_000),
    endsAt: new Date(now + 4 * 3600_000),
    registrationClosesAt: null,
  });
  const tyksEvent = await createEvent({
    scope: 'region',
    regionCode: 'TYKS',
    format: 'hybrid',
    capacityRemote: null,
    startsAt: new Date(now + 10 * 60_000),
    endsAt: new Date(now + 4 * 3600_000),
    registrationClosesAt: null,
  });
  eventIds = { hyks: hyksEvent.id, tyks: tyksEvent.id };
  await setEventStream(hyksEvent.id, { url: 'https://video.example/a-secret-room' });
  await setEventStream(tyksEvent.id, { url: 'https://video.example/b-secret-room' });
  await signUp(hyksEvent.slug, A);
  await signUp(tyksEvent.slug, B);
  hyks = {
    id: await inviteOrganiser(db(), { email: 'hyks-org@test.example', role: 'organiser', regions: ['HYKS'] }),
    email: 'hyks-org@test.example',
    name: null,
    role: 'organiser',
    regions: ['HYKS'],
  };
  tyks = {
    id: await inviteOrganiser(db(), { email: 'tyks-org@test.example', role: 'organiser', regions: ['TYKS'] }),
    email: 'tyks-org@test.example',
    name: null,
    role: 'organiser',
    regions: ['TYKS'],
  };
});

describe('guessing or tampering with tokens', () => {
  it("manage links: only the exact token opens or changes A's registration", async () => {
    expect((await getManagedRegistration(A.manage))?.registration.id).toBe(A.id);
    for (const t of [...tamperings(A.manage), B.feed, A.feed, randomBytes(32).toString('base64url')]) {
      expect(await getManagedRegistration(t), t).toBeNull();
      expect((await cancelRegistration(t)).ok).toBe(false);
    }
    expect((await getManagedRegistration(A.manage))?.registration.status).toBe('confirmed');
  });

  it("personal feed links: a tampered link, or a manage link used as one, shows nothing of A's", async () => {
    expect((await personalFeedData(A.feed))?.entries).toHaveLength(1);
    for (const t of [...tamperings(A.feed), A.manage, B.manage]) {
      expect(await personalFeedData(t), t).toBeNull();
      const res = await personalGET(
        new NextRequest(`http://localhost/calendar/personal/${encodeURIComponent(t)}.ics`),
        { params: Promise.resolve({ file: `${t}.ics` }) },
      );
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/BEGIN:VEVENT|video\.example/);
    }
  });

  it("stream links: no altered MAC, and no other registration id with A's MAC, opens a stream", async () => {
    expect(verifyStreamToken(A.stream)).toBe(A.id);
    const [id, mac] = A.stream.split('.');
    const forged = [
      ...tamperings(mac).map((m) => `${id}.${m}`),
      `${B.id}.${mac}`,
      `${id}.${B.stream.split('.')[1]}`,
      `0${A.stream}`,
      `${Number(id) + 1}.${mac}`,
      `-${A.stream}`,
    ];
    for (const t of forged) {
      expect(verifyStreamToken(t), t).toBeNull();
      expect((await streamState(t)).kind).toBe('invalid');
    }
  });

  it("door check-in codes: tampered codes find no one, and another region's real code is not found either", async () => {
    expect((await findByCheckInCode(hyks, A.code)).ok).toBe(true);
    for (const c of tamperings(A.code)) {
      expect(verifyCheckInCode(c), c).toBeNull();
      expect((await findByCheckInCode(hyks, c)).ok).toBe(false);
    }
    expect(await findByCheckInCode(hyks, B.code)).toEqual({ ok: false, error: 'attendance.notFound' });
  });

  it("organiser URLs: every event id outside the organiser's region reads as not found, in lists, exports and the editor", async () => {
    const [{ max }] = await db().execute<{ max: number }>(sql`select max(id)::int as max from events`);
    for (let id = -1; id <= max + 2; id++) {
      const mine = id === eventIds.hyks;
      expect((await listEventRegistrations(hyks, id)).ok, `list ${id}`).toBe(mine);
      expect(
        (await buildExport(hyks, id, { list: 'registrations', format: 'csv', locale: 'fi' })).ok,
        `export ${id}`,
      ).toBe(mine);
      expect(!!(await getEventForEdit(hyks, id)), `edit ${id}`).toBe(mine);
    }
    const other = String(eventIds.tyks);
    for (const raw of [
      `${other}e0`,
      `0x${Number(other).toString(16)}`,
      ` ${other}`,
      `${other} `,
      `${other};select 1`,
      `${other}.0`,
      `0${other}`,
      '__proto__',
      '9'.repeat(30),
    ]) {
      expect((await listEventRegistrations(hyks, raw as unknown as number)).ok, raw).toBe(false);
    }
    expect((await listEventRegistrations(tyks, eventIds.tyks)).ok).toBe(true);
  });

  it("sign-in links: a tampered token, or A's token with another address, signs nobody in; the real one does", async () => {
    const quiet = (await import('vitest')).vi.spyOn(console, 'error').mockImplementation(() => {}); // Auth.js logs each refusal
    try {
      const token = randomBytes(32).toString('hex');
      const secret = process.env.AUTH_SECRET!;
      await db()
        .insert(verificationTokens)
        .values({
          identifier: hyks.email,
          token: createHash('sha256').update(`${token}${secret}`).digest('hex'),
          expires: new Date(Date.now() + 600_000),
        });
      const confirm = (t: string, email: string) =>
        confirmPOST(
          new NextRequest('http://localhost/api/signin/confirm', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ token: t, email, locale: 'fi' }),
          }),
        );
      const sessions = async () =>
        (await db().execute<{ n: number }>(sql`select count(*)::int as n from sessions`))[0].n;
      for (const t of tamperings(token, '0123456789abcdef').slice(0, 120)) {
        const res = await confirm(t, hyks.email);
        expect(res.headers.get('location')).toMatch(/\/fi\/signin\?error=expired$/);
      }
      expect((await confirm(token, tyks.email)).headers.get('location')).toMatch(/error=expired/);
      expect(await sessions()).toBe(0);
      const ok = await confirm(token, hyks.email);
      expect(ok.headers.getSetCookie().some((c) => /authjs\.session-token=[^;]+/.test(c))).toBe(true);
      expect(await sessions()).toBe(1);
    } finally {
      quiet.mockRestore();
    }
  });
});
