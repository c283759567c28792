import { describe, expect, it, beforeAll } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { auditLog, eventOrganisers, events, mailOutbox, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { listDoor, listEventRegistrations, findByCheckInCode } from '@/lib/attendance/registrations';
import { checkIn, markAttended, undoCheckIn } from '@/lib/attendance/check-in';
import { cancelOnBehalf, moveOnBehalf, promoteManually } from '@/lib/attendance/places';
import { buildExport } from '@/lib/attendance/export';
import { handleExportRequest } from '@/lib/attendance/http';
import { checkInCode, verifyCheckInCode } from '@/lib/attendance/qr';
import { renderOutgoing } from '@/lib/mail/worker';
import type { RegistrationInput } from '@/lib/registrations/schema';

useTestDatabase();

const HOUR = 3600_000;
const people: Record<'admin' | 'hyks' | 'tays' | 'named', Organiser> = {} as never;
const ev: Record<string, { id: number; slug: string; startsAt: Date }> = {};

async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}

async function signUp(slug: string, o: Partial<RegistrationInput> = {}): Promise<number> {
  const r = await registerParticipant(slug, person(o));
  if (!r.ok) throw new Error(r.error);
  return r.value.registrationId;
}

async function reg(id: number) {
  const [row] = await db().select().from(registrations).where(eq(registrations.id, id));
  return row;
}

async function auditFor(id: number) {
  return db()
    .select()
    .from(auditLog)
    .where(eq(auditLog.target, `registration:${id}`))
    .orderBy(auditLog.id);
}

async function mailsTo(ids: number[]) {
  return db()
    .select({
      kind: mailOutbox.kind,
      registrationId: mailOutbox.registrationId,
      payload: mailOutbox.payload,
      toEmail: mailOutbox.toEmail,
      idempotencyKey: mailOutbox.idempotencyKey,
    })
    .from(mailOutbox)
    .where(inArray(mailOutbox.registrationId, ids))
    .orderBy(mailOutbox.id);
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  ev.hyks = await createEvent({
    scope: 'region',
    regionCode: 'HYKS',
    format: 'hybrid',
    capacityOnsite: 2,
    capacityRemote: null,
  });
  ev.tays = await createEvent({ scope: 'province', regionCode: 'TAYS', provinceCode: '06' });
  ev.national = await createEvent({ scope: 'national' });
  people.admin = await organiser('admin@attendance.example', 'admin', []);
  people.hyks = await organiser('hyks@attendance.example', 'organiser', ['HYKS']);
  people.tays = await organiser('tays@attendance.example', 'organiser', ['TAYS']);
  people.named = await organiser('named@attendance.example', 'organiser', ['OYS']);
  await db().insert(eventOrganisers).values({ eventId: ev.national.id, userId: people.named.id });

  ids.aino = await signUp(ev.hyks.slug, {
    firstName: 'Aino',
    lastName: 'Äijälä',
    email: 'aino.aijala@hel.example',
    organisation: 'Helsingin kaupunki, kasvatuksen ja koulutuksen toimiala',
    municipality: '091',
    sector: 'education',
  });
  ids.bjorn = await signUp(ev.hyks.slug, {
    firstName: 'Björn',
    lastName: 'Lindqvist',
    email: 'bjorn@vaasa.example',
    organisation: 'Vasa stad',
    municipality: '905',
    sector: 'social',
    language: 'sv',
  });
  ids.remote = await signUp(ev.hyks.slug, {
    firstName: 'Rea',
    lastName: 'Etä',
    organisation: 'Oulun kaupunki',
    municipality: '564',
    sector: 'health',
    attendance: 'remote',
  });
  ids.wait1 = await signUp(ev.hyks.slug, {
    firstName: 'Ville',
    lastName: 'Jonottaja',
    organisation: 'Tampereen kaupunki',
    municipality: '837',
    sector: 'education',
  });
  ids.wait2 = await signUp(ev.hyks.slug, {
    firstName: 'Kaisa',
    lastName: 'Jonottaja',
    organisation: 'Jyväskylän kaupunki',
    municipality: '179',
    sector: 'social',
  });
  ids.tays = await signUp(ev.tays.slug, { firstName: 'Tiina', lastName: 'Tamperelainen', municipality: '837' });
  ids.national = await signUp(ev.national.slug, { firstName: 'Niilo', lastName: 'Valtakunnallinen' });
});

