// A programme with parallel workshops (issue 15 §2): a full workshop is refused with a message
// naming the slot's other workshops with room, never overbooked under a rush, and a refused sign-up
// stores nothing (no registration, answers, picks or mail); the public API shows the programme.
import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { POST } from '@/app/api/events/[slug]/registrations/route';
import { GET as getEvent } from '@/app/api/events/[slug]/route';
import { PEER_HEADER } from '@/lib/client-ip';
import { db } from '@/db/client';
import { programmeSlots, programmeWorkshops, registrationQuestions, workshopPicks } from '@/db/schema';
import { registerParticipant } from '@/lib/registrations/service';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { moveToWorkshop, programmeForEditor, removeWorkshop, saveWorkshop } from '@/lib/programme/editor';
import { workshopFormSchema } from '@/lib/programme/schema';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { buildExport } from '@/lib/attendance/export';
import { collectPersonalData, erasePersonalData } from '@/lib/privacy/data';
import { translate } from '@/lib/i18n/messages';
import { changeWorkshop } from '@/lib/programme/manage';

useTestDatabase();

let ip = 0;
function post(slug: string, body: unknown, lang = 'fi') {
  ip += 1;
  return POST(
    new NextRequest(`http://localhost/api/events/${slug}/registrations?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PEER_HEADER]: `10.7.${Math.floor(ip / 250)}.${ip % 250}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

const HOUR = 3600_000;

/** An event with a keynote slot and a slot of three parallel workshops. */
async function eventWithWorkshops(capacities: number[], o: Parameters<typeof createEvent>[0] = {}) {
  // At 9.00 Helsinki time, ten days ahead: the slots never cross midnight, whatever the hour of the run.
  const startsAt = new Date(Date.now() + 10 * 24 * HOUR);
  startsAt.setUTCHours(7, 0, 0, 0);
  const event = await createEvent({ capacityOnsite: 200, startsAt, ...o });
  const [keynote] = await db()
    .insert(programmeSlots)
    .values({
      eventId: event.id,
      startsAt: event.startsAt,
      endsAt: new Date(event.startsAt.getTime() + HOUR),
      titleFi: 'Avaus',
      titleSv: 'Öppning',
      speakers: ['Anna Puhuja'],
    })
    .returning();
  const [slot] = await db()
    .insert(programmeSlots)
    .values({
      eventId: event.id,
      startsAt: new Date(event.startsAt.getTime() + HOUR),
      endsAt: new Date(event.startsAt.getTime() + 2 * HOUR),
      titleFi: 'Työpajat',
      titleSv: 'Workshoppar',
    })
    .returning();
  const workshops = await db()
    .insert(programmeWorkshops)
    .values(
      capacities.map((capacity, i) => ({
        slotId: slot.id,
        titleFi: `Työpaja ${'ABC'[i]}`,
        titleSv: `Workshop ${'ABC'[i]}`,
        capacity,
        sortOrder: i,
      })),
    )
    .returning();
  return { event, keynote, slot, workshops };
}

async function counts(eventId: number) {
  const [r] = await db().execute<{ regs: number; picks: number; mails: number; answers: number }>(sql`
    select (select count(*)::int from registrations where event_id = ${eventId}) as regs,
      (select count(*)::int from workshop_picks p join registrations r on r.id = p.registration_id where r.event_id = ${eventId}) as picks,
      (select count(*)::int from mail_outbox m join registrations r on r.id = m.registration_id where r.event_id = ${eventId}) as mails,
      (select count(*)::int from registration_answers a join registrations r on r.id = a.registration_id where r.event_id = ${eventId}) as answers`);
  return r;
}

async function holders(workshopId: number) {
  const [r] = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from workshop_picks where workshop_id = ${workshopId}`,
  );
  return r.n;
}

describe('workshop capacity', () => {
  it('lets exactly 5 of 60 concurrent sign-ups hold a workshop of 5; the others get workshop_full and nothing is stored for them', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([5, 8, 3]);
    const [a] = workshops;
    const results = await Promise.all(
      Array.from({ length: 60 }, () =>
        registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: a.id } })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(55);
    expect(refused.every((r) => !r.ok && r.error === 'registration.workshopFull')).toBe(true);
    expect(await holders(a.id)).toBe(5);
    // Nothing half-saved: exactly the five registrations, their picks and their mails.
    expect(await counts(event.id)).toEqual({ regs: 5, picks: 5, mails: 5, answers: 0 });
  });

  it('answers 422 workshop_full naming the other workshops with room, in Finnish and Swedish', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([1, 2, 0]);
    const [a] = workshops;
    const first = await post(event.slug, { ...person(), workshops: { [slot.id]: a.id } });
    expect(first.status).toBe(201);
    const fi = await post(event.slug, { ...person(), workshops: { [slot.id]: String(a.id) } });
    expect(fi.status).toBe(422);
    const body = await fi.json();
    expect(body.error).toBe('workshop_full');
    expect(body.message).toBe('Työpaja Työpaja A on täynnä. Tilaa on vielä näissä: Työpaja B.');
    expect(body.fields[`workshops.${slot.id}`]).toBe(body.message);
    const sv = await post(event.slug, { ...person({ language: 'sv' }), workshops: { [slot.id]: a.id } }, 'sv');
    expect((await sv.json()).message).toBe('Workshoppen Workshop A är fullbokad. Det finns ännu plats i: Workshop B.');
    expect(await counts(event.id)).toMatchObject({ regs: 1, picks: 1, mails: 1 });
  });

  it('says so when no other workshop of the slot has room either', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([0, 0]);
    const res = await post(event.slug, { ...person(), workshops: { [slot.id]: workshops[1].id } });
    expect(res.status).toBe(422);
    expect((await res.json()).message).toBe(
      'Työpaja Työpaja B on täynnä, eikä tämän osion muissa työpajoissa ole tilaa.',
    );
  });

  it('requires a pick for a slot with workshops and refuses unknown slots and workshops with a translated message', async () => {
    const { event, slot, keynote, workshops } = await eventWithWorkshops([5, 5]);
    const other = await eventWithWorkshops([5]);
    const missing = await post(event.slug, person());
    expect(missing.status).toBe(422);
    expect((await missing.json()).fields).toEqual({ [`workshops.${slot.id}`]: 'Valitse yksi työpaja tästä osiosta.' });
    const foreign = await post(event.slug, { ...person(), workshops: { [slot.id]: other.workshops[0].id } });
    expect((await foreign.json()).fields).toEqual({ [`workshops.${slot.id}`]: 'Valitse työpaja luettelosta.' });
    const wrongSlot = await post(
      event.slug,
      { ...person({ language: 'sv' }), workshops: { [slot.id]: workshops[0].id, [keynote.id]: workshops[0].id } },
      'sv',
    );
    expect((await wrongSlot.json()).fields).toEqual({
      [`workshops.${keynote.id}`]: 'Evenemangets program har inget sådant pass.',
    });
    const notObject = await post(event.slug, { ...person(), workshops: [workshops[0].id] });
    expect(notObject.status).toBe(422);
    expect((await notObject.json()).fields).toEqual({ workshops: 'Valitse työpajat.' });
    expect(await counts(event.id)).toMatchObject({ regs: 0, picks: 0 });
  });

  it('writes own-question answers in the same statement: a full workshop stores neither the registration nor its answers', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([1, 5]);
    const [question] = await db()
      .insert(registrationQuestions)
      .values({ eventId: event.id, position: 1, type: 'shortText', labelFi: 'Lounas', labelSv: 'Lunch' })
      .returning();
    const ok = await post(event.slug, {
      ...person(),
      answers: { [question.id]: 'kasvis' },
      workshops: { [slot.id]: workshops[0].id },
    });
    expect(ok.status).toBe(201);
    const full = await post(event.slug, {
      ...person(),
      answers: { [question.id]: 'liha' },
      workshops: { [slot.id]: workshops[0].id },
    });
    expect(full.status).toBe(422);
    expect(await counts(event.id)).toEqual({ regs: 1, picks: 1, mails: 1, answers: 1 });
  });

  it("holds a waitlisted person's seat (reserved) so a promotion never overbooks a workshop", async () => {
    const { event, slot, workshops } = await eventWithWorkshops([2, 5], { capacityOnsite: 1 });
    const pick = { [String(slot.id)]: workshops[0].id };
    const first = await registerParticipant(event.slug, person({ workshops: pick }));
    const second = await registerParticipant(event.slug, person({ workshops: pick }));
    expect(first).toMatchObject({ ok: true, value: { status: 'confirmed' } });
    expect(second).toMatchObject({ ok: true, value: { status: 'waitlisted' } });
    const third = await registerParticipant(event.slug, person({ workshops: pick }));
    expect(third).toMatchObject({ ok: false, error: 'registration.workshopFull' });
    expect(await holders(workshops[0].id)).toBe(2);
  });

  it('counts remote seats apart: unlimited when the workshop has no remote capacity', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([1], { format: 'hybrid', capacityRemote: null });
    const pick = { [String(slot.id)]: workshops[0].id };
    expect((await registerParticipant(event.slug, person({ workshops: pick }))).ok).toBe(true);
    const remote = await Promise.all(
      Array.from({ length: 5 }, () =>
        registerParticipant(event.slug, person({ attendance: 'remote', workshops: pick })),
      ),
    );
    expect(remote.every((r) => r.ok)).toBe(true);
    await db().update(programmeWorkshops).set({ remoteCapacity: 5 }).where(eq(programmeWorkshops.id, workshops[0].id));
    const more = await registerParticipant(event.slug, person({ attendance: 'remote', workshops: pick }));
    expect(more).toMatchObject({ ok: false, error: 'registration.workshopFull' });
  });
});

describe('GET /api/events/{slug} programme', () => {
  it('lists the slots in time order with speakers and each workshop with its free seats', async () => {
    const { event, slot, keynote, workshops } = await eventWithWorkshops([3, 5, 8]);
    await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[1].id } }));
    const res = await getEvent(new NextRequest(`http://localhost/api/events/${event.slug}`), {
      params: Promise.resolve({ slug: event.slug }),
    });
    const body = await res.json();
    expect(body.programme).toHaveLength(2);
    expect(body.programme[0]).toMatchObject({
      id: keynote.id,
      title: { fi: 'Avaus', sv: 'Öppning' },
      speakers: ['Anna Puhuja'],
      workshops: [],
    });
    expect(body.programme[0].start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(body.programme[1].workshops).toEqual([
      expect.objectContaining({
        id: workshops[0].id,
        title: { fi: 'Työpaja A', sv: 'Workshop A' },
        capacity: 3,
        seatsLeft: 3,
      }),
      expect.objectContaining({ id: workshops[1].id, capacity: 5, seatsLeft: 4 }),
      expect.objectContaining({ id: workshops[2].id, capacity: 8, seatsLeft: 8 }),
    ]);
  });
});

