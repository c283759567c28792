// Every workspace entry point at the domain layer × who is asking: an organiser of another region,
// the event's own regional organiser, a co-organiser from another region named on the event (or the
// series), a project organiser named on the event's series, a project organiser named on another
// series, a national admin. Pages, server actions and route handlers
// are thin and call exactly these functions with the signed-in organiser, so this is the check that
// matters (tests/e2e/workspace-authorization.spec.ts covers anonymous visitors and the same answers
// over HTTP). Each call gets fresh data, so an allowed change cannot hide a refused one. Another
// region's (or another project's) answer must be "not found" and must change nothing. The last
// test finds the entry points in the source (every lib/ function the workspace calls with the
// organiser) and fails on one this file does not import; the upload route under app/api/workspace
// is called as Next calls it, with the session stubbed.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { translate } from '@/lib/i18n/messages';
import ts from 'typescript';
import { NextRequest } from 'next/server';
import { eq, sql } from 'drizzle-orm';
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
import {
  addQuestion,
  listQuestionsForEditor,
  moveQuestion,
  removeQuestion,
  reorderQuestions,
  updateQuestion,
} from '@/lib/questions/editor';
import { questionFormSchema } from '@/lib/questions/schema';
import { getMaterialForEdit, moveMaterial, removeMaterial } from '@/lib/materials/editor';
import { organiserFileRequest, saveMaterialRequest } from '@/lib/materials/http';
import { listStandaloneForOrganiser } from '@/lib/materials/queries';
import type { UploadedFile } from '@/lib/materials/files';
import {
  addQuestion as addSurveyQuestion,
  attachSurvey,
  getSurveyForEditor,
  removeQuestion as removeSurveyQuestion,
} from '@/lib/surveys/editor';
import { questionSchema as surveyQuestionSchema } from '@/lib/surveys/schema';
import { eventSurveyResults, exportSurveyResults, regionSurveyResults } from '@/lib/surveys/results';
import { removeSlot } from '@/lib/programme/editor';
import { sendCertificates } from '@/lib/certificates';
import { statsAreas } from '@/lib/stats/queries';
import { loadAreaReport, loadEventReport } from '@/lib/stats/report';
import { exportStats } from '@/lib/stats/http';
import { exportRegistrations } from '@/lib/attendance/http';
import { scopedEvent } from '@/lib/events/scoped';
import { audienceLanguageCounts } from '@/lib/messages/service';
import { createEvent as createEventAs, publishWarnings } from '@/lib/events/editor';
import { createSeries as createSeriesAs, listManageableSeries } from '@/lib/events/series-editor';
import { seriesSchema } from '@/lib/events/editor-schema';
import { eventCoOrganisers, listCoOrganiserChoices } from '@/lib/auth/co-organisers';
import { auditActors } from '@/lib/audit';
import { addAudienceItem, moveAudienceItem, updateAudienceItem } from '@/lib/audience/admin';
import { getAudienceLists } from '@/lib/audience/lists';
import { adminEmail, adminErase, adminExport, adminLookup } from '@/lib/privacy/admin';
import { POST as saveMaterialPOST } from '@/app/api/workspace/materials/route';

