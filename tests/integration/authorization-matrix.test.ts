// Every workspace entry point at the domain layer × who is asking: an organiser of another region,
// the event's own regional organiser, a co-organiser from another region named on the event (or the
// series), a project organiser named on the event's series, a project organiser named on another
// series, a national admin. Pages, server actions and route handlers
// are thin and call exactly these functions with the signed-in organiser, so this is the check that
// matters (tests/e2e/workspace-authorization.spec.ts covers anonymous visitors and the same answers
// over HTTP). Each call gets fresh data, so an allowed change cannot hide a refused one. Another
// region's (or another project's) answer must be "not found" and must change nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent as insertEvent, createSeries } from '../support/factories';
import { formValues } from '../support/event-form';
import { db } from '@/db/client';
import {
  auditLog,
  eventOrganisers,
  events,
  mailOutbox,
  registrations,
  seriesOrganisers,
  surveys,
  users,
} from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { can, type Organiser } from '@/lib/auth/guards';
import { listWorkspaceEvents } from '@/lib/events/workspace';
import { findByCheckInCode, listDoor, listEventRegistrations } from '@/lib/attendance/registrations';
import { checkIn, markAttended, undoCheckIn } from '@/lib/attendance/check-in';
import { cancelOnBehalf, moveOnBehalf, promoteManually } from '@/lib/attendance/places';
import { buildExport } from '@/lib/attendance/export';
import { checkInCode } from '@/lib/attendance/qr';
import { getEventForEdit } from '@/lib/events/editor-read';
import {
  addEventMaterial,
  cancelEvent,
  duplicateEvent,
  publishEvent,
  setCapacities,
  setStream,
  unpublishEvent,
  updateEvent,
} from '@/lib/events/editor';
import { eventSchema } from '@/lib/events/editor-schema';
import { getSeriesForEdit, sessionDefaults, updateSeries } from '@/lib/events/series-editor';
import { getEventPreview } from '@/lib/events/preview';
import { areaStats, eventStats, overviewStats } from '@/lib/stats/queries';
import {
  audienceCounts,
  listEventMessages,
  sendEventMessage,
  sendTestMessage,
  workshopAudiences,
} from '@/lib/messages/service';
import { checkInAtWorkshop, listWorkshopDoor, undoCheckInAtWorkshop } from '@/lib/attendance/workshop-door';
import { messageSchema, testMessageSchema } from '@/lib/messages/schema';
import { certificatePreview, sampleCertificate, sendTestCertificate } from '@/lib/certificates/preview';
import { sendTestSurvey, surveyPreview } from '@/lib/surveys/preview';
import { listAuditLog } from '@/lib/audit';
import { eventInvitations, programmeSlots, programmeWorkshops, workshopPicks } from '@/db/schema';
import { moveToWorkshop, programmeForEditor, removeWorkshop, saveSlot, saveWorkshop } from '@/lib/programme/editor';
import { slotFormSchema, workshopFormSchema } from '@/lib/programme/schema';
import { toHelsinkiIso } from '@/lib/time';
import { changeOrganiser, inviteAsAdmin, listOrganisers, setOrganiserDisabled } from '@/lib/auth/organisers';
import { setEventCoOrganisers, setSeriesCoOrganisers } from '@/lib/auth/co-organisers';
import { inviteToEvent, listInvitations } from '@/lib/invitations/service';
import { saveMaterial } from '@/lib/materials/editor';
import { materialSchema } from '@/lib/materials/schema';
import { materialsMailCount } from '@/lib/materials/notify';
import { getAlertSettings, saveAlertSettings } from '@/lib/alerts/settings';
import { organiserAlerts } from '@/db/schema';
import { removeInvitation, resendInvitation } from '@/lib/invitations/manage';
import { addQuestion, listQuestionsForEditor } from '@/lib/questions/editor';
import { questionFormSchema } from '@/lib/questions/schema';

useTestDatabase();

type Who = 'otherRegion' | 'otherProject' | 'organiser' | 'coOrganiser' | 'project' | 'admin';
const WHO: Who[] = ['otherRegion', 'otherProject', 'organiser', 'coOrganiser', 'project', 'admin'];
const people = {} as Record<Who, Organiser>;
/** The series every test event belongs to: the project organiser is named on it. */
let projectSeries: { id: number };
const DAY = 86400_000;
const period = { from: '2000-01-01', to: '2099-12-31' };