describe('the calendar invitation', () => {
  it("lists the programme with the person's own workshop in the confirmation's invitation", async () => {
    const { event, slot, workshops } = await eventWithWorkshops([3, 5]);
    const r = await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[1].id } }));
    expect(r.ok).toBe(true);
    const [mail] = await db().execute<{ description: string }>(sql`
      select payload->'invitation'->>'description' as description from mail_outbox m
      join registrations r on r.id = m.registration_id where r.event_id = ${event.id}`);
    expect(mail.description).toContain('Ohjelma:');
    expect(mail.description).toMatch(/\d{1,2}\.\d\d–\d{1,2}\.\d\d Avaus \(Anna Puhuja\)/);
    expect(mail.description).toContain('Työpajasi: Työpaja B');
  });
});

describe('the organiser', () => {
  async function organiser(email: string, regions: string[]): Promise<Organiser> {
    const id = await inviteOrganiser(db(), { email, role: 'organiser', regions });
    return { id, email, name: null, role: 'organiser', regions };
  }

  it('edits the programme only in scope; a workshop people hold is not removed, nor its capacity lowered below them', async () => {
    const hyks = await organiser(`hyks.${Math.random()}@kokoon.example`, ['HYKS']);
    const tays = await organiser(`tays.${Math.random()}@kokoon.example`, ['TAYS']);
    const { event, slot, workshops } = await eventWithWorkshops([5, 5], { scope: 'region', regionCode: 'HYKS' });
    expect(await programmeForEditor(tays, event.id)).toBeNull();
    const input = workshopFormSchema.parse({ titleFi: 'Uusi', titleSv: 'Ny', capacity: '2', remoteCapacity: '' });
    expect(await saveWorkshop(tays, event.id, slot.id, null, input)).toEqual({
      ok: false,
      error: 'programme.errors.notFound',
    });
    const added = await saveWorkshop(hyks, event.id, slot.id, null, input);
    expect(added.ok).toBe(true);
    const pick = { [String(slot.id)]: workshops[0].id };
    await registerParticipant(event.slug, person({ workshops: pick }));
    await registerParticipant(event.slug, person({ workshops: pick }));
    expect(await removeWorkshop(hyks, event.id, workshops[0].id)).toEqual({
      ok: false,
      error: 'programme.errors.hasPeople',
      params: { count: 2 },
    });
    expect(translate('fi', 'programme.errors.hasPeople', { count: 2 })).toContain('2 osallistujaa');
    const lower = workshopFormSchema.parse({ titleFi: 'A', titleSv: 'A', capacity: '1' });
    expect(await saveWorkshop(hyks, event.id, slot.id, workshops[0].id, lower)).toMatchObject({
      ok: false,
      error: 'programme.errors.belowHeld',
    });
    expect(await removeWorkshop(hyks, event.id, workshops[1].id)).toEqual({ ok: true, value: null });
    const editor = await programmeForEditor(hyks, event.id);
    expect(editor!.slots[1].workshops.map((w) => [w.titleFi, w.people])).toEqual([
      ['Työpaja A', 2],
      ['Uusi', 0],
    ]);
  });

  it('moves a person to another workshop, refused when it is full; the list filters and the export has a column per slot', async () => {
    const hyks = await organiser(`hyks2.${Math.random()}@kokoon.example`, ['HYKS']);
    const { event, slot, workshops } = await eventWithWorkshops([5, 1], { scope: 'region', regionCode: 'HYKS' });
    const a = await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[0].id } }));
    const b = await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[1].id } }));
    if (!a.ok || !b.ok) throw new Error('sign-up failed');
    expect(await moveToWorkshop(hyks, event.id, a.value.registrationId, slot.id, workshops[1].id)).toEqual({
      ok: false,
      error: 'programme.errors.full',
    });
    await db().update(programmeWorkshops).set({ capacity: 2 }).where(eq(programmeWorkshops.id, workshops[1].id));
    expect(await moveToWorkshop(hyks, event.id, a.value.registrationId, slot.id, workshops[1].id)).toMatchObject({
      ok: true,
    });
    const listed = await listEventRegistrations(hyks, event.id, { workshop: String(workshops[1].id) });
    expect(listed.ok && listed.value.rows.length).toBe(2);
    const none = await listEventRegistrations(hyks, event.id, { workshop: String(workshops[0].id) });
    expect(none.ok && none.value.rows.length).toBe(0);
    const file = await buildExport(hyks, event.id, { list: 'registrations', format: 'csv', locale: 'fi' });
    if (!file.ok) throw new Error('export failed');
    const csv = file.value.body.toString();
    expect(csv).toContain('Työpaja: Työpajat');
    expect(csv.match(/Työpaja B/g)).toHaveLength(2);
  });
});

