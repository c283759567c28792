import 'server-only';
// What the editor pages show: an event as form values with its status and counts, and the choices
// the organiser may make (regions, provinces, themes, series). Always within the organiser's scope.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, eventStreams, eventThemes, registrations, trainingSeries } from '@/db/schema';
import { can, eventScope, type Organiser } from '@/lib/auth/guards';
import { getReferenceData } from '@/lib/reference';
import { listEventMaterials, type Material } from '@/lib/materials/queries';
import { localInputs, type EventFormValues } from './editor-schema';
import { isValidId } from '@/lib/ids';
import { listManageableSeries } from './series-editor';
import { isNamedOnAnySeries } from '@/lib/auth/co-organisers';

export type Choice = { value: string; fi: string; sv: string };
export type ProvinceChoice = Choice & { regionCode: string };
export type EditorOptions = {
  regions: Choice[];
  /** Every region: an event may also cover any of them (issue 17), whatever the organiser's own. */
  allRegions: Choice[];
  provinces: ProvinceChoice[];
  themes: Choice[];
  series: Choice[];
  nationalAllowed: boolean;
};

/** The choices for the form: an organiser picks among their own regions (and keeps what the event has). */
export async function editorOptions(
  o: Organiser,
  current?: { scope: string; regionCode: string | null; seriesId: number | null } | null,
): Promise<EditorOptions> {
  const [ref, series, seriesCoOrganiser] = await Promise.all([
    getReferenceData(),
    listManageableSeries(o),
    isNamedOnAnySeries(o),
  ]);
  const admin = can(o, 'actNationally');
  // A series' co-organiser may place its sessions anywhere (lib/events/editor checks the series on save).
  const anywhere = admin || seriesCoOrganiser;
  const regionAllowed = (code: string) => anywhere || o.regions.includes(code) || code === current?.regionCode;
  const seriesChoices: Choice[] = series.map((s) => ({
    value: String(s.id),
    fi: s.titleFi,
    sv: s.titleSv ?? s.titleFi,
  }));
  if (current?.seriesId && !series.some((s) => s.id === current.seriesId)) {
    const [s] = await db()
      .select({ titleFi: trainingSeries.titleFi, titleSv: trainingSeries.titleSv })
      .from(trainingSeries)
      .where(eq(trainingSeries.id, current.seriesId));
    if (s) seriesChoices.push({ value: String(current.seriesId), fi: s.titleFi, sv: s.titleSv ?? s.titleFi });
  }
  return {
    regions: ref.regions
      .filter((r) => regionAllowed(r.code))
      .map((r) => ({ value: r.code, fi: r.nameFi, sv: r.nameSv })),
    allRegions: ref.regions.map((r) => ({ value: r.code, fi: r.nameFi, sv: r.nameSv })),
    provinces: ref.provinces
      .filter((p) => p.regionCode && regionAllowed(p.regionCode))
      .map((p) => ({ value: p.code, fi: p.nameFi, sv: p.nameSv, regionCode: p.regionCode! })),
    themes: ref.themes.map((t) => ({ value: String(t.id), fi: t.nameFi, sv: t.nameSv })),
    series: seriesChoices,
    nationalAllowed: anywhere || current?.scope === 'national',
  };
}

/** An empty form: an organiser's own (first) region, a day's usual hours. */
export function blankEventValues(o: Organiser): EventFormValues {
  const region = can(o, 'actNationally') ? '' : (o.regions[0] ?? '');
  return {
    kind: 'network_day',
    titleFi: '',
    titleSv: '',
    summaryFi: '',
    summarySv: '',
    descriptionFi: '',
    descriptionSv: '',
    slug: '',
    scope: region ? 'region' : 'national',
    regionCode: region,
    extraRegionCodes: [],
    provinceCode: '',
    themeIds: [],
    format: 'onsite',
    language: 'fi',
    visibility: 'public',
    organisingBody: 'vip_network',
    organisingBodyFi: '',
    organisingBodySv: '',
    venueName: '',
    venueAddress: '',
    city: '',
    venueNameSv: '',
    venueAddressSv: '',
    contactNameSv: '',
    startDate: '',
    startTime: '09:00',
    endDate: '',
    endTime: '15:30',
    registrationUrl: '',
    capacityOnsite: '',
    capacityRemote: '',
    waitlistEnabled: true,
    freedPlaces: 'at_once',
    offerHours: '24',
    opensDate: '',
    opensTime: '',
    closesDate: '',
    closesTime: '',
    contactName: o.name ?? '',
    contactEmail: o.email,
    contactPhone: '',
    isFree: true,
    priceNote: '',
    seriesId: '',
    notifyRegistrants: false,
    changeNoteFi: '',
    changeNoteSv: '',
  };
}

