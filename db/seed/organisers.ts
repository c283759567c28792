// Demo co-organisers (issue 17 "Who organises"), run after the demo organisers are invited: the
// TUVET project organiser (tuvet@kokoon.example, no region) is named on both TUVET training series,
// so it manages their sessions in every region and nothing else; the Lapland network day (an OYS
// event) has the KYS core group as a co-organiser. TUVET staff have asked for alerts (a daily digest,
// a mail when a session fills, and when five are waiting). Runs once, into a freshly seeded demo.
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { eventOrganisers, events, organiserAlerts, seriesOrganisers, trainingSeries, users } from '@/db/schema';

export const DEMO_PROJECT_SERIES = ['tuvet-lapsen-osallisuus', 'tuvet-aikuisten-nakokulma'];
export const DEMO_CO_ORGANISED = { event: 'lapin-verkostopaiva', organiser: 'kys@kokoon.example' };

export async function seedDemoCoOrganisers(db: Database): Promise<void> {
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ['tuvet@kokoon.example', DEMO_CO_ORGANISED.organiser]));
  const id = (email: string) => people.find((p) => p.email === email)?.id;
  const tuvet = id('tuvet@kokoon.example');
  const series = await db
    .select({ id: trainingSeries.id })
    .from(trainingSeries)
    .where(inArray(trainingSeries.slug, DEMO_PROJECT_SERIES));
  if (tuvet && series.length)
    await db
      .insert(seriesOrganisers)
      .values(series.map((s) => ({ seriesId: s.id, userId: tuvet })))
      .onConflictDoNothing();
  if (tuvet)
    await db
      .insert(organiserAlerts)
      .values({ userId: tuvet, language: 'fi', dailyDigest: true, eventFull: true, waitlistThreshold: 5 })
      .onConflictDoNothing();
  const co = id(DEMO_CO_ORGANISED.organiser);
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(sql`${events.slug} = ${DEMO_CO_ORGANISED.event}`);
  if (co && event) await db.insert(eventOrganisers).values({ eventId: event.id, userId: co }).onConflictDoNothing();
}
