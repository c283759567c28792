import 'server-only';
// Exports of an event's people — participants, waiting list, attendance — as CSV for Finnish Excel
// (lib/csv.ts) or XLSX (exceljs), headed in the organiser's language. The current
// search and filters of the list page apply; the list chooses the status. Every export is written
// to the audit log: the files hold personal data.
import ExcelJS from 'exceljs';
import { TZDate } from '@date-fns/tz';
import { db } from '@/db/client';
import type { Organiser } from '@/lib/auth/guards';
import { translate, localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { getReferenceData } from '@/lib/reference';
import { TIME_ZONE } from '@/lib/time';
import { recordAudit } from './audit';
import { toCsv } from '@/lib/csv';
import type { AttendanceFilters } from './filters';
import { listEventRegistrations, type RegistrationRow } from './registrations';
import type { AttendanceResult } from './types';
import { answerText, questionLabel, type EventQuestion } from '@/lib/questions/answers';

/** One column per own registration question, its answer as text in the file's language. */
function questionColumns(questions: EventQuestion[], locale: Locale): Column[] {
  return questions.map((q) => ({
    key: `q${q.id}`,
    width: 24,
    header: questionLabel(q, locale),
    value: (r: RegistrationRow) => answerText(q, r.answers?.get(q.id), locale) || null,
  }));
}
import { audienceColumns } from '@/lib/audience/export';
import type { ProgrammeSlot } from '@/lib/programme/programme';

/** One column per programme slot with workshops: the person's workshop in the file's language. */
function workshopColumns(slots: ProgrammeSlot[], locale: Locale): Column[] {
  const title = (x: { titleFi: string; titleSv: string }) => (locale === 'sv' ? x.titleSv || x.titleFi : x.titleFi);
  return slots
    .filter((s) => s.workshops.length)
    .map((s) => ({
      key: `w${s.id}`,
      width: 28,
      header: translate(locale, 'programme.column', { slot: title(s) }),
      value: (r: RegistrationRow) => {
        const w = s.workshops.find((x) => x.id === r.picks?.get(s.id));
        return w ? title(w) : null;
      },
    }));
}

export const EXPORT_LISTS = ['registrations', 'waitlist', 'attendance'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportFile = { filename: string; contentType: string; body: Buffer; rows: number };

type Cell = string | number | Date | null;
type Column = { key: string; width: number; value: (r: RegistrationRow) => Cell; header?: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** Helsinki wall-clock time as "23.11.2026 9.05" (the Finnish way; the same in Swedish in Finland). */
function helsinkiText(d: Date): string {
  const t = new TZDate(d.getTime(), TIME_ZONE);
  return `${t.getDate()}.${t.getMonth() + 1}.${t.getFullYear()} ${t.getHours()}.${pad(t.getMinutes())}`;
}

/** A Date whose UTC fields are the Helsinki wall clock: spreadsheets have no time zones. */
function helsinkiWallClock(d: Date): Date {
  const t = new TZDate(d.getTime(), TIME_ZONE);
  return new Date(Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds()));
}

async function columnsFor(list: ExportList, locale: Locale): Promise<Column[]> {
  const ref = await getReferenceData();
  const t = (k: string) => translate(locale, `attendance.export.${k}`);
  const muni = new Map(ref.municipalities.map((m) => [m.code, localized(locale, m.nameFi, m.nameSv)]));
  const sector = new Map(ref.sectors.map((s) => [s.code, localized(locale, s.nameFi, s.nameSv)]));
  const mode = (r: RegistrationRow) => t(r.attendance === 'onsite' ? 'onsite' : 'remote');
  const person: Column[] = [
    { key: 'lastName', width: 18, value: (r) => r.lastName },
    { key: 'firstName', width: 16, value: (r) => r.firstName },
    { key: 'email', width: 32, value: (r) => r.email },
    { key: 'organisation', width: 30, value: (r) => r.organisation },
    {
      key: 'municipality',
      width: 16,
      value: (r) => (r.municipalityCode ? (muni.get(r.municipalityCode) ?? r.municipalityCode) : null),
    },
    { key: 'sector', width: 18, value: (r) => (r.sectorCode ? (sector.get(r.sectorCode) ?? r.sectorCode) : null) },
  ];
  if (list === 'registrations') {
    return [
      ...person,
      { key: 'role', width: 24, value: (r) => r.role },
      { key: 'mode', width: 16, value: mode },
      { key: 'diet', width: 24, value: (r) => r.diet },
      { key: 'accessNeeds', width: 24, value: (r) => r.accessNeeds },
      { key: 'language', width: 10, value: (r) => t(r.language === 'sv' ? 'languageSv' : 'languageFi') },
      { key: 'registeredAt', width: 18, value: (r) => r.createdAt },
    ];
  }
  if (list === 'waitlist') {
    return [
      { key: 'position', width: 8, value: (r) => r.position },
      ...person,
      { key: 'mode', width: 16, value: mode },
      { key: 'waitlistedAt', width: 18, value: (r) => r.waitlistedAt },
      // A freed place offered to the person (lib/registrations/offers.ts): open until then.
      { key: 'offerExpiresAt', width: 18, value: (r) => r.offerExpiresAt ?? null },
    ];
  }
  return [
    ...person,
    { key: 'mode', width: 16, value: mode },
    { key: 'checkedInAt', width: 18, value: (r) => r.checkedInAt },
    {
      key: 'attended',
      width: 14,
      value: (r) => t(r.attendedOnsite === true ? 'yes' : r.attendedOnsite === false ? 'no' : 'notMarked'),
    },
    { key: 'remoteJoinedAt', width: 18, value: (r) => r.remoteJoinedAt },
  ];
}

function rowsFor(list: ExportList, rows: RegistrationRow[]): RegistrationRow[] {
  if (list === 'waitlist') return rows.filter((r) => r.status === 'waitlisted');
  return rows.filter((r) => r.status === 'confirmed');
}

function safeName(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}

/** The file, or not found when the event is outside the organiser's scope (or does not exist). */
export async function buildExport(
  o: Organiser,
  eventId: number,
  opts: { list: ExportList; format: ExportFormat; locale: Locale; filters?: AttendanceFilters },
): Promise<AttendanceResult<ExportFile>> {
  const { status: _ignored, ...filters } = opts.filters ?? {};
  const listed = await listEventRegistrations(o, eventId, filters);
  if (!listed.ok) return listed;
  const { event } = listed.value;
  const rows = rowsFor(opts.list, listed.value.rows);
  const columns = await columnsFor(opts.list, opts.locale);
  if (opts.list === 'registrations')
    columns.splice(
      columns.findIndex((c) => c.key === 'mode'),
      0,
      ...(await audienceColumns(rows, opts.locale)),
    );
  columns.push(...workshopColumns(listed.value.programme, opts.locale));
  if (opts.list !== 'attendance') columns.push(...questionColumns(listed.value.questions, opts.locale));
  const header = columns.map((c) => c.header ?? translate(opts.locale, `attendance.export.col.${c.key}`));
  const sheetName = translate(opts.locale, `attendance.export.sheet.${opts.list}`);
  const base = `${safeName(event.slug)}-${safeName(sheetName.toLowerCase())}`;

  let file: ExportFile;
  if (opts.format === 'csv') {
    const body = toCsv(
      header,
      rows.map((r) =>
        columns.map((c) => {
          const v = c.value(r);
          return v instanceof Date ? helsinkiText(v) : v;
        }),
      ),
    );
    file = { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body, rows: rows.length };
  } else {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Kokoon';
    const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c, i) => ({ header: header[i], key: c.key, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) {
      ws.addRow(
        columns.map((c) => {
          const v = c.value(r);
          return v instanceof Date ? helsinkiWallClock(v) : v;
        }),
      );
    }
    columns.forEach((c, i) => {
      if (c.key.endsWith('At')) ws.getColumn(i + 1).numFmt = 'd.m.yyyy h:mm';
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    file = {
      filename: `${base}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
      rows: rows.length,
    };
  }
  await recordAudit(db(), o, 'registrations.export', `event:${event.id}`, {
    eventId: event.id,
    list: opts.list,
    format: opts.format,
    rows: rows.length,
    filters,
  });
  return { ok: true, value: file };
}