export type EditableEvent = {
  id: number;
  slug: string;
  status: 'draft' | 'published' | 'cancelled';
  sequence: number;
  updatedAt: Date;
  scope: string;
  regionCode: string | null;
  seriesId: number | null;
  seriesTitleFi: string | null;
  seriesTitleSv: string | null;
  titleFi: string;
  titleSv: string | null;
  format: 'onsite' | 'online' | 'hybrid';
  values: EventFormValues;
  counts: { confirmed: number; waitlisted: number };
  stream: { url: string; instructionsFi: string; instructionsSv: string } | null;
  materials: Material[];
};

export async function getEventForEdit(o: Organiser, id: number): Promise<EditableEvent | null> {
  if (!isValidId(id)) return null;
  const [e] = await db()
    .select({
      event: events,
      seriesTitleFi: trainingSeries.titleFi,
      seriesTitleSv: trainingSeries.titleSv,
      confirmed: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = ${qualified(events.id)} and r.status = 'confirmed')`,
      waitlisted: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = ${qualified(events.id)} and r.status = 'waitlisted')`,
    })
    .from(events)
    .leftJoin(trainingSeries, eq(trainingSeries.id, events.seriesId))
    .where(and(eq(events.id, id), eventScope(o)));
  if (!e) return null;
  const ev = e.event;
  const [themes, [stream], materials] = await Promise.all([
    db()
      .select({ id: eventThemes.themeId })
      .from(eventThemes)
      .where(eq(eventThemes.eventId, id))
      .orderBy(asc(eventThemes.themeId)),
    db().select().from(eventStreams).where(eq(eventStreams.eventId, id)),
    listEventMaterials(id, 'participants'),
  ]);
  const start = localInputs(ev.startsAt);
  const end = localInputs(ev.endsAt);
  const opens = localInputs(ev.registrationOpensAt);
  const closes = localInputs(ev.registrationClosesAt);
  const s = (v: string | null) => v ?? '';
  return {
    id: ev.id,
    slug: ev.slug,
    status: ev.status,
    sequence: ev.sequence,
    updatedAt: ev.updatedAt,
    scope: ev.scope,
    regionCode: ev.regionCode,
    seriesId: ev.seriesId,
    seriesTitleFi: e.seriesTitleFi,
    seriesTitleSv: e.seriesTitleSv,
    titleFi: ev.titleFi,
    titleSv: ev.titleSv,
    format: ev.format,
    counts: { confirmed: e.confirmed, waitlisted: e.waitlisted },
    stream: stream
      ? { url: stream.url, instructionsFi: s(stream.instructionsFi), instructionsSv: s(stream.instructionsSv) }
      : null,
    materials,
    values: {
      kind: ev.kind,
      titleFi: ev.titleFi,
      titleSv: s(ev.titleSv),
      summaryFi: ev.summaryFi,
      summarySv: s(ev.summarySv),
      descriptionFi: ev.descriptionFi,
      descriptionSv: s(ev.descriptionSv),
      slug: ev.slug,
      scope: ev.scope,
      regionCode: s(ev.regionCode),
      extraRegionCodes: ev.extraRegionCodes,
      provinceCode: s(ev.provinceCode),
      themeIds: themes.map((t) => String(t.id)),
      format: ev.format,
      language: ev.language,
      visibility: ev.visibility,
      organisingBody: ev.organisingBody,
      organisingBodyFi: s(ev.organisingBodyFi),
      organisingBodySv: s(ev.organisingBodySv),
      venueName: s(ev.venueName),
      venueAddress: s(ev.venueAddress),
      city: s(ev.city),
      venueNameSv: s(ev.venueNameSv),
      venueAddressSv: s(ev.venueAddressSv),
      contactNameSv: s(ev.contactNameSv),
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      registrationUrl: s(ev.registrationUrl),
      capacityOnsite: ev.capacityOnsite === null ? '' : String(ev.capacityOnsite),
      capacityRemote: ev.capacityRemote === null ? '' : String(ev.capacityRemote),
      waitlistEnabled: ev.waitlistEnabled,
      freedPlaces: ev.freedPlaces,
      offerHours: String(ev.offerHours),
      opensDate: opens.date,
      opensTime: opens.time,
      closesDate: closes.date,
      closesTime: closes.time,
      contactName: s(ev.contactName),
      contactEmail: s(ev.contactEmail),
      contactPhone: s(ev.contactPhone),
      isFree: ev.isFree,
      priceNote: s(ev.priceNote),
      seriesId: ev.seriesId === null ? '' : String(ev.seriesId),
      notifyRegistrants: false,
      changeNoteFi: '',
      changeNoteSv: '',
    },
  };
}
