// Issue 15 §2: the calendar invitation sent when an event changes describes the programme as the
// confirmation's did, with the person's own workshop — so the updated entry does not lose it. A change
// of workshop (by the person or an organiser) mails the person with the invitation updated too.
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { notifyRegistrants } from '@/lib/events/notify-registrants';
import { eventWithWorkshops, regionOrganiser, signUpTo } from '../support/workshops';
import { person } from '../support/registrations';
import { registerParticipant } from '@/lib/registrations/service';
import { changeWorkshop } from '@/lib/programme/manage';
import { moveToWorkshop } from '@/lib/programme/editor';
import { renderMail, type MailData } from '@/emails/render';

useTestDatabase();

describe('the invitation of an event change', () => {
  it('lists the programme with each person’s own workshop, in their language', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([5, 5]);
    const aino = await signUpTo(event.slug, slot.id, workshops[0].id, { email: 'aino@inv.example' });
    const anna = await signUpTo(event.slug, slot.id, workshops[1].id, { email: 'anna@inv.example', language: 'sv' });
    await db().transaction(async (tx) => {
      const [row] = await tx.select().from(events).where(eq(events.id, event.id));
      await notifyRegistrants(tx, row, 'event_changed', { fi: 'Alkaa tuntia myöhemmin.', sv: null });
    });
    const rows = await db().execute<{ registration_id: number; description: string }>(sql`
      select registration_id, payload->'invitation'->>'description' as description from mail_outbox
      where kind = 'event_changed' order by registration_id`);
    const of = (id: number) => rows.find((r) => r.registration_id === id)!.description;
    expect(of(aino)).toContain('Ohjelma:');
    expect(of(aino)).toContain('Iltapäivän työpajat');
    expect(of(aino)).toContain('Työpajasi: Työpaja A');
    expect(of(anna)).toContain('Eftermiddagens workshoppar');
    expect(of(anna)).toContain('Workshop B');
    expect(of(anna)).not.toContain('Workshop A');
  });
});

describe('a change of workshop', () => {
  type Row = {
    registration_id: number;
    locale: string;
    data: MailData;
    method: string | null;
    description: string | null;
  };
  const mails = async (registrationId: number) =>
    db().execute<Row>(sql`
      select registration_id, locale, payload->'data' as data, payload->'invitation'->>'method' as method,
             payload->'invitation'->>'description' as description
      from mail_outbox where kind = 'workshop_changed' and registration_id = ${registrationId} order by id`);

  it('mails the person the new workshop with an updated invitation, whoever changed it, in their language', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([5, 5, 5], { scope: 'region', regionCode: 'TAYS' });
    const me = await registerParticipant(
      event.slug,
      person({ language: 'sv', workshops: { [String(slot.id)]: workshops[0].id } }),
    );
    if (!me.ok) throw new Error(me.error);
    expect(await changeWorkshop(me.value.manageToken, slot.id, workshops[1].id)).toBe('changed');
    // Choosing the workshop one already holds changes nothing and mails nothing.
    expect(await changeWorkshop(me.value.manageToken, slot.id, workshops[1].id)).toBe('unchanged');
    let rows = await mails(me.value.registrationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ locale: 'sv', method: 'REQUEST' });
    expect(rows[0].data.workshop).toEqual({ slot: 'Eftermiddagens workshoppar', name: 'Workshop B' });
    expect(rows[0].description).toContain('Workshop B');
    expect(rows[0].description).not.toContain('Workshop A');
    const own = await renderMail('workshop_changed', rows[0].data);
    expect(own.subject).toBe(`Workshop bytt: ${event.titleSv}`);
    expect(own.text).toContain('Du har bytt workshop');
    expect(own.text).toContain('Eftermiddagens workshoppar: Workshop B');

    const organiser = await regionOrganiser('TAYS');
    const moved = await moveToWorkshop(organiser, event.id, me.value.registrationId, slot.id, workshops[2].id);
    expect(moved.ok).toBe(true);
    rows = await mails(me.value.registrationId);
    expect(rows).toHaveLength(2);
    expect(rows[1].data.workshop?.name).toBe('Workshop C');
    expect(rows[1].description).toContain('Workshop C');
    const byOrganiser = await renderMail('workshop_changed', rows[1].data);
    expect(byOrganiser.text).toContain('Arrangören har flyttat dig till en annan workshop');
  });

  it('tells someone on the waiting list without a calendar invitation', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([5, 5], { capacityOnsite: 1 });
    await signUpTo(event.slug, slot.id, workshops[0].id);
    const waiting = await registerParticipant(
      event.slug,
      person({ workshops: { [String(slot.id)]: workshops[0].id } }),
    );
    if (!waiting.ok) throw new Error(waiting.error);
    expect(waiting.value.status).toBe('waitlisted');
    expect(await changeWorkshop(waiting.value.manageToken, slot.id, workshops[1].id)).toBe('changed');
    const [row] = await mails(waiting.value.registrationId);
    expect(row.method).toBeNull();
    expect(row.data.workshop?.name).toBe('Työpaja B');
    expect((await renderMail('workshop_changed', row.data)).text).not.toContain('kalenterikutsu');
  });
});
