// The demo shows the facts of issue 17: the MindMe project's training for TAYS and KYS, an AVI's
// training listed with registration elsewhere, and an organising body on every event.
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { events } from '@/db/schema';
import { seedDemoData } from '@/db/seed/demo';
import { GET as eventsGET } from '@/app/api/events/route';

useTestDatabase();

type Entry = {
  slug: string;
  regions: string[];
  organisingBody: { fi: string; sv: string };
  registration: 'kokoon' | { external: string };
  availability: { seatsLeft: Record<string, number | null> };
};

let all: Entry[] = [];
beforeAll(async () => {
  await seedDemoData(db(), new Date());
  all = ((await (await eventsGET(new NextRequest('http://localhost/api/events'))).json()) as { events: Entry[] })
    .events;
});

describe('demo: regions, organising bodies, registration elsewhere', () => {
  it('has a MindMe training organised by the project for TAYS and KYS, listed under both', async () => {
    expect(all.find((e) => e.slug === 'mindme-mielenterveyden-tuki-koulussa')).toMatchObject({
      regions: ['TAYS', 'KYS'],
      organisingBody: { fi: 'MindMe-hanke', sv: 'MindMe-projektet' },
      registration: 'kokoon',
    });
    for (const region of ['TAYS', 'KYS']) {
      const listed = (
        (await (await eventsGET(new NextRequest(`http://localhost/api/events?region=${region}`))).json()) as {
          events: Entry[];
        }
      ).events.map((e) => e.slug);
      expect(listed, region).toContain('mindme-mielenterveyden-tuki-koulussa');
    }
  });

  it("has an AVI's training listed with registration elsewhere, without places in Kokoon", () => {
    expect(all.find((e) => e.slug === 'avi-oppilashuollon-koulutus-oulu')).toMatchObject({
      regions: ['OYS'],
      organisingBody: { fi: 'Pohjois-Suomen aluehallintovirasto', sv: 'Regionförvaltningsverket i Norra Finland' },
      registration: { external: 'https://tapahtumat.avi.example/oppilashuollon-koulutus-oulu' },
      availability: { seatsLeft: { onsite: null } },
    });
  });

  it('names an organising body for every event, in both languages', async () => {
    const rows = await db().select({ id: events.id }).from(events);
    expect(rows.length).toBeGreaterThan(all.length - 1);
    for (const e of all) {
      expect(e.organisingBody.fi, e.slug).not.toBe('');
      expect(e.organisingBody.sv, e.slug).not.toBe('');
    }
    expect(all.find((e) => e.slug === 'tuvet-aikuiset-tampere')?.organisingBody.fi).toBe('TUVET-hanke');
    expect(all.find((e) => e.slug === 'info-ja-verkostoitumispaiva-hankkeille')?.organisingBody.fi).toBe(
      'Opetushallitus',
    );
    expect(all.find((e) => e.slug === 'kys-verkostopaiva')?.organisingBody).toEqual({
      fi: 'VIP-verkosto, KYS-alue',
      sv: 'VIP-nätverket, KUS-området',
    });
  });
});