describe('GDPR', () => {
  it("the person's data export lists their workshop and erasure takes the pick away (and frees the seat)", async () => {
    const { event, slot, workshops } = await eventWithWorkshops([1]);
    const email = `gdpr.${Math.random().toString(36).slice(2)}@kunta.example`;
    await registerParticipant(event.slug, person({ email, workshops: { [String(slot.id)]: workshops[0].id } }));
    const data = await collectPersonalData(email);
    expect(data.workshops).toEqual([{ event: event.slug, slot: 'Työpajat', workshop: 'Työpaja A', checkedInAt: null }]);
    // An arrival at the workshop's own door is the person's data too.
    const arrived = new Date('2027-05-03T07:05:00Z');
    await db().update(workshopPicks).set({ checkedInAt: arrived }).where(eq(workshopPicks.workshopId, workshops[0].id));
    expect((await collectPersonalData(email)).workshops[0].checkedInAt).toBe(arrived.toISOString());
    await erasePersonalData(email);
    expect(await holders(workshops[0].id)).toBe(0);
    const next = await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[0].id } }));
    expect(next.ok).toBe(true);
  });
});

describe('the manage page', () => {
  it('changes the workshop while there is room, and refuses a full one', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([5, 1, 5]);
    const me = await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[0].id } }));
    await registerParticipant(event.slug, person({ workshops: { [String(slot.id)]: workshops[1].id } }));
    if (!me.ok) throw new Error('sign-up failed');
    expect(await changeWorkshop(me.value.manageToken, slot.id, workshops[1].id)).toBe('full');
    expect(await changeWorkshop(me.value.manageToken, slot.id, workshops[2].id)).toBe('changed');
    expect(await holders(workshops[0].id)).toBe(0);
    expect(await holders(workshops[2].id)).toBe(1);
    const late = new Date(event.endsAt.getTime() + 1000);
    expect(await changeWorkshop(me.value.manageToken, slot.id, workshops[0].id, late)).toBe('closed');
  });
});
