// Test data: events and registrations inserted straight into the test database.
import { db } from '@/db/client';
import { events, eventThemes, registrations, themes, trainingSeries } from '@/db/schema';
import { eq } from 'drizzle-orm';

let counter = 0;
const DAY = 86400_000;

export type EventOverrides = Partial<typeof events.$inferInsert> & { themeSlugs?: string[] };

export async function createEvent(o: EventOverrides = {}, now = new Date()) {
  counter += 1;
  const startsAt = o.startsAt ?? new Date(now.getTime() + 10 * DAY);
  const { themeSlugs, ...values } = o;
  const [row] = await db()
    .insert(events)
    .values({
      slug: `test-event-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'network_day',
      status: 'published',
      titleFi: `Testitapahtuma ${counter}`,
      titleSv: `Testevenemang ${counter}`,
      summaryFi: 'Tiivistelmä',
      scope: 'national',
      format: 'onsite',
      city: 'Helsinki',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3600_000),
      capacityOnsite: 50,
      registrationOpensAt: new Date(now.getTime() - 5 * DAY),
      ...values,
    })
    .returning();
  for (const slug of themeSlugs ?? []) {
    const [t] = await db().select({ id: themes.id }).from(themes).where(eq(themes.slug, slug));
    await db().insert(eventThemes).values({ eventId: row.id, themeId: t.id });
  }
  return row;
}

export async function createSeries(slug: string) {
  const [row] = await db()
    .insert(trainingSeries)
    .values({ slug, titleFi: `Sarja ${slug}`, trainers: 'Kouluttaja', project: 'TUVET' })
    .returning();
  return row;
}

export async function addRegistrations(
  eventId: number,
  count: number,
  o: Partial<typeof registrations.$inferInsert> = {},
) {
  if (count === 0) return;
  await db()
    .insert(registrations)
    .values(
      Array.from({ length: count }, (_, i) => ({
        eventId,
        status: 'confirmed' as const,
        attendance: 'onsite' as const,
        firstName: 'Testi',
        lastName: `Henkilö${i}`,
        email: `testi.${eventId}.${i}.${Math.random().toString(36).slice(2)}@example.fi`,
        organisation: 'Testikunta',
        consent: true,
        ...o,
      })),
    );
}
