import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { seedDemoData } from '@/db/seed/demo';
import { getPublicEvent, listPastEvents, listUpcomingEvents, getPublicSeries } from '@/lib/events/queries';

useTestDatabase();

describe('demo data', () => {
  it('loads all 308 municipalities into provinces of the five regions', async () => {
    const [row] = await db().execute<{ n: number; regions: number }>(sql`
      select count(*)::int as n, count(distinct p.region_code)::int as regions
      from municipalities m join provinces p on p.code = m.province_code`);
    expect(row).toEqual({ n: 308, regions: 5 });
  });

  it('looks like the network year and loads only once', async () => {
    const now = new Date();
    const first = await seedDemoData(db(), now);
    expect(first.seeded).toBe(true);
    const again = await seedDemoData(db(), now);
    expect(again.seeded).toBe(false);

    const upcoming = await listUpcomingEvents({}, now);
    const statuses = upcoming.map((e) => e.availability.status);
    expect(statuses).toContain('waitlist'); // one full
    expect(statuses).toContain('cancelled');
    expect(statuses).toContain('not_open');
    expect((await listPastEvents({}, now)).length).toBeGreaterThan(0);
    const kinds = new Set(upcoming.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['gathering', 'info_day', 'network_day', 'training', 'webinar']);
    for (const region of ['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS']) {
      expect(
        upcoming.some((e) => e.regionCode === region && e.kind === 'network_day'),
        region,
      ).toBe(true);
    }
    expect(upcoming.some((e) => e.scope === 'province')).toBe(true);
    // Closed meetings (issue 17): reachable by their links, in no list; the invited one has its list.
    const closed = await db().execute<{ slug: string; visibility: string; invited: number }>(sql`
      select e.slug, e.visibility::text, (select count(*)::int from event_invitations i where i.event_id = e.id) as invited
      from events e where e.visibility <> 'public' order by e.visibility`);
    expect(closed.map((r) => [r.visibility, r.invited])).toEqual([
      ['unlisted', 0],
      ['invited', 3],
    ]);
    for (const { slug } of closed) {
      expect(upcoming.some((e) => e.slug === slug)).toBe(false);
      expect(await getPublicEvent(slug, now)).not.toBeNull();
    }
    const gathering = upcoming.find((e) => e.kind === 'gathering');
    expect(gathering).toMatchObject({ city: 'Helsinki', format: 'hybrid', scope: 'national' });
    // Event language (issue 15 §4): mostly Finnish, a Swedish one and bilingual ones to filter by.
    const languages = new Set(upcoming.map((e) => e.language));
    expect(languages).toContain('fi');
    expect(languages).toContain('sv');
    expect(languages).toContain('bilingual');

    // Reach statistics have something to show: past attendance is recorded, and people come back.
    const [reach] = await db().execute<{ attended: number; joined: number; future: number; returning: number }>(sql`
      select
        (select count(*)::int from registrations r join events e on e.id = r.event_id where e.ends_at < now() and r.attended_onsite) as attended,
        (select count(*)::int from registrations r join events e on e.id = r.event_id where e.ends_at < now() and r.remote_joined_at is not null) as joined,
        (select count(*)::int from registrations r join events e on e.id = r.event_id where e.starts_at > now() and (r.attended_onsite is not null or r.remote_joined_at is not null)) as future,
        (select count(*)::int from (select lower(email) from registrations group by 1 having count(distinct event_id) > 1) x) as returning`);
    expect(reach.attended).toBeGreaterThan(50);
    expect(reach.joined).toBeGreaterThan(20);
    expect(reach.future).toBe(0);
    expect(reach.returning).toBeGreaterThan(50);
    for (const slug of ['tuvet-lapsen-osallisuus', 'tuvet-aikuisten-nakokulma']) {
      const series = await getPublicSeries(slug, now);
      expect(series?.sessions).toHaveLength(5);
      expect(new Set(series?.sessions.map((s) => s.city)).size).toBe(5);
    }
  });
});

describe('demo data after the event', () => {
  it('marks attendance on past events and has a survey with answers and public materials for the bank', async () => {
    // The first describe block seeded the database already.
    const [row] = await db().execute<{ attended: number; surveys: number; responses: number; bank: number }>(sql`
      select (select count(*)::int from registrations r join events e on e.id = r.event_id where e.ends_at < now() and (r.attended_onsite or r.remote_joined_at is not null)) as attended,
             (select count(*)::int from surveys) as surveys,
             (select count(*)::int from survey_responses) as responses,
             (select count(distinct event_id)::int from event_materials m join events e on e.id = m.event_id where m.visibility = 'public' and e.ends_at < now()) as bank`);
    expect(row.attended).toBeGreaterThan(100);
    expect(row.surveys).toBe(2);
    expect(row.responses).toBeGreaterThan(20);
    expect(row.bank).toBeGreaterThanOrEqual(3);
    // Every seeded invitation belongs to someone who attended, so the survey job mails none of them again.
    const [stray] = await db().execute<{
      n: number;
    }>(sql`select count(*)::int as n from survey_invitations i join registrations r on r.id = i.registration_id
      where not (coalesce(r.attended_onsite, false) or r.remote_joined_at is not null)`);
    expect(stray.n).toBe(0);
  });

  it('has a standalone guide uploaded as a real PDF and a captioned recording in the materials bank', async () => {
    const [guide] = await db().execute<{ content_type: string; head: string; size: number }>(sql`
      select f.content_type, convert_from(substring(f.data from 1 for 5), 'UTF8') as head, f.size from event_materials m join material_files f on f.id = m.file_id
      where m.event_id is null and m.kind = 'guide' and m.visibility = 'public'`);
    expect(guide).toMatchObject({ content_type: 'application/pdf', head: '%PDF-' });
    const [video] = await db().execute<{ n: number }>(
      sql`select count(*)::int as n from event_materials where event_id is null and kind = 'video' and captioned`,
    );
    expect(video.n).toBe(1);
  });
});