async function organiser(email: string, role: Organiser['role'], regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

/** A test event in the project's series, with the co-organiser named on it. */
async function createEvent(o: Parameters<typeof insertEvent>[0] = {}) {
  const event = await insertEvent({ seriesId: projectSeries.id, ...o });
  await db().insert(eventOrganisers).values({ eventId: event.id, userId: people.coOrganiser.id });
  return event;
}

/** A series with a HYKS session, the co-organiser and the project organiser named on it. */
async function namedSeries() {
  const s = await createSeries(`s-${randomUUID().slice(0, 8)}`);
  await insertEvent({ scope: 'region', regionCode: 'HYKS', seriesId: s.id });
  await db()
    .insert(seriesOrganisers)
    .values([people.coOrganiser, people.project].map((p) => ({ seriesId: s.id, userId: p.id })));
  return s;
}

/** A HYKS event with a confirmed and a waiting person; started an hour ago so attendance can be marked. */
async function fixture(o: Partial<typeof events.$inferInsert> = {}) {
  const startsAt = new Date(Date.now() - 3600_000);
  const event = await createEvent({
    scope: 'region',
    regionCode: 'HYKS',
    format: 'hybrid',
    capacityOnsite: 1,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * 3600_000),
    ...o,
  });
  await addRegistrations(event.id, 1, { municipalityCode: '091', sectorCode: 'education' });
  await addRegistrations(event.id, 1, { status: 'waitlisted', waitlistedAt: new Date() });
  const regs = await db()
    .select({ id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(eq(registrations.eventId, event.id));
  return {
    event,
    confirmed: regs.find((r) => r.status === 'confirmed')!.id,
    waiting: regs.find((r) => r.status === 'waitlisted')!.id,
  };
}

/** The fixture with a feedback survey attached. */
async function withSurvey() {
  const f = await fixture();
  await db().insert(surveys).values({ eventId: f.event.id });
  return f;
}

/** An invited fixture event with one address on its list (put there by the admin). */
async function withInvitation() {
  const { event } = await fixture({ visibility: 'invited' });
  const email = `kutsu.${randomUUID().slice(0, 8)}@example.fi`;
  const r = await inviteToEvent(people.admin, event.id, { addresses: email, language: 'fi' });
  if (!r.ok) throw new Error(r.error);
  const [row] = await db()
    .select({ id: eventInvitations.id })
    .from(eventInvitations)
    .where(eq(eventInvitations.eventId, event.id));
  return { event, invitation: row.id };
}

const message = () =>
  messageSchema.parse({
    audience: 'registrants',
    subjectFi: 'Tiedote',
    bodyFi: 'Teksti',
    subjectSv: '',
    bodySv: '',
    formKey: randomUUID(),
  });
const testMessage = (testLanguage: 'fi' | 'sv') =>
  testMessageSchema.parse({
    audience: 'registrants',
    subjectFi: 'Tiedote',
    bodyFi: 'Teksti',
    subjectSv: '',
    bodySv: '',
    formKey: randomUUID(),
    testLanguage,
  });
const eventInput = () =>
  eventSchema.parse(
    formValues({
      seriesId: String(projectSeries.id),
      scope: 'region',
      regionCode: 'HYKS',
      provinceCode: '',
      titleFi: 'Muokattu',
      startDate: '2030-05-06',
      endDate: '2030-05-06',
    }),
  );
const slides = () =>
  materialSchema.parse({
    kind: 'slides',
    visibility: 'participants',
    language: 'fi',
    titleFi: 'Diat',
    url: 'https://example.fi/diat',
  });
const notify = { notifyParticipants: true };
const okOf = (r: unknown) =>
  r === null || r === undefined
    ? false
    : typeof r === 'object' && 'ok' in (r as object)
      ? (r as { ok: boolean }).ok
      : true;

/** `regionOnly`: a region's own view (its statistics): not the named co-organisers' or projects'. */
type Entry = { name: string; adminOnly?: boolean; regionOnly?: boolean; run: (o: Organiser) => Promise<unknown> };

const entries: Entry[] = [
  // Pages (reads)
  { name: 'attendance list', run: async (o) => listEventRegistrations(o, (await fixture()).event.id) },
  { name: 'door check-in list', run: async (o) => listDoor(o, (await fixture()).event.id) },
  {
    name: 'sign-in sheet',
    run: async (o) => listEventRegistrations(o, (await fixture()).event.id, { status: 'confirmed' }),
  },
  { name: 'QR check-in page', run: async (o) => findByCheckInCode(o, checkInCode((await fixture()).confirmed)) },
  { name: 'event editor', run: async (o) => getEventForEdit(o, (await fixture()).event.id) },
  {
    name: 'public page preview (draft)',
    run: async (o) => getEventPreview(o, (await fixture({ status: 'draft' })).event.id),
  },
  { name: 'event statistics', run: async (o) => eventStats(o, (await fixture()).event.id) },
  {
    name: 'region statistics',
    regionOnly: true,
    run: async (o) => {
      await fixture();
      return areaStats(o, 'HYKS', period);
    },
  },
  { name: 'all regions side by side', adminOnly: true, run: async (o) => overviewStats(o, period) },
  { name: 'message audiences', run: async (o) => audienceCounts(o, (await fixture()).event.id) },
  { name: 'message progress', run: async (o) => listEventMessages(o, (await fixture()).event.id) },
  {
    name: 'certificate preview',
    run: async (o) => certificatePreview(o, (await fixture({ kind: 'training' })).event.id),
  },
  { name: 'survey invitation preview', run: async (o) => surveyPreview(o, (await withSurvey()).event.id) },
  {
    name: 'invitation list',
    run: async (o) => listInvitations(o, (await fixture({ visibility: 'invited' })).event.id),
  },
  {
    name: 'series editor',
    run: async (o) => {
      const s = await namedSeries();
      return getSeriesForEdit(o, s.id);
    },
  },
  {
    name: 'series questions',
    run: async (o) => listQuestionsForEditor(o, { seriesId: (await namedSeries()).id }),
  },
  {
    name: 'new session of a series',
    run: async (o) => {
      const s = await namedSeries();
      return sessionDefaults(o, s.id);
    },
  },
  { name: 'audit log', adminOnly: true, run: (o) => listAuditLog(o) },
  { name: 'organiser accounts', adminOnly: true, run: (o) => listOrganisers(o) },
  // The page asks requireAdmin(…, 'embedList') and reads only public data.
  { name: 'embed snippet generator', adminOnly: true, run: async (o) => can(o, 'embedList') || null },
  // Route handlers
  {
    name: 'export CSV',
    run: async (o) =>
      buildExport(o, (await fixture()).event.id, { list: 'registrations', format: 'csv', locale: 'fi' }),
  },
  {
    name: 'sample certificate PDF',
    run: async (o) => sampleCertificate(o, (await fixture({ kind: 'training' })).event.id, 'fi'),
  },
  // Server actions (changes)
  {
    name: 'send a test certificate to me',
    run: async (o) => sendTestCertificate(o, (await fixture({ kind: 'training' })).event.id, 'sv'),
  },
  {
    name: 'send a test survey invitation to me',
    run: async (o) => sendTestSurvey(o, (await withSurvey()).event.id, 'fi'),
  },
  {
    name: 'send a test message to me',
    run: async (o) => sendTestMessage(o, (await fixture()).event.id, testMessage('fi')),
  },
  {
    name: 'invite to an invited event',
    run: async (o) =>
      inviteToEvent(o, (await fixture({ visibility: 'invited' })).event.id, {
        addresses: `kutsuttu.${randomUUID().slice(0, 8)}@example.fi`,
        language: 'fi',
      }),
  },
  {
    name: 'add a series question',
    run: async (o) =>
      addQuestion(
        o,
        { seriesId: (await namedSeries()).id },
        questionFormSchema.parse({ type: 'yesNo', labelFi: 'Lounas?', labelSv: 'Lunch?', askedOf: 'both' }),
      ),
  },
  {
    name: 'remove an invitation',
    run: async (o) => {
      const { event, invitation } = await withInvitation();
      return removeInvitation(o, event.id, invitation);
    },
  },
  {
    name: 'resend an invitation',
    run: async (o) => {
      const { event, invitation } = await withInvitation();
      return resendInvitation(o, event.id, invitation);
    },
  },
  { name: 'check in', run: async (o) => checkIn(o, (await fixture()).confirmed) },
  { name: 'undo check-in', run: async (o) => undoCheckIn(o, (await fixture()).confirmed) },
  { name: 'mark attended', run: async (o) => markAttended(o, (await fixture()).confirmed, true) },
  { name: 'cancel on behalf', run: async (o) => cancelOnBehalf(o, (await fixture()).confirmed) },
  { name: 'promote from the line', run: async (o) => promoteManually(o, (await fixture()).waiting) },
  { name: 'move to remote', run: async (o) => moveOnBehalf(o, (await fixture()).confirmed, 'remote') },
  { name: 'send a message', run: async (o) => sendEventMessage(o, (await fixture()).event.id, message()) },
  {
    name: 'save event',
    run: async (o) =>
      updateEvent(
        o,
        (
          await fixture({
            startsAt: new Date(Date.now() + 30 * DAY),
            endsAt: new Date(Date.now() + 30 * DAY + 3600_000),
          })
        ).event.id,
        eventInput(),
      ),
  },
  { name: 'capacity', run: async (o) => setCapacities(o, (await fixture()).event.id, { onsite: 5, remote: null }) },
  {
    name: 'publish',
    run: async (o) => publishEvent(o, (await fixture({ status: 'draft' })).event.id, new Date(), { confirmed: true }),
  },
  {
    name: 'unpublish',
    run: async (o) => unpublishEvent(o, (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id),
  },
  {
    name: 'cancel event',
    run: async (o) => cancelEvent(o, (await fixture()).event.id, { changeNoteFi: null, changeNoteSv: null }),
  },
  { name: 'duplicate', run: async (o) => duplicateEvent(o, (await fixture()).event.id) },
  {
    name: 'stream',
    run: async (o) =>
      setStream(o, (await fixture()).event.id, {
        url: 'https://video.example/live',
        instructionsFi: null,
        instructionsSv: null,
      }),
  },
  {
    name: 'material',
    run: async (o) =>
      addEventMaterial(o, (await fixture()).event.id, {
        kind: 'link',
        titleFi: 'Diat',
        titleSv: null,
        url: 'https://example.fi/diat',
        visibility: 'public',
      }),
  },
  {
    name: '"materials are available" mail (a material saved with the box ticked)',
    run: async (o) => saveMaterial(o, { kind: 'event', eventId: (await fixture()).event.id }, slides(), null, notify),
  },
  { name: 'materials mail count (material form)', run: async (o) => materialsMailCount(o, (await fixture()).event.id) },
  {
    name: 'save series',
    run: async (o) => {
      const s = await namedSeries();
      return updateSeries(o, s.id, {
        titleFi: 'Uusi nimi',
        titleSv: null,
        descriptionFi: '',
        descriptionSv: null,
        trainers: '',
        project: '',
        slug: s.slug,
      } as never);
    },
  },
  {
    name: 'name co-organisers of an event',
    adminOnly: true,
    run: async (o) => setEventCoOrganisers(o, (await fixture()).event.id, [people.coOrganiser.id, people.project.id]),
  },
  {
    name: 'name co-organisers of a series',
    adminOnly: true,
    run: async (o) => setSeriesCoOrganisers(o, (await namedSeries()).id, [people.otherRegion.id]),
  },
  {
    name: 'invite organiser',
    adminOnly: true,
    run: (o) =>
      inviteAsAdmin(o, {
        email: `uusi.${randomUUID().slice(0, 8)}@example.fi`,
        name: null,
        role: 'organiser',
        regions: ['HYKS'],
      }),
  },
  {
    name: 'change organiser',
    adminOnly: true,
    run: async (o) =>
      changeOrganiser(o, (await organiser(`x.${randomUUID().slice(0, 8)}@example.fi`, 'organiser', ['OYS'])).id, {
        role: 'organiser',
        regions: ['HYKS'],
        name: null,
      }),
  },
  {
    name: 'disable organiser',
    adminOnly: true,
    run: async (o) =>
      setOrganiserDisabled(
        o,
        (await organiser(`y.${randomUUID().slice(0, 8)}@example.fi`, 'organiser', ['OYS'])).id,
        true,
      ),
  },
  { name: 'programme editor', run: async (o) => programmeForEditor(o, (await fixture()).event.id) },
  {
    name: 'add a programme slot',
    run: async (o) => {
      const { event } = await fixture();
      return saveSlot(o, event.id, null, slotInput(event.startsAt));
    },
  },
  {
    name: 'add a workshop',
    run: async (o) => {
      const w = await withWorkshops();
      return saveWorkshop(
        o,
        w.event.id,
        w.slot.id,
        null,
        workshopFormSchema.parse({ titleFi: 'C', titleSv: 'C', capacity: '4' }),
      );
    },
  },
  {
    name: 'remove a workshop',
    run: async (o) => {
      const w = await withWorkshops();
      return removeWorkshop(o, w.event.id, w.workshops[1].id);
    },
  },
  {
    name: 'move to another workshop',
    run: async (o) => {
      const w = await withWorkshops();
      return moveToWorkshop(o, w.event.id, w.confirmed, w.slot.id, w.workshops[1].id);
    },
  },
  {
    name: 'workshop door list',
    run: async (o) => {
      const w = await withWorkshops();
      return listWorkshopDoor(o, w.event.id, w.workshops[0].id);
    },
  },
  {
    name: 'workshop sign-in sheet',
    run: async (o) => {
      const w = await withWorkshops();
      return listEventRegistrations(o, w.event.id, { status: 'confirmed', workshop: String(w.workshops[0].id) });
    },
  },
  {
    name: 'check in at a workshop',
    run: async (o) => {
      const w = await withWorkshops();
      return checkInAtWorkshop(o, w.confirmed, w.workshops[0].id);
    },
  },
  {
    name: 'undo check-in at a workshop',
    run: async (o) => {
      const w = await withWorkshops();
      return undoCheckInAtWorkshop(o, w.confirmed, w.workshops[0].id);
    },
  },
  {
    name: 'workshop message audiences',
    run: async (o) => workshopAudiences(o, (await withWorkshops()).event.id, 'fi'),
  },
  {
    name: "message a workshop's people",
    run: async (o) => {
      const w = await withWorkshops();
      return sendEventMessage(o, w.event.id, {
        ...message(),
        audience: 'workshop',
        workshopId: w.workshops[0].id,
        withWaitlist: false,
      });
    },
  },
];

/** A slot of the programme an hour into the event, as its editor form sends it. */
const slotInput = (eventStart: Date) =>
  slotFormSchema.parse({
    start: toHelsinkiIso(new Date(eventStart.getTime() + 60_000)).slice(0, 16),
    end: toHelsinkiIso(new Date(eventStart.getTime() + 3600_000)).slice(0, 16),
    titleFi: 'Avaus',
    titleSv: 'Öppning',
  });

/** The fixture with a slot of two workshops, the confirmed person in the first. */
async function withWorkshops() {
  const f = await fixture();
  const [slot] = await db()
    .insert(programmeSlots)
    .values({ eventId: f.event.id, startsAt: f.event.startsAt, endsAt: f.event.endsAt, titleFi: 'T', titleSv: 'W' })
    .returning();
  const workshops = await db()
    .insert(programmeWorkshops)
    .values([
      { slotId: slot.id, titleFi: 'A', titleSv: 'A', capacity: 5 },
      { slotId: slot.id, titleFi: 'B', titleSv: 'B', capacity: 5 },
    ])
    .returning();
  await db()
    .insert(workshopPicks)
    .values({ registrationId: f.confirmed, slotId: slot.id, workshopId: workshops[0].id });
  return { ...f, slot, workshops };
}

beforeAll(async () => {
  people.otherRegion = await organiser('tays@matrix.example', 'organiser', ['TAYS']);
  people.organiser = await organiser('hyks@matrix.example', 'organiser', ['HYKS']);
  people.coOrganiser = await organiser('oys@matrix.example', 'organiser', ['OYS']);
  people.project = await organiser('tuvet@matrix.example', 'project', []);
  people.otherProject = await organiser('mindme@matrix.example', 'project', []);
  people.admin = await organiser('admin@matrix.example', 'admin', []);
  projectSeries = await createSeries('matriisi-projekti');
  await db().insert(seriesOrganisers).values({ seriesId: projectSeries.id, userId: people.project.id });
  const other = await createSeries('matriisi-muu-projekti');
  await db().insert(seriesOrganisers).values({ seriesId: other.id, userId: people.otherProject.id });
});

describe('authorization matrix', () => {
  it('allows each entry point to exactly the right people', async () => {
    const got: Record<string, Record<Who, boolean>> = {};
    const want: Record<string, Record<Who, boolean>> = {};
    for (const e of entries) {
      got[e.name] = {} as Record<Who, boolean>;
      for (const who of WHO) got[e.name][who] = okOf(await e.run(people[who]));
      const named = !e.adminOnly && !e.regionOnly;
      want[e.name] = {
        otherRegion: false,
        otherProject: false,
        organiser: !e.adminOnly,
        coOrganiser: named,
        project: named,
        admin: true,
      };
    }
    expect(got).toEqual(want);
  }, 180_000); // some 200 calls in one test: 8 s on a quiet machine, over 30 s on a loaded one

  it.each(['otherRegion', 'otherProject'] as const)(
    'answers %s as "not found" and leaves its data, mails and the audit log untouched',
    async (who) => {
      const { event, confirmed, waiting } = await fixture();
      const snapshot = async () => ({
        regs: await db()
          .select()
          .from(registrations)
          .where(eq(registrations.eventId, event.id))
          .orderBy(registrations.id),
        event: (await db().select().from(events).where(eq(events.id, event.id)))[0],
        mails: (await db().select({ id: mailOutbox.id }).from(mailOutbox)).length,
        audit: (await db().select({ id: auditLog.id }).from(auditLog)).length,
        users: await db().select().from(users).orderBy(users.id),
      });
      const before = await snapshot();
      const o = people[who];
      const answers = [
        await checkIn(o, confirmed),
        await undoCheckIn(o, confirmed),
        await markAttended(o, confirmed, false),
        await cancelOnBehalf(o, confirmed),
        await promoteManually(o, waiting),
        await moveOnBehalf(o, confirmed, 'remote'),
        await listEventRegistrations(o, event.id),
        await buildExport(o, event.id, { list: 'attendance', format: 'xlsx', locale: 'sv' }),
        await findByCheckInCode(o, checkInCode(confirmed)),
      ];
      for (const a of answers) expect(a).toEqual({ ok: false, error: 'attendance.notFound' });
      expect(await eventStats(o, event.id)).toEqual({ ok: false, error: 'stats.notFound' });
      expect(await sendEventMessage(o, event.id, message())).toEqual({ ok: false, error: 'messages.errors.notFound' });
      expect(await sendTestMessage(o, event.id, testMessage('sv'))).toEqual({
        ok: false,
        error: 'messages.errors.notFound',
      });
      expect(await sendTestCertificate(o, event.id, 'fi')).toEqual({ ok: false, error: 'certificate.notFound' });
      expect(await sendTestSurvey(o, event.id, 'sv')).toEqual({ ok: false, error: 'mailPreview.errors.notFound' });
      expect(await surveyPreview(o, event.id)).toEqual({ ok: false, error: 'mailPreview.errors.notFound' });
      expect(await getEventPreview(o, event.id)).toBeNull();
      expect(await inviteToEvent(o, event.id, { addresses: 'kutsu@example.fi', language: 'fi' })).toEqual({
        ok: false,
        error: 'invitations.errors.notFound',
      });
      expect(await listInvitations(o, event.id)).toBeNull();
      expect(await saveMaterial(o, { kind: 'event', eventId: event.id }, slides(), null, notify)).toEqual({
        ok: false,
        error: 'editor.errors.notFound',
      });
      expect(await materialsMailCount(o, event.id)).toBeNull();
      expect(await publishEvent(o, event.id)).toMatchObject({ ok: false, error: 'editor.errors.notFound' });
      expect(await setOrganiserDisabled(o, people.organiser.id, true)).toEqual({
        ok: false,
        error: 'organisers.errors.notFound',
      });
      expect(await snapshot()).toEqual(before);
      // The workspace list never shows the other region's event either.
      expect((await listWorkspaceEvents(o)).some((e) => e.id === event.id)).toBe(false);
    },
  );

  it('lets every organiser read and change only their own alert settings (the account comes from the session)', async () => {
    for (const who of WHO) {
      const o = people[who];
      expect(
        await saveAlertSettings(o, { eventFull: 'on', waitlistThreshold: String(WHO.indexOf(who) + 1) }, 'sv'),
      ).toEqual({
        ok: true,
      });
    }
    const rows = await db().select().from(organiserAlerts);
    for (const who of WHO) {
      expect(rows.filter((r) => r.userId === people[who].id)).toHaveLength(1);
      expect(await getAlertSettings(people[who])).toMatchObject({ waitlistThreshold: WHO.indexOf(who) + 1 });
    }
  });
});
