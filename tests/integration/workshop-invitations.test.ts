// Issue 15 §2: the calendar invitation sent when an event changes describes the programme as the
// confirmation's did, with the person's own workshop — so the updated entry does not lose it.
import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { notifyRegistrants } from '@/lib/events/notify-registrants';
import { eventWithWorkshops, signUpTo } from '../support/workshops';

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