/** Who the session says is signed in, for the route handlers called here (Auth.js reads a request's cookie). */
const session = vi.hoisted(() => ({ organiser: null as Organiser | null }));
vi.mock('@/lib/auth/guards', async (original) => ({
  ...(await original<object>()),
  currentOrganiser: async () => session.organiser,
}));

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
/** The event form, in HYKS and in a series (the project's by default; null: none). */
const eventInput = (seriesId: number | null = projectSeries.id) =>
  eventSchema.parse(
    formValues({
      seriesId: seriesId === null ? '' : String(seriesId),
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
/** Allowed: a domain result that is ok, a route handler's 200, any other answer but null. */
const okOf = (r: unknown) =>
  r === null || r === undefined
    ? false
    : r instanceof Response
      ? r.status === 200
      : typeof r === 'object' && 'ok' in (r as object)
        ? (r as { ok: boolean }).ok
        : true;

/**
 * `regionOnly`: a region's own view (its statistics): not the named co-organisers' or projects'.
 * `allowed`: exactly these (an organiser's own things: a standalone material is its creator's).
 */
type Entry = {
  name: string;
  adminOnly?: boolean;
  regionOnly?: boolean;
  allowed?: readonly Who[];
  run: (o: Organiser) => Promise<unknown>;
};

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

// Materials (issue 17 "Materials archive"): an event's material is its event's; a standalone one is
// its creator's and the admin's.

/** A PDF as the upload route hands it on after checking its content. */
const PDF: UploadedFile = {
  bytes: new TextEncoder().encode('%PDF-1.4\n%matriisi\n'),
  type: { ext: 'pdf', contentType: 'application/pdf' },
  filename: 'matriisi.pdf',
};

/** The material form with a file instead of the link. */
const slidesFile = () => ({ ...slides(), url: null });

async function savedMaterial(o: Organiser, target: Parameters<typeof saveMaterial>[1], file: UploadedFile | null) {
  const r = await saveMaterial(o, target, file ? slidesFile() : slides(), file);
  if (!r.ok) throw new Error(r.error);
  return r.value.id;
}

/** The fixture with two materials, the first an uploaded file (saved by the admin). */
async function withMaterials() {
  const f = await fixture();
  const first = await savedMaterial(people.admin, { kind: 'event', eventId: f.event.id }, PDF);
  const second = await savedMaterial(people.admin, { kind: 'event', eventId: f.event.id }, null);
  return { ...f, first, second };
}

/** A standalone material with a file, made by the HYKS organiser. */
const standalone = () => savedMaterial(people.organiser, { kind: 'standalone' }, PDF);

/** The multipart POST of the material form (POST /api/workspace/materials?locale=sv). */
function materialPost(target: string, file: UploadedFile | null = PDF): NextRequest {
  const form = new FormData();
  const fields = { target, kind: 'slides', visibility: 'participants', language: 'fi', titleFi: 'Diat' };
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('file', new File([file.bytes as BlobPart], file.filename, { type: 'application/pdf' }));
  else form.set('url', 'https://example.fi/diat');
  return new NextRequest('http://localhost/api/workspace/materials?locale=sv', { method: 'POST', body: form });
}

const surveyQuestion = () => surveyQuestionSchema.parse({ kind: 'text', textFi: 'Mitä jäi mieleen?' });
const regQuestion = (labelFi: string) =>
  questionFormSchema.parse({ type: 'yesNo', labelFi, labelSv: labelFi, askedOf: 'both' });

/** The survey fixture with one question of the organiser's own (the standard ones cannot be removed). */
async function withSurveyQuestion() {
  const f = await withSurvey();
  const r = await addSurveyQuestion(people.admin, f.event.id, surveyQuestion());
  if (!r.ok) throw new Error(r.error);
  return { ...f, question: r.value.id };
}

/** Two registration questions of an event (the fixture) or of a named series. */
async function withQuestions(of: 'event' | 'series') {
  const owner = of === 'event' ? (await fixture()).event.id : { seriesId: (await namedSeries()).id };
  const ids: number[] = [];
  for (const label of ['Lounas?', 'Sauna?']) {
    const r = await addQuestion(people.admin, owner, regQuestion(label));
    if (!r.ok) throw new Error(r.error);
    ids.push(r.value.id);
  }
  return { owner, ids };
}

/** A training held yesterday, the confirmed person attended: its certificates may be sent. */
async function heldTraining() {
  const startsAt = new Date(Date.now() - DAY);
  const f = await fixture({ kind: 'training', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) });
  await db()
    .update(registrations)
    .set({ attendedOnsite: true, checkedInAt: startsAt })
    .where(eq(registrations.id, f.confirmed));
  return f;
}

/** A route handler's own request, as withOrganiser hands it on with the session's organiser. */
const routeRequest = <P extends { locale: string }>(o: Organiser, path: string, params: P) => {
  const url = new URL(path, 'http://localhost');
  return { req: new Request(url), url, locale: 'fi' as const, params, organiser: o };
};

/** An admin's reference to a person's data (what the privacy page's lookup gives). */
async function privacyRef(email = `henkilo.${randomUUID().slice(0, 8)}@example.fi`) {
  const token = await adminLookup(people.admin, email);
  if (!token) throw new Error('no reference');
  return token;
}

const EVERYONE: readonly Who[] = WHO;
/** A standalone material: its creator (the HYKS organiser) and the admin. */
const CREATOR: readonly Who[] = ['organiser', 'admin'];

const materialEntries: Entry[] = [
  {
    name: "material editor (an event's material)",
    run: async (o) => getMaterialForEdit(o, (await withMaterials()).first),
  },
  {
    name: "material file (an event's material)",
    run: async (o) => organiserFileRequest(o, String((await withMaterials()).first)),
  },
  {
    name: "edit an event's material",
    run: async (o) => saveMaterial(o, { kind: 'existing', id: (await withMaterials()).second }, slides(), null),
  },
  {
    name: "replace an event's material with a file (POST /api/workspace/materials)",
    run: async (o) => saveMaterialRequest(materialPost(`material:${(await withMaterials()).first}`), o),
  },
  {
    name: 'add a material to an event (POST /api/workspace/materials)',
    run: async (o) => saveMaterialRequest(materialPost(`event:${(await fixture()).event.id}`, null), o),
  },
  { name: "remove an event's material", run: async (o) => removeMaterial(o, (await withMaterials()).first) },
  { name: "move an event's material", run: async (o) => moveMaterial(o, (await withMaterials()).second, 'up') },
  {
    name: 'standalone materials list (shows the material)',
    allowed: CREATOR,
    run: async (o) => {
      const id = await standalone();
      return (await listStandaloneForOrganiser(o)).some((m) => m.id === id) || null;
    },
  },
  { name: 'standalone material editor', allowed: CREATOR, run: async (o) => getMaterialForEdit(o, await standalone()) },
  {
    name: 'standalone material file',
    allowed: CREATOR,
    run: async (o) => organiserFileRequest(o, String(await standalone())),
  },
  {
    name: 'edit a standalone material',
    allowed: CREATOR,
    run: async (o) => saveMaterial(o, { kind: 'existing', id: await standalone() }, slides(), null),
  },
  {
    name: 'edit a standalone material (POST /api/workspace/materials)',
    allowed: CREATOR,
    run: async (o) => saveMaterialRequest(materialPost(`material:${await standalone()}`), o),
  },
  { name: 'remove a standalone material', allowed: CREATOR, run: async (o) => removeMaterial(o, await standalone()) },
  {
    name: 'add a standalone material',
    allowed: EVERYONE,
    run: (o) => saveMaterial(o, { kind: 'standalone' }, slides(), null),
  },
  {
    name: 'add a standalone material (POST /api/workspace/materials)',
    allowed: EVERYONE,
    run: (o) => saveMaterialRequest(materialPost('standalone'), o),
  },
];

const feedbackQuestionProgrammeEntries: Entry[] = [
  { name: 'survey editor', run: async (o) => getSurveyForEditor(o, (await withSurvey()).event.id) },
  { name: 'attach a survey', run: async (o) => attachSurvey(o, (await fixture()).event.id) },
  {
    name: 'add a survey question',
    run: async (o) => addSurveyQuestion(o, (await withSurvey()).event.id, surveyQuestion()),
  },
  {
    name: 'remove a survey question',
    run: async (o) => {
      const f = await withSurveyQuestion();
      return removeSurveyQuestion(o, f.event.id, f.question);
    },
  },
  { name: 'feedback results', run: async (o) => eventSurveyResults(o, (await withSurvey()).event.id, 'fi') },
  { name: 'feedback export', run: async (o) => exportSurveyResults(o, (await withSurvey()).event.id, 'xlsx', 'sv') },
  {
    name: 'feedback overview (shows the event)',
    run: async (o) => {
      const { event } = await withSurvey();
      return (await regionSurveyResults(o, undefined, 'fi')).events.some((e) => e.id === event.id) || null;
    },
  },
  { name: 'event questions', run: async (o) => listQuestionsForEditor(o, (await fixture()).event.id) },
  {
    name: 'add an event question',
    run: async (o) => addQuestion(o, (await fixture()).event.id, regQuestion('Erityisruokavalio?')),
  },
  ...(['event', 'series'] as const).flatMap((of): Entry[] => [
    {
      name: `edit a ${of} question`,
      run: async (o) => {
        const q = await withQuestions(of);
        return updateQuestion(o, q.owner, q.ids[0], regQuestion('Lounas mukaan?'));
      },
    },
    {
      name: `remove a ${of} question`,
      run: async (o) => {
        const q = await withQuestions(of);
        return removeQuestion(o, q.owner, q.ids[0]);
      },
    },
    {
      name: `move a ${of} question`,
      run: async (o) => {
        const q = await withQuestions(of);
        return moveQuestion(o, q.owner, q.ids[1], 'up');
      },
    },
    {
      name: `reorder ${of} questions (dragged)`,
      run: async (o) => {
        const q = await withQuestions(of);
        return reorderQuestions(o, q.owner, [...q.ids].reverse());
      },
    },
  ]),
  {
    name: 'remove a programme slot',
    run: async (o) => {
      const { event } = await fixture();
      const r = await saveSlot(people.admin, event.id, null, slotInput(event.startsAt));
      if (!r.ok) throw new Error(r.error);
      return removeSlot(o, event.id, r.value.id);
    },
  },
  { name: 'send certificates', run: async (o) => sendCertificates(o, (await heldTraining()).event.id) },
];

const eventSeriesStatsAdminEntries: Entry[] = [
  { name: "event page heading (the event's own pages)", run: async (o) => scopedEvent(o, (await fixture()).event.id) },
  { name: 'message languages', run: async (o) => audienceLanguageCounts(o, (await fixture()).event.id) },
  {
    name: 'publish warnings (event editor)',
    run: async (o) => publishWarnings(o, (await fixture({ status: 'draft' })).event.id),
  },
  {
    name: 'co-organisers of an event (event editor)',
    run: async (o) => eventCoOrganisers(o, (await fixture()).event.id),
  },
  { name: 'co-organiser choices (editors)', adminOnly: true, run: (o) => listCoOrganiserChoices(o) },
  {
    name: 'workspace event list (shows the event)',
    run: async (o) => {
      const { event } = await fixture();
      return (await listWorkspaceEvents(o)).some((e) => e.id === event.id) || null;
    },
  },
  {
    name: 'series list (shows the series)',
    run: async (o) => {
      const s = await namedSeries();
      return (await listManageableSeries(o)).some((x) => x.id === s.id) || null;
    },
  },
  {
    name: 'create an event in a series',
    run: async (o) => createEventAs(o, eventInput((await namedSeries()).id)),
  },
  {
    name: 'create an event in the region (no series)',
    regionOnly: true,
    run: (o) => createEventAs(o, eventInput(null)),
  },
  {
    name: 'create a series',
    allowed: EVERYONE,
    run: (o) => createSeriesAs(o, seriesSchema.parse({ titleFi: 'Uusi sarja', trainers: '', project: '' })),
  },
  // Statistics
  { name: 'event statistics report', run: async (o) => loadEventReport(o, (await fixture()).event.id, 'fi') },
  {
    name: 'event statistics export (route)',
    run: async (o) => {
      const id = String((await fixture()).event.id);
      return exportStats(routeRequest(o, `/fi/workspace/events/${id}/stats/export?format=xlsx`, { locale: 'fi', id }));
    },
  },
  {
    name: 'statistics areas (offers the region)',
    regionOnly: true,
    run: async (o) => (await statsAreas(o)).includes('HYKS') || null,
  },
  {
    name: 'region statistics report',
    regionOnly: true,
    run: async (o) => {
      await fixture();
      return loadAreaReport(o, { area: 'HYKS' }, 'sv');
    },
  },
  {
    name: 'region statistics export (route)',
    regionOnly: true,
    run: async (o) => {
      await fixture();
      return exportStats(
        routeRequest(o, '/fi/workspace/stats/export?area=HYKS&format=csv&table=sectors', { locale: 'fi' }),
      );
    },
  },
  { name: 'all regions report', adminOnly: true, run: (o) => loadAreaReport(o, { area: 'all' }, 'fi') },
  {
    name: 'all regions export (route)',
    adminOnly: true,
    run: (o) => exportStats(routeRequest(o, '/fi/workspace/stats/export?area=all&format=xlsx', { locale: 'fi' })),
  },
  {
    name: 'registrations export (route)',
    run: async (o) => {
      const id = String((await fixture()).event.id);
      return exportRegistrations(
        routeRequest(o, `/fi/workspace/events/${id}/export?format=xlsx`, { locale: 'fi', id }),
      );
    },
  },
  // A national admin's rooms
  { name: 'audit log authors (filter)', adminOnly: true, run: (o) => auditActors(o) },
  {
    name: 'add an audience list item',
    adminOnly: true,
    run: (o) => {
      const name = `Rooli ${randomUUID().slice(0, 8)}`;
      return addAudienceItem(o, 'roleCategories', { nameFi: name, nameSv: name });
    },
  },
  {
    name: 'rename an audience list item',
    adminOnly: true,
    run: async (o) => {
      const [item] = (await getAudienceLists()).organisationTypes;
      return updateAudienceItem(o, 'organisationTypes', item.code, {
        ...item,
        nameSv: `${item.nameFi} ${randomUUID().slice(0, 4)}`,
      });
    },
  },
  {
    name: 'move an audience list item',
    adminOnly: true,
    run: async (o) =>
      moveAudienceItem(o, 'educationLevels', (await getAudienceLists()).educationLevels[0].code, 'down'),
  },
  {
    name: "look up a person's data",
    adminOnly: true,
    run: (o) => adminLookup(o, `haku.${randomUUID().slice(0, 8)}@example.fi`),
  },
  { name: "a person's data (privacy page)", adminOnly: true, run: async (o) => adminEmail(o, await privacyRef()) },
  { name: "export a person's data (route)", adminOnly: true, run: async (o) => adminExport(o, await privacyRef()) },
  { name: "erase a person's data", adminOnly: true, run: async (o) => adminErase(o, await privacyRef()) },
];

/** The matrix in parts of some 25 entry points, so that each test stays well within its time on a busy machine. */
const GROUPS: [string, Entry[]][] = [
  ['pages, route handlers, test mails and invitations', entries.slice(0, 29)],
  ['attendance, the event editor, organiser accounts and the programme', entries.slice(29)],
  ['materials', materialEntries],
  ['feedback, registration questions, programme slots and certificates', feedbackQuestionProgrammeEntries],
  ['lists, creating, statistics and the admin rooms', eventSeriesStatsAdminEntries],
];

// The matrix's own check: every lib/ function the workspace calls with the signed-in organiser is in
// it. Found from the source, so a new entry point fails here until it is added: the named imports
// from @/lib/ in the workspace's pages, layouts, server actions and route handlers
// (app/[locale]/(workspace), app/api/workspace) and in the server components they render
// (components/), kept when a parameter of the imported function is typed `Organiser` (or a route
// handler's `OrganiserRequest`). This file must import each one (ESLint then sees that it is used),
// unless NOT_ENTRY_POINTS says why it is not one.

const SCANNED = [join('app', '[locale]', '(workspace)'), join('app', 'api', 'workspace'), 'components'];
/** The guard layer itself: what every entry point starts with, not an entry point. */
const GUARD_LAYER = ['@/lib/auth/guards', '@/lib/auth/entry-points'];
const NOT_ENTRY_POINTS: Record<string, string> = {
  '@/lib/events/editor-read#editorOptions':
    "the event form's choices from the organiser's own scope; createEvent and updateEvent check each choice on save",
  '@/lib/events/editor-read#blankEventValues': 'an empty event form with the organiser’s first region: reads nothing',
};

const sources = new Map<string, ts.SourceFile>();
function parsed(file: string): ts.SourceFile {
  let sf = sources.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(file, sf);
  }
  return sf;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** `@/lib/x#name` for each value imported by name from lib/ (type-only imports left out; `a as b` is `a`). */
function libImports(file: string): string[] {
  return parsed(file).statements.flatMap((s) => {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) return [];
    const from = s.moduleSpecifier.text;
    const bindings = s.importClause?.namedBindings;
    if (!from.startsWith('@/lib/') || s.importClause?.isTypeOnly || !bindings || !ts.isNamedImports(bindings))
      return [];
    return bindings.elements.filter((e) => !e.isTypeOnly).map((e) => `${from}#${(e.propertyName ?? e.name).text}`);
  });
}

function moduleFile(spec: string, importer?: string): string | null {
  const base = spec.startsWith('@/') ? resolve(spec.slice(2)) : resolve(dirname(importer!), spec);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? null;
}

const isExported = (n: ts.Node) =>
  ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Does the exported function `name` of `file` (followed through re-exports) take an organiser? */
function takesOrganiser(file: string, name: string, depth = 0): boolean {
  if (depth > 5) return false;
  const sf = parsed(file);
  const named = (params: ts.NodeArray<ts.ParameterDeclaration>) =>
    params.some((p) => !!p.type && /\bOrganiser(Request)?\b/.test(p.type.getText(sf)));
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && isExported(s) && s.name?.text === name) return named(s.parameters);
    if (ts.isVariableStatement(s) && isExported(s))
      for (const d of s.declarationList.declarations) {
        const init = d.initializer;
        if (ts.isIdentifier(d.name) && d.name.text === name && init)
          return (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && named(init.parameters);
      }
    if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
      const target = moduleFile(s.moduleSpecifier.text, file);
      const clause = s.exportClause;
      const el = clause && ts.isNamedExports(clause) ? clause.elements.find((e) => e.name.text === name) : undefined;
      if (target && el) return takesOrganiser(target, (el.propertyName ?? el.name).text, depth + 1);
      if (target && !clause && takesOrganiser(target, name, depth + 1)) return true;
    }
  }
  return false;
}

