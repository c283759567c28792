import { describe, expect, it } from 'vitest';
import { eventJsonLd, scriptSafeJson } from '@/lib/events/json-ld';
import type { EventDetail } from '@/lib/events/queries';
import type { ProgrammeSlot, ProgrammeWorkshop } from '@/lib/programme/programme';
import { helsinkiTime } from '@/lib/time';

describe('JSON-LD embedding', () => {
  it('cannot be broken out of by text that contains a closing script tag', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});

// A network day on 12 May 2026 (Helsinki summer time, +03:00): a keynote slot, then three parallel workshops.
const event = {
  titleFi: 'Verkostopäivä',
  titleSv: 'Nätverksdag',
  summaryFi: 'Päivä yhdessä',
  summarySv: 'En dag tillsammans',
  startsAt: helsinkiTime(2026, 5, 12, 9),
  endsAt: helsinkiTime(2026, 5, 12, 15),
  status: 'published',
  format: 'hybrid',
  venueName: 'Paasitorni',
  venueAddress: 'Paasivuorenkatu 5 A',
  city: 'Helsinki',
  isFree: true,
  registrationUrl: null,
  registrationOpensAt: null,
  availability: { status: 'open' },
  organisingBody: 'vip_network',
  organisingBodyFi: null,
  organisingBodySv: null,
  regionNameFi: 'HYKS-alue (Helsinki)',
  regionNameSv: 'HUCS-området (Helsingfors)',
  contactName: null,
  contactEmail: null,
} as unknown as EventDetail;

const workshop = (id: number, fi: string, sv: string, capacity: number, seatsLeft: number): ProgrammeWorkshop => ({
  id,
  titleFi: fi,
  titleSv: sv,
  capacity,
  remoteCapacity: null,
  sortOrder: id,
  seatsLeft,
  remoteSeatsLeft: null,
});

const slot = (o: Partial<ProgrammeSlot> & Pick<ProgrammeSlot, 'id' | 'startsAt' | 'endsAt'>): ProgrammeSlot => ({
  titleFi: '',
  titleSv: '',
  speakers: [],
  roomFi: null,
  roomSv: null,
  sortOrder: 0,
  workshops: [],
  ...o,
});

const programme: ProgrammeSlot[] = [
  slot({
    id: 1,
    startsAt: helsinkiTime(2026, 5, 12, 9, 15),
    endsAt: helsinkiTime(2026, 5, 12, 10, 30),
    titleFi: 'Avauspuheenvuoro',
    titleSv: 'Öppningsanförande',
    speakers: ['Liisa Puhuja', 'Karl Talare'],
  }),
  slot({
    id: 2,
    startsAt: helsinkiTime(2026, 5, 12, 12),
    endsAt: helsinkiTime(2026, 5, 12, 13, 30),
    titleFi: 'Iltapäivän työpajat',
    titleSv: 'Eftermiddagens workshoppar',
    workshops: [
      workshop(11, 'Työpaja A', 'Workshop A', 3, 1),
      workshop(12, 'Työpaja B', 'Workshop B', 5, 0),
      workshop(13, 'Työpaja C', 'Workshop C', 8, 8),
    ],
  }),
];

type LdEvent = {
  '@type': string;
  name: string;
  startDate: string;
  endDate: string;
  performer?: { '@type': string; name: string }[];
  maximumAttendeeCapacity?: number;
  remainingAttendeeCapacity?: number;
  subEvent?: LdEvent[];
};

describe('event JSON-LD: the programme as subEvent', () => {
  it('gives each slot as a sub-event with its name, Helsinki start and end and speakers, and its parallel workshops nested under it', () => {
    const ld = eventJsonLd(event, 'fi', 'https://kokoon.example/fi/events/verkostopaiva', programme);
    // Through JSON as search engines read it: undefined fields vanish.
    const subEvent = (JSON.parse(scriptSafeJson(ld)) as { subEvent: LdEvent[] }).subEvent;
    expect(subEvent).toEqual([
      {
        '@type': 'Event',
        name: 'Avauspuheenvuoro',
        startDate: '2026-05-12T09:15:00+03:00',
        endDate: '2026-05-12T10:30:00+03:00',
        performer: [
          { '@type': 'Person', name: 'Liisa Puhuja' },
          { '@type': 'Person', name: 'Karl Talare' },
        ],
      },
      {
        '@type': 'Event',
        name: 'Iltapäivän työpajat',
        startDate: '2026-05-12T12:00:00+03:00',
        endDate: '2026-05-12T13:30:00+03:00',
        subEvent: [
          ['Työpaja A', 3, 1],
          ['Työpaja B', 5, 0],
          ['Työpaja C', 8, 8],
        ].map(([name, max, left]) => ({
          '@type': 'Event',
          name,
          startDate: '2026-05-12T12:00:00+03:00',
          endDate: '2026-05-12T13:30:00+03:00',
          maximumAttendeeCapacity: max,
          remainingAttendeeCapacity: left,
        })),
      },
    ]);
  });

  it('names the slots and workshops in Swedish on the Swedish page', () => {
    const ld = eventJsonLd(event, 'sv', 'https://kokoon.example/sv/events/verkostopaiva', programme);
    const subEvent = ld.subEvent as LdEvent[];
    expect(subEvent.map((s) => s.name)).toEqual(['Öppningsanförande', 'Eftermiddagens workshoppar']);
    expect(subEvent[1].subEvent!.map((w) => w.name)).toEqual(['Workshop A', 'Workshop B', 'Workshop C']);
  });

  it('has no subEvent for an event without a programme', () => {
    const ld = eventJsonLd(event, 'fi', 'https://kokoon.example/fi/events/verkostopaiva');
    expect(ld).toMatchObject({ '@type': 'Event', name: 'Verkostopäivä', startDate: '2026-05-12T09:00:00+03:00' });
    expect(JSON.parse(scriptSafeJson(ld))).not.toHaveProperty('subEvent');
  });
});