describe('scope: every attendance function refuses another region as "not found"', () => {
  it('lists an event only for its organisers and admins', async () => {
    const outcome = async (o: Organiser, id: unknown) => (await listEventRegistrations(o, id as number)).ok;
    expect(await outcome(people.hyks, ev.hyks.id)).toBe(true);
    expect(await outcome(people.admin, ev.hyks.id)).toBe(true);
    expect(await listEventRegistrations(people.tays, ev.hyks.id)).toEqual({ ok: false, error: 'attendance.notFound' });
    expect(await outcome(people.named, ev.national.id)).toBe(true);
    expect(await outcome(people.hyks, ev.national.id)).toBe(false);
    expect(await outcome(people.tays, 999_999)).toBe(false);
    expect(await outcome(people.tays, 'abc')).toBe(false);
    expect((await listDoor(people.tays, ev.hyks.id)).ok).toBe(false);
    expect((await listDoor(people.hyks, ev.hyks.id)).ok).toBe(true);
  });

  it('changes nothing and records nothing when another region guesses registration ids', async () => {
    const before = await reg(ids.aino);
    const guesses = [
      () => checkIn(people.tays, ids.aino),
      () => undoCheckIn(people.tays, ids.aino),
      () => markAttended(people.tays, ids.aino, true, new Date(ev.hyks.startsAt.getTime() + HOUR)),
      () => cancelOnBehalf(people.tays, ids.aino),
      () => promoteManually(people.tays, ids.wait1),
      () => checkIn(people.hyks, ids.tays),
      () => cancelOnBehalf(people.hyks, ids.national),
      () => checkIn(people.tays, 2_000_000_000),
      () => checkIn(people.tays, '1 or 1=1' as unknown as number),
    ];
    for (const guess of guesses) expect(await guess()).toEqual({ ok: false, error: 'attendance.notFound' });
    expect(await reg(ids.aino)).toEqual(before);
    expect((await reg(ids.wait1)).status).toBe('waitlisted');
    expect((await reg(ids.tays)).checkedInAt).toBeNull();
    expect(await auditFor(ids.aino)).toEqual([]);
  });

  it('exports only in scope: 303 to sign-in when nobody is signed in, 404 for another region, the file for organiser and admin', async () => {
    const url = `http://localhost/fi/workspace/events/${ev.hyks.id}/export?format=csv&list=registrations`;
    const call = (o: Organiser | null, id = String(ev.hyks.id), u = url) =>
      handleExportRequest(new Request(u), { locale: 'fi', id }, o);
    const anonymous = await call(null);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe(
      `/fi/signin?callbackUrl=${encodeURIComponent(`/fi/workspace/events/${ev.hyks.id}/export?format=csv&list=registrations`)}`,
    );
    const other = await call(people.tays);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Äijälä');
    expect((await call(people.tays, 'x')).status).toBe(404);
    for (const o of [people.hyks, people.admin]) {
      const ok = await call(o);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(ok.headers.get('cache-control')).toBe('private, no-store');
      expect(ok.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+\.csv"; filename\*=UTF-8''/);
    }
    expect((await call(people.hyks, String(ev.hyks.id), url.replace('format=csv', 'format=pdf'))).status).toBe(400);
  });

  it('finds the person behind a check-in code only within scope, and never for a forged code', async () => {
    const code = checkInCode(ids.aino);
    expect(verifyCheckInCode(code)).toBe(ids.aino);
    const found = await findByCheckInCode(people.hyks, code);
    expect(found.ok && found.value.person).toMatchObject({
      id: ids.aino,
      firstName: 'Aino',
      lastName: 'Äijälä',
      status: 'confirmed',
    });
    expect((await findByCheckInCode(people.admin, code)).ok).toBe(true);
    expect(await findByCheckInCode(people.tays, code)).toEqual({ ok: false, error: 'attendance.notFound' });
    const [id, mac] = code.split('.');
    const forged = [
      `${ids.bjorn}.${mac}`, // another registration with Aino's signature
      `${id}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `${id}.${mac}x`,
      `${id}`,
      '',
      `${id}.${'A'.repeat(22)}`,
      `0${id}.${mac}`.replace(/^0+/, '-'),
    ];
    for (const f of forged) {
      expect(verifyCheckInCode(f), f).toBeNull();
      expect(await findByCheckInCode(people.admin, f)).toEqual({ ok: false, error: 'attendance.notFound' });
    }
  });
});

describe('search and filters', () => {
  const names = async (filters: Parameters<typeof listEventRegistrations>[2]) => {
    const r = await listEventRegistrations(people.hyks, ev.hyks.id, filters);
    if (!r.ok) throw new Error(r.error);
    return r.value.rows.map((row) => row.lastName);
  };

  it('counts by status and mode and orders confirmed by name, then the waiting list in order', async () => {
    const r = await listEventRegistrations(people.hyks, ev.hyks.id);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.counts).toMatchObject({
      total: 5,
      confirmed: { onsite: 2, remote: 1 },
      waitlisted: { onsite: 2, remote: 0 },
      cancelled: { onsite: 0, remote: 0 },
    });
    expect(r.value.rows.map((row) => [row.lastName, row.position])).toEqual([
      ['Etä', null],
      ['Lindqvist', null],
      ['Äijälä', null],
      ['Jonottaja', 1],
      ['Jonottaja', 2],
    ]);
    expect(r.value.rows.find((row) => row.id === ids.wait2)?.position).toBe(2);
  });

  it('searches name, e-mail and organisation case- and accent-insensitively, all words', async () => {
    expect(await names({ q: 'äijälä' })).toEqual(['Äijälä']);
    expect(await names({ q: 'AIJALA' })).toEqual(['Äijälä']);
    expect(await names({ q: 'aino äijälä' })).toEqual(['Äijälä']);
    expect(await names({ q: 'BJORN@VAASA' })).toEqual(['Lindqvist']);
    expect(await names({ q: 'vasa stad' })).toEqual(['Lindqvist']);
    expect(await names({ q: 'kaupunki' })).toEqual(['Etä', 'Äijälä', 'Jonottaja', 'Jonottaja']);
    expect(await names({ q: 'aino lindqvist' })).toEqual([]);
    expect(await names({ q: '%' })).toEqual([]);
  });

  it('filters by mode, status, sector and municipality, together with the search', async () => {
    expect(await names({ mode: 'remote' })).toEqual(['Etä']);
    expect(await names({ status: 'waitlisted' })).toEqual(['Jonottaja', 'Jonottaja']);
    expect(await names({ sector: 'social' })).toEqual(['Lindqvist', 'Jonottaja']);
    expect(await names({ municipality: '837' })).toEqual(['Jonottaja']);
    expect(await names({ status: 'confirmed', mode: 'onsite', q: 'kaupunki' })).toEqual(['Äijälä']);
  });

  it('sends the door list no e-mail addresses', async () => {
    const door = await listDoor(people.hyks, ev.hyks.id);
    if (!door.ok) throw new Error(door.error);
    expect(JSON.stringify(door.value.people)).not.toContain('@');
    expect(door.value.people.map((p) => p.lastName)).toContain('Äijälä');
  });
});

describe('check-in at the door', () => {
  it('checks a person in, ignores a second tap, undoes, and keeps each change in the audit log', async () => {
    const at = new Date(ev.hyks.startsAt.getTime() - 20 * 60_000);
    const first = await checkIn(people.hyks, ids.bjorn, at);
    expect(first).toMatchObject({
      ok: true,
      value: { changed: true, eventId: ev.hyks.id, name: 'Björn Lindqvist', attendedOnsite: true },
    });
    expect(await reg(ids.bjorn)).toMatchObject({ checkedInAt: at, checkedInBy: people.hyks.id, attendedOnsite: true });
    const again = await checkIn(people.admin, ids.bjorn, new Date(at.getTime() + 60_000));
    expect(again).toMatchObject({ ok: true, value: { changed: false } });
    expect((await reg(ids.bjorn)).checkedInAt).toEqual(at); // the first time stays

    const r = await listEventRegistrations(people.hyks, ev.hyks.id);
    expect(r.ok && r.value.counts.checkedIn).toBe(1);

    expect(await undoCheckIn(people.hyks, ids.bjorn)).toMatchObject({
      ok: true,
      value: { changed: true, checkedInAt: null },
    });
    expect(await reg(ids.bjorn)).toMatchObject({ checkedInAt: null, checkedInBy: null, attendedOnsite: null });
    expect(await undoCheckIn(people.hyks, ids.bjorn)).toMatchObject({ ok: true, value: { changed: false } });

    const audit = await auditFor(ids.bjorn);
    expect(audit.map((a) => [a.action, a.actorEmail])).toEqual([
      ['registration.checkIn', 'hyks@attendance.example'],
      ['registration.undoCheckIn', 'hyks@attendance.example'],
    ]);
    expect(audit[0].summary).toEqual({
      eventId: ev.hyks.id,
      before: { checkedInAt: null, checkedInBy: null, attendedOnsite: null },
      after: { checkedInAt: at.toISOString(), checkedInBy: people.hyks.id, attendedOnsite: true },
    });
    expect(JSON.stringify(audit.map((a) => a.summary))).not.toMatch(/Björn|Lindqvist|@vaasa/);
  });

  it('refuses people without a confirmed place', async () => {
    expect(await checkIn(people.hyks, ids.wait1)).toEqual({ ok: false, error: 'attendance.notConfirmed' });
    expect((await reg(ids.wait1)).checkedInAt).toBeNull();
  });

  it('marks attendance by hand only once the event has started; absent clears a check-in', async () => {
    const before = new Date(ev.hyks.startsAt.getTime() - HOUR);
    const after = new Date(ev.hyks.startsAt.getTime() + 2 * HOUR);
    expect(await markAttended(people.hyks, ids.aino, true, before)).toEqual({
      ok: false,
      error: 'attendance.notStarted',
    });
    await checkIn(people.hyks, ids.aino, before);
    expect(await markAttended(people.hyks, ids.aino, false, after)).toMatchObject({
      ok: true,
      value: { changed: true, attendedOnsite: false, checkedInAt: null },
    });
    expect(await reg(ids.aino)).toMatchObject({ attendedOnsite: false, checkedInAt: null, checkedInBy: null });
    expect(await markAttended(people.hyks, ids.aino, false, after)).toMatchObject({
      ok: true,
      value: { changed: false },
    });
    expect(await markAttended(people.hyks, ids.aino, true, after)).toMatchObject({
      ok: true,
      value: { changed: true, attendedOnsite: true },
    });
    expect((await auditFor(ids.aino)).map((a) => a.action)).toEqual([
      'registration.checkIn',
      'registration.markAttended',
      'registration.markAttended',
    ]);
    expect(await markAttended(people.hyks, ids.wait1, true, after)).toEqual({
      ok: false,
      error: 'attendance.notConfirmed',
    });
  });
});

describe('organisers change places', () => {
  it("cancels on the person's behalf, gives the place to the first in line, and mails both", async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 1 });
    const a = await signUp(event.slug, { firstName: 'Anna', lastName: 'Ensimmäinen' });
    const b = await signUp(event.slug, { firstName: 'Bertta', lastName: 'Toinen' });
    const c = await signUp(event.slug, { firstName: 'Cecilia', lastName: 'Kolmas' });
    const r = await cancelOnBehalf(people.hyks, a);
    expect(r).toEqual({
      ok: true,
      value: { registrationId: a, eventId: event.id, name: 'Anna Ensimmäinen', changed: true, promoted: [b] },
    });
    expect([(await reg(a)).status, (await reg(b)).status, (await reg(c)).status]).toEqual([
      'cancelled',
      'confirmed',
      'waitlisted',
    ]);
    const mails = (await mailsTo([a, b, c])).map((m) => [m.kind, m.registrationId]);
    expect(mails.slice(3)).toEqual([
      ['cancelled', a],
      ['promoted', b],
    ]);
    const cancelMail = (await mailsTo([a])).find((m) => m.kind === 'cancelled')!;
    expect((cancelMail.payload as { data: { byOrganiser?: boolean } }).data.byOrganiser).toBe(true);
    const rendered = await renderOutgoing({ ...cancelMail, payload: cancelMail.payload });
    expect(rendered.text).toContain('Tapahtuman järjestäjä on perunut ilmoittautumisesi');

    expect(await cancelOnBehalf(people.hyks, a)).toMatchObject({ ok: true, value: { changed: false, promoted: [] } });
    const audit = await auditFor(a);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'registration.cancelOnBehalf',
      userId: people.hyks.id,
      summary: { eventId: event.id, before: { status: 'confirmed' }, after: { status: 'cancelled' }, promoted: [b] },
    });
  });

  it('promotes a chosen person from the line by hand, over the capacity if the organiser says so', async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 1 });
    await signUp(event.slug);
    const first = await signUp(event.slug);
    const second = await signUp(event.slug, { firstName: 'Outi', lastName: 'Ohituskaista' });
    expect(await promoteManually(people.admin, second)).toEqual({
      ok: true,
      value: { registrationId: second, eventId: event.id, name: 'Outi Ohituskaista', overCapacity: true },
    });
    expect((await reg(second)).status).toBe('confirmed');
    expect((await reg(first)).status).toBe('waitlisted');
    expect((await mailsTo([second])).map((m) => m.kind)).toEqual(['waitlisted', 'promoted']);
    expect(await promoteManually(people.admin, second)).toEqual({ ok: false, error: 'attendance.notWaitlisted' });
    expect(
      (await auditFor(second)).map((a) => [a.action, (a.summary as { overCapacity: boolean }).overCapacity]),
    ).toEqual([['registration.promote', true]]);
    const list = await listEventRegistrations(people.hyks, event.id);
    expect(list.ok && list.value.counts.confirmed.onsite).toBe(2);
  });

  it('does not change places of an event that is over', async () => {
    const event = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 1 });
    await signUp(event.slug);
    const waiting = await signUp(event.slug);
    const later = new Date(event.endsAt.getTime() + HOUR);
    expect(await promoteManually(people.hyks, waiting, later)).toEqual({ ok: false, error: 'attendance.closed' });
    expect(await cancelOnBehalf(people.hyks, waiting, later)).toEqual({ ok: false, error: 'attendance.closed' });
  });

  it('moves a person between on site and remote while the other mode has room, even after registration closed, telling them by mail', async () => {
    const event = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      format: 'hybrid',
      capacityOnsite: 1,
      capacityRemote: 1,
    });
    const a = await signUp(event.slug, { firstName: 'Mira', lastName: 'Muuttaja' });
    const b = await signUp(event.slug); // waits for the on-site place
    await signUp(event.slug, { attendance: 'remote' }); // takes the only remote place
    expect(await moveOnBehalf(people.hyks, a, 'remote')).toEqual({ ok: false, error: 'attendance.modeFull' });
    expect(await moveOnBehalf(people.tays, a, 'remote')).toEqual({ ok: false, error: 'attendance.notFound' });
    expect(await moveOnBehalf(people.hyks, a, 'sideways')).toEqual({ ok: false, error: 'attendance.modeNotOffered' });
    await db()
      .update(events)
      .set({ capacityRemote: 5, registrationClosesAt: new Date(Date.now() - HOUR) })
      .where(eq(events.id, event.id));
    expect(await moveOnBehalf(people.hyks, a, 'remote')).toEqual({
      ok: true,
      value: { registrationId: a, eventId: event.id, name: 'Mira Muuttaja', changed: true, promoted: [b] },
    });
    expect([(await reg(a)).attendance, (await reg(b)).status]).toEqual(['remote', 'confirmed']);
    expect((await mailsTo([a, b])).map((m) => [m.kind, m.registrationId]).slice(-2)).toEqual([
      ['attendance_changed', a],
      ['promoted', b],
    ]);
    expect(await moveOnBehalf(people.hyks, a, 'remote')).toMatchObject({ ok: true, value: { changed: false } });
    expect((await auditFor(a)).map((x) => [x.action, x.summary])).toEqual([
      [
        'registration.move',
        { eventId: event.id, before: { attendance: 'onsite' }, after: { attendance: 'remote' }, promoted: [b] },
      ],
    ]);
    const onsiteOnly = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    expect(await moveOnBehalf(people.hyks, await signUp(onsiteOnly.slug), 'remote')).toEqual({
      ok: false,
      error: 'attendance.modeNotOffered',
    });
  });
});

describe('exports', () => {
  let event: { id: number; slug: string };
  beforeAll(async () => {
    event = await createEvent({ scope: 'region', regionCode: 'HYKS', capacityOnsite: 3, titleFi: 'Vientitesti' });
    await signUp(event.slug, {
      firstName: 'Åsa',
      lastName: 'Öberg',
      organisation: '=HYPERLINK("http://evil.example","klikkaa")',
      role: '+358 40 123',
      diet: '@SUM(A1)',
      municipality: '091',
    });
    await signUp(event.slug, {
      firstName: 'Pekka',
      lastName: 'Puolipiste',
      organisation: 'Koulu; "Lyhyt" nimi',
      role: '-2+3',
      municipality: '837',
      sector: 'health',
    });
    await signUp(event.slug, {
      firstName: 'Tab',
      lastName: 'Ulaattori',
      organisation: '\tcmd',
      municipality: '179',
      attendance: 'onsite',
    });
    await signUp(event.slug, { firstName: 'Jonna', lastName: 'Jonossa', municipality: '564' });
  });

  it('writes CSV that Finnish Excel opens: BOM, semicolons, CRLF, quoted fields, formulas defused, Finnish letters', async () => {
    const r = await buildExport(people.hyks, event.id, { list: 'registrations', format: 'csv', locale: 'fi' });
    if (!r.ok) throw new Error(r.error);
    const bytes = r.value.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(
      '"Sukunimi";"Etunimi";"Sähköposti";"Organisaatio";"Kunta";"Sektori";"Tehtävä tai ammattinimike";"Tehtäväryhmä";"Organisaation tyyppi";"Koulutusasteet";"VIPU-yhteyshenkilö";"Osallistumistapa";"Ruokavalio";"Saavutettavuus- tai avustustarpeet";"Viestien kieli";"Ilmoittautunut"',
    );
    expect(lines).toHaveLength(5); // header, three confirmed, final CRLF (the waiting person is in the waitlist export)
    const oberg = lines.find((l) => l.startsWith('"Öberg"'))!;
    expect(oberg).toContain('"Åsa"');
    expect(oberg).toContain(`"'=HYPERLINK(""http://evil.example"",""klikkaa"")"`);
    expect(oberg).toContain(`"'+358 40 123"`);
    expect(oberg).toContain(`"'@SUM(A1)"`);
    expect(oberg).toContain('"Helsinki"');
    expect(oberg).toContain('"paikan päällä"');
    expect(oberg).toMatch(/"\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}"$/);
    const pekka = lines.find((l) => l.startsWith('"Puolipiste"'))!;
    expect(pekka).toContain('"Koulu; ""Lyhyt"" nimi"');
    expect(pekka).toContain(`"'-2+3"`);
    expect(lines.find((l) => l.startsWith('"Ulaattori"'))).toContain(`"'\tcmd"`);
    expect(text).not.toContain('Jonossa');
  });

  it('writes the waiting list and attendance, and an XLSX that exceljs reads back with Swedish headers', async () => {
    const wait = await buildExport(people.admin, event.id, { list: 'waitlist', format: 'csv', locale: 'fi' });
    if (!wait.ok) throw new Error(wait.error);
    const waitLines = wait.value.body.toString('utf8').split('\r\n');
    expect(waitLines[0]).toMatch(/^\uFEFF"Sija";"Sukunimi"/);
    expect(waitLines[1]).toMatch(/^"1";"Jonossa";"Jonna"/);

    const [oberg0] = await db()
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.lastName, 'Öberg')));
    await checkIn(people.hyks, oberg0.id, new Date(Date.UTC(2026, 11, 21, 7, 5))); // 9.05 in Helsinki (UTC+2)
    const x = await buildExport(people.hyks, event.id, { list: 'attendance', format: 'xlsx', locale: 'sv' });
    if (!x.ok) throw new Error(x.error);
    expect(x.value.filename).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.value.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Närvaro');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Efternamn',
      'Förnamn',
      'E-post',
      'Organisation',
      'Kommun',
      'Sektor',
      'Deltagarsätt',
      'Incheckad',
      'Närvarande på plats',
      'Anslöt till livesändningen',
    ]);
    expect(ws.rowCount).toBe(4);
    // In Finnish (and Finland-Swedish) alphabetical order Ö comes after Z.
    expect([2, 3, 4].map((n) => ws.getRow(n).getCell(1).value)).toEqual(['Puolipiste', 'Ulaattori', 'Öberg']);
    const oberg = ws.getRow(4).values as unknown[];
    expect(oberg.slice(1, 3)).toEqual(['Öberg', 'Åsa']);
    expect(oberg[4]).toBe('=HYPERLINK("http://evil.example","klikkaa")'); // a text cell, never a formula
    expect(ws.getRow(4).getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(oberg[5]).toBe('Helsingfors');
    expect(oberg[8]).toEqual(new Date(Date.UTC(2026, 11, 21, 9, 5))); // spreadsheets show wall-clock time
    expect(ws.getRow(4).getCell(8).numFmt).toBe('d.m.yyyy h:mm');
    expect(oberg[9]).toBe('ja');
    expect(ws.getRow(2).getCell(9).value).toBe('inte markerad');
  });

  it('applies the list page filters and logs every export', async () => {
    const r = await buildExport(people.hyks, event.id, {
      list: 'registrations',
      format: 'csv',
      locale: 'fi',
      filters: { municipality: '837' },
    });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.rows).toBe(1);
    expect(await buildExport(people.tays, event.id, { list: 'registrations', format: 'csv', locale: 'fi' })).toEqual({
      ok: false,
      error: 'attendance.notFound',
    });
    const logged = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'registrations.export'), eq(auditLog.target, `event:${event.id}`)));
    expect(logged.map((l) => l.actorEmail).sort()).toEqual([
      'admin@attendance.example',
      'hyks@attendance.example',
      'hyks@attendance.example',
      'hyks@attendance.example',
    ]);
  });
});

describe('check-in QR code in mails', () => {
  it('puts a QR image of the signed check-in URL in on-site confirmations and promotions only', async () => {
    const event = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      format: 'hybrid',
      capacityOnsite: 1,
      capacityRemote: null,
    });
    const onsite = await signUp(event.slug, { language: 'sv' });
    const remote = await signUp(event.slug, { attendance: 'remote' });
    const waiting = await signUp(event.slug);
    const rendered = async (id: number, kind: string) => {
      const m = (await mailsTo([id])).find((x) => x.kind === kind)!;
      return renderOutgoing(m);
    };
    const confirmation = await rendered(onsite, 'confirmation');
    expect(confirmation.html).toMatch(/<img[^>]+alt="Din personliga QR-kod för incheckningen"/);
    // The image is an inline attachment the HTML refers to by cid: (issue 15 §4), never a data: URL.
    expect(confirmation.html).toMatch(/src="cid:checkin-qr@kokoon"/);
    expect(confirmation.html).not.toContain('data:image');
    expect(confirmation.attachments?.map((a) => [a.contentType, (a as { contentId?: string }).contentId])).toEqual([
      ['image/png', 'checkin-qr@kokoon'],
    ]);
    expect(confirmation.text).not.toContain('data:image');
    expect(confirmation.text).not.toContain('/workspace/checkin/');
    expect((await rendered(remote, 'confirmation')).html).not.toMatch(/data:image|cid:/);
    expect((await rendered(remote, 'confirmation')).attachments).toBeUndefined();
    expect((await rendered(waiting, 'waitlisted')).html).not.toMatch(/data:image|cid:/);
    // The outbox keeps no image (the worker draws it when it sends).
    expect(JSON.stringify((await mailsTo([onsite]))[0].payload)).not.toContain('data:image');

    await cancelOnBehalf(people.hyks, onsite);
    const promoted = await rendered(waiting, 'promoted');
    expect(promoted.html).toMatch(/<img[^>]+alt="Henkilökohtainen QR-koodisi saapumisen kirjaamiseen"/);
  });
});