/** Every `@/lib/x#name` the workspace imports that takes the signed-in organiser. */
function workspaceEntryPoints(): string[] {
  const found = new Set<string>();
  for (const file of SCANNED.flatMap((d) => filesUnder(resolve(d))))
    for (const key of libImports(file)) {
      const [spec, name] = key.split('#');
      const lib = moduleFile(spec);
      if (!GUARD_LAYER.includes(spec) && lib && takesOrganiser(lib, name)) found.add(key);
    }
  return [...found].sort();
}

/** Every row of the tables an entry point could change, as one comparable value per table. */
const TABLES = [
  'users',
  'events',
  'training_series',
  'event_organisers',
  'series_organisers',
  'registrations',
  'event_materials',
  'material_files',
  'surveys',
  'survey_questions',
  'registration_questions',
  'programme_slots',
  'programme_workshops',
  'certificates',
  'mail_outbox',
  'audit_log',
  'data_requests',
  'role_categories',
  'organisation_types',
  'education_levels',
];
async function everything(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const [r] = await db().execute<{ n: number; h: string }>(
      sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${sql.identifier(t)} x`,
    );
    out[t] = `${r.n} ${r.h}`;
  }
  return out;
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
  it.each(GROUPS)(
    'allows each entry point (%s) to exactly the right people',
    async (_, group) => {
      const got: Record<string, Record<Who, boolean>> = {};
      const want: Record<string, Record<Who, boolean>> = {};
      for (const e of group) {
        got[e.name] = {} as Record<Who, boolean>;
        for (const who of WHO) got[e.name][who] = okOf(await e.run(people[who]));
        const named = !e.adminOnly && !e.regionOnly;
        want[e.name] = e.allowed
          ? (Object.fromEntries(WHO.map((w) => [w, e.allowed!.includes(w)])) as Record<Who, boolean>)
          : {
              otherRegion: false,
              otherProject: false,
              organiser: !e.adminOnly,
              coOrganiser: named,
              project: named,
              admin: true,
            };
      }
      expect(got).toEqual(want);
    },
    120_000, // some 150 calls each: 5 s on a quiet machine, 20-30 s on a loaded one
  );

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

describe('authorization matrix: the changes of issue 17 (materials, surveys, questions, programme, certificates)', () => {
  it.each(['otherRegion', 'otherProject'] as const)(
    'answers %s "not found" for each of them and changes nothing in the database',
    async (who) => {
      const m = await withMaterials();
      const own = await standalone();
      const s = await withSurveyQuestion();
      const plain = await fixture();
      const slot = await saveSlot(people.admin, plain.event.id, null, slotInput(plain.event.startsAt));
      if (!slot.ok) throw new Error(slot.error);
      const questions = { event: await withQuestions('event'), series: await withQuestions('series') };
      const held = await heldTraining();
      const [person] = await db()
        .select({ email: registrations.email })
        .from(registrations)
        .where(eq(registrations.id, held.confirmed));
      const ref = await privacyRef(person.email);
      const before = await everything();
      const o = people[who];

      const material = { ok: false, error: 'editor.errors.notFound' };
      for (const r of [
        await saveMaterial(o, { kind: 'existing', id: m.first }, slidesFile(), PDF),
        await saveMaterial(o, { kind: 'existing', id: own }, slides(), null),
        await saveMaterial(o, { kind: 'event', eventId: m.event.id }, slidesFile(), PDF, notify),
        await removeMaterial(o, m.first),
        await removeMaterial(o, own),
        await moveMaterial(o, m.second, 'up'),
      ])
        expect(r).toEqual(material);
      for (const target of [`material:${m.first}`, `material:${own}`, `event:${m.event.id}`]) {
        const res = await saveMaterialRequest(materialPost(target), o);
        expect(res.status, target).toBe(404);
        expect((await res.json()).message).toBe(translate('sv', 'editor.errors.notFound'));
      }
      for (const r of [await organiserFileRequest(o, String(m.first)), await organiserFileRequest(o, String(own))])
        expect(r.status).toBe(404);
      expect(await getMaterialForEdit(o, own)).toBeNull();

      const survey = { ok: false, error: 'survey.errors.notFound' };
      expect(await attachSurvey(o, plain.event.id)).toEqual(survey);
      expect(await addSurveyQuestion(o, s.event.id, surveyQuestion())).toEqual(survey);
      expect(await removeSurveyQuestion(o, s.event.id, s.question)).toEqual(survey);
      expect(await exportSurveyResults(o, s.event.id, 'csv', 'fi')).toBeNull();

      const question = { ok: false, error: 'editor.questions.errors.notFound' };
      for (const { owner, ids } of Object.values(questions)) {
        expect(await updateQuestion(o, owner, ids[0], regQuestion('Muutettu?'))).toEqual(question);
        expect(await removeQuestion(o, owner, ids[0])).toEqual(question);
        expect(await moveQuestion(o, owner, ids[1], 'up')).toEqual(question);
        expect(await reorderQuestions(o, owner, [...ids].reverse())).toEqual(question);
      }

      expect(await removeSlot(o, plain.event.id, slot.value.id)).toMatchObject({ ok: false });
      expect(await sendCertificates(o, held.event.id)).toEqual({ ok: false, error: 'certificate.notFound' });
      expect(await createEventAs(o, eventInput(null))).toMatchObject({ ok: false, error: 'editor.errors.forbidden' });
      expect(await adminErase(o, ref)).toBeNull();
      expect(await adminExport(o, ref)).toBeNull();

      expect(await everything()).toEqual(before);
    },
    60_000,
  );

  it("refuses an event's question, survey question or slot named together with another event the organiser manages", async () => {
    // The ids come from the client: an own event's id must not open another event's rows.
    const mine = await fixture({ regionCode: 'TAYS' });
    const s = await withSurveyQuestion();
    const q = await withQuestions('event');
    const { event } = await fixture();
    const slot = await saveSlot(people.admin, event.id, null, slotInput(event.startsAt));
    if (!slot.ok) throw new Error(slot.error);
    const before = await everything();
    const o = people.otherRegion;
    expect(await removeSurveyQuestion(o, mine.event.id, s.question)).toMatchObject({ ok: false });
    expect(await updateQuestion(o, mine.event.id, q.ids[0], regQuestion('Muutettu?'))).toMatchObject({ ok: false });
    expect(await removeQuestion(o, mine.event.id, q.ids[0])).toMatchObject({ ok: false });
    expect(await removeSlot(o, mine.event.id, slot.value.id)).toMatchObject({ ok: false });
    expect(await everything()).toEqual(before);
  });
});

describe('POST /api/workspace/materials (every route handler under app/api/workspace)', () => {
  it('knows every route file under app/api/workspace', () => {
    // A new route there fails this until its refusals are tested below (and in the e2e matrix).
    const api = resolve('app', 'api', 'workspace');
    expect(filesUnder(api).map((f) => relative(api, f))).toEqual([join('materials', 'route.ts')]);
  });

  it("refuses a stranger (401), another site's form (403) and an organiser outside the material (404) with nothing saved; saves the own organiser's file", async () => {
    const m = await withMaterials();
    const own = await standalone();
    const before = await everything();
    const post = async (who: Who | null, target: string, origin?: string) => {
      session.organiser = who ? people[who] : null;
      const req = materialPost(target);
      if (origin) req.headers.set('origin', origin);
      try {
        return await saveMaterialPOST(req);
      } finally {
        session.organiser = null;
      }
    };
    const targets = [`material:${m.first}`, `event:${m.event.id}`, `material:${own}`, 'standalone'];
    for (const target of targets) {
      const res = await post(null, target);
      expect(res.status, target).toBe(401);
      expect((await res.json()).message).toBe(translate('sv', 'editor.errors.signedOut'));
      expect((await post('organiser', target, 'https://evil.example')).status, target).toBe(403);
    }
    for (const who of ['otherRegion', 'otherProject'] as const)
      for (const target of targets.slice(0, 3)) expect((await post(who, target)).status, `${who} ${target}`).toBe(404);
    for (const who of ['coOrganiser', 'project'] as const)
      expect((await post(who, `material:${own}`)).status, who).toBe(404);
    expect(await everything()).toEqual(before);

    const saved = await post('project', `material:${m.first}`);
    expect(saved.status).toBe(200);
    expect((await saved.json()).message).toBe(translate('sv', 'materialsArchive.done.saved'));
    expect(await getMaterialForEdit(people.organiser, m.first)).toMatchObject({
      titleFi: 'Diat',
      filename: 'matriisi.pdf',
    });
  });
});

describe('the authorization matrix itself', () => {
  it('covers every lib/ function the workspace calls with the signed-in organiser', () => {
    const found = workspaceEntryPoints();
    // The tree as it is today, so that the discovery itself cannot silently find nothing.
    expect(found.length).toBeGreaterThan(80);
    const here = new Set(libImports(resolve('tests', 'integration', 'authorization-matrix.test.ts')));
    expect(
      found.filter((k) => !here.has(k) && !Object.hasOwn(NOT_ENTRY_POINTS, k)),
      'workspace entry points this matrix does not import (add them to the matrix)',
    ).toEqual([]);
    expect(
      Object.keys(NOT_ENTRY_POINTS).filter((k) => !found.includes(k)),
      'NOT_ENTRY_POINTS that the workspace no longer calls',
    ).toEqual([]);
  });
});
