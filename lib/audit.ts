import 'server-only';
// The audit log: every organiser action that changes data gets a row (who, what, which target, a
// before/after summary), written in the transaction of the change where there is one. Only admins
// read it.
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { auditLog, events, trainingSeries, users } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';

export type AuditSummary = Record<string, unknown>;

/** Every action the log knows: each has a translation (editor.audit.actions, dots as "_"). */
export const AUDIT_ACTIONS = [
  'event.create',
  'event.update',
  'event.publish',
  'event.unpublish',
  'event.cancel',
  'event.duplicate',
  'event.capacity',
  'event.stream',
  'event.material',
  'material.create',
  'material.update',
  'material.remove',
  'event.message',
  'series.create',
  'series.update',
  'event.organisers',
  'series.organisers',
  'registration.checkIn',
  'registration.undoCheckIn',
  'registration.markAttended',
  'registration.cancelOnBehalf',
  'registration.promote',
  'registration.move',
  'registrations.export',
  'certificates.send',
  'event.question.add',
  'event.question.update',
  'event.question.remove',
  'event.question.move',
  'event.programme.change',
  'registration.workshop.move',
  'survey.attach',
  'survey.question.add',
  'survey.question.remove',
  'survey.export',
  'organiser.invite',
  'organiser.update',
  'gdpr.lookup',
  'gdpr.export',
  'gdpr.erase',
  'audience.item.add',
  'audience.item.update',
  'audience.item.move',
  'mail.test',
  'event.materialsMail',
  'organiser.alerts',
  'event.invitation.remove',
  'event.invitation.resend',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const isAuditAction = (a: string): a is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a);
/** The message key of an action's name: "survey.question.add" → "survey_question_add". */
export const auditActionKey = (a: AuditAction) => a.replaceAll('.', '_');

export async function writeAudit(
  tx: Tx | ReturnType<typeof db>,
  o: Organiser,
  action: AuditAction,
  target: string,
  summary: AuditSummary | null = null,
): Promise<void> {
  await tx.insert(auditLog).values({ userId: o.id, actorEmail: o.email, action, target, summary });
}

/** Plain JSON of a value for the summary (dates as ISO strings). */
function plainValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plainValue);
  return v;
}

/** Only what changed: { before: { field: old }, after: { field: new } }; null when nothing did. */
export function diffSummary<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: AuditSummary; after: AuditSummary } | null {
  const b: AuditSummary = {};
  const a: AuditSummary = {};
  for (const key of Object.keys(after)) {
    const was = plainValue(before[key]);
    const now = plainValue(after[key]);
    if (JSON.stringify(was ?? null) !== JSON.stringify(now ?? null)) {
      b[key] = was ?? null;
      a[key] = now ?? null;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

export type AuditEntry = {
  id: number;
  actorEmail: string;
  actorName: string | null;
  action: string;
  target: string;
  /** What the target is called now: an event's or a series' title, an organiser's name or address. */
  targetLabel: string | null;
  summary: unknown;
  createdAt: Date;
};

/** The filters of the log page and its CSV export (all optional). */
export type AuditFilter = { actor?: string; action?: AuditAction; eventId?: number; from?: Date; to?: Date };

const DAY = 86400_000;

/** Reads the filter from the page's query (invalid values are ignored, as if not given). */
export function parseAuditFilter(q: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (k: string) => (typeof q[k] === 'string' ? (q[k] as string).trim() : '');
  const date = (k: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(one(k)) && !Number.isNaN(Date.parse(`${one(k)}T00:00:00Z`))
      ? new Date(`${one(k)}T00:00:00Z`)
      : undefined;
  const action = one('action');
  const eventId = /^\d{1,9}$/.test(one('event')) ? Number(one('event')) : undefined;
  const to = date('to');
  return {
    actor: one('actor') || undefined,
    action: isAuditAction(action) ? action : undefined,
    eventId,
    from: date('from'),
    to: to && new Date(to.getTime() + DAY), // the whole last day
  };
}

function filterWhere(f: AuditFilter): SQL | undefined {
  return and(
    f.actor ? eq(auditLog.actorEmail, f.actor) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.eventId
      ? or(eq(auditLog.target, `event:${f.eventId}`), sql`${auditLog.summary}->>'eventId' = ${String(f.eventId)}`)
      : undefined,
    f.from ? gte(auditLog.createdAt, f.from) : undefined,
    f.to ? lt(auditLog.createdAt, f.to) : undefined,
  );
}

/** Names for "event:12", "series:3" and "user:…" targets, looked up in one query per kind. */
async function targetLabels(targets: string[], locale: Locale): Promise<Map<string, string>> {
  const ids = (kind: string) => [
    ...new Set(targets.filter((t) => t.startsWith(`${kind}:`)).map((t) => t.slice(kind.length + 1))),
  ];
  const numeric = (xs: string[]) => xs.filter((x) => /^\d{1,9}$/.test(x)).map(Number);
  const labels = new Map<string, string>();
  const eventIds = numeric(ids('event'));
  const seriesIds = numeric(ids('series'));
  const userIds = ids('user');
  const [ev, se, us] = await Promise.all([
    eventIds.length
      ? db()
          .select({ id: events.id, fi: events.titleFi, sv: events.titleSv })
          .from(events)
          .where(inArray(events.id, eventIds))
      : [],
    seriesIds.length
      ? db()
          .select({ id: trainingSeries.id, fi: trainingSeries.titleFi, sv: trainingSeries.titleSv })
          .from(trainingSeries)
          .where(inArray(trainingSeries.id, seriesIds))
      : [],
    userIds.length
      ? db()
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(inArray(users.id, userIds))
      : [],
  ]);
  for (const e of ev) labels.set(`event:${e.id}`, (locale === 'sv' && e.sv) || e.fi);
  for (const s of se) labels.set(`series:${s.id}`, (locale === 'sv' && s.sv) || s.fi);
  for (const u of us) labels.set(`user:${u.id}`, u.name ? `${u.name} (${u.email})` : u.email);
  return labels;
}

/** The latest rows matching the filter, newest first, with names; null for anyone but an admin (the page answers 404). */
export async function listAuditLog(
  o: Organiser,
  opts: { filter?: AuditFilter; limit?: number; locale?: Locale } = {},
): Promise<AuditEntry[] | null> {
  if (!can(o, 'readAuditLog')) return null;
  const limit = Math.min(Math.max(opts.limit ?? 200, 1), 5000);
  const rows = await db()
    .select({
      id: auditLog.id,
      actorEmail: auditLog.actorEmail,
      actorName: users.name,
      action: auditLog.action,
      target: auditLog.target,
      summary: auditLog.summary,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(filterWhere(opts.filter ?? {}))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
  const labels = await targetLabels(
    rows.map((r) => r.target),
    opts.locale ?? 'fi',
  );
  return rows.map((r) => ({ ...r, targetLabel: labels.get(r.target) ?? null }));
}

/** Who has written to the log (for the filter), by address. */
export async function auditActors(o: Organiser): Promise<string[] | null> {
  if (!can(o, 'readAuditLog')) return null;
  const rows = await db().selectDistinct({ email: auditLog.actorEmail }).from(auditLog).orderBy(auditLog.actorEmail);
  return rows.map((r) => r.email);
}

/** Fields the log names in words (editor.audit.fields); any other field shows under its own name. */
export const AUDIT_FIELDS = [
  'titleFi',
  'titleSv',
  'summaryFi',
  'summarySv',
  'descriptionFi',
  'descriptionSv',
  'startsAt',
  'endsAt',
  'registrationOpensAt',
  'registrationClosesAt',
  'venueName',
  'venueAddress',
  'venueNameSv',
  'venueAddressSv',
  'city',
  'format',
  'kind',
  'scope',
  'regionCode',
  'extraRegionCodes',
  'organisingBody',
  'organisingBodyFi',
  'organisingBodySv',
  'provinceCode',
  'seriesId',
  'capacityOnsite',
  'capacityRemote',
  'waitlistEnabled',
  'freedPlaces',
  'offerHours',
  'registrationUrl',
  'status',
  'slug',
  'themeIds',
  'contactName',
  'contactNameSv',
  'contactEmail',
  'contactPhone',
  'isFree',
  'priceNote',
  'checkedInAt',
  'checkedInBy',
  'attendedOnsite',
  'attendance',
  'role',
  'regions',
  'email',
  'disabled',
  'host',
  'visibility',
  'url',
  'textFi',
  'recipients',
  'audience',
  'subjectFi',
  'queued',
  'attended',
  'registrations',
  'rows',
  'from',
  'captioned',
  'file',
  'questionId',
  'type',
  'labelFi',
  'required',
  'askedOf',
  'direction',
  'position',
  'nameFi',
  'nameSv',
  'active',
  'sortOrder',
  'dailyDigest',
  'eventFull',
  'waitlistThreshold',
  'language',
] as const;

export type AuditChange = { field: string; before?: unknown; after: unknown };

/**
 * The changes of a summary, one per field: "before → after" where both are known, "after" alone
 * otherwise. A field that did not change (null → null, the same date twice) is left out, and so
 * are ids the page shows elsewhere (the event, the survey, the question, the message).
 */
export function auditChanges(summary: unknown): AuditChange[] {
  if (!summary || typeof summary !== 'object') return [];
  const { before, after, ...rest } = summary as {
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  } & Record<string, unknown>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const hidden = new Set(['eventId', 'surveyId', 'questionId', 'messageId', 'checkedInBy', 'swedish']);
  const out: AuditChange[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of keys) {
    if (hidden.has(field)) continue;
    const b = before?.[field];
    const a = after?.[field];
    if (before && after && field in before && field in after && same(b, a)) continue;
    out.push(
      before && field in before
        ? { field, before: b ?? null, after: after && field in after ? (a ?? null) : undefined }
        : { field, after: a ?? null },
    );
  }
  for (const [field, v] of Object.entries(rest))
    if (v !== null && v !== undefined && !hidden.has(field)) out.push({ field, after: v });
  return out;
}

type Translate = (key: string) => string;

/** One change as words: "Alkaa: 24.3.2027 klo 9.00 → 25.3.2027 klo 9.00". `say` translates editor.audit's keys. */
export function describeChange(c: AuditChange, say: Translate, formatDate: (d: Date) => string): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return say('empty');
    if (typeof v === 'boolean') return say(v ? 'yes' : 'no');
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)))
      return formatDate(new Date(v));
    if (Array.isArray(v)) return v.length ? v.map(value).join(', ') : say('empty');
    const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v);
    return s.length > 120 ? `${s.slice(0, 117)}…` : s;
  };
  const label = (AUDIT_FIELDS as readonly string[]).includes(c.field) ? say(`fields.${c.field}`) : c.field;
  return 'before' in c && c.before !== undefined
    ? `${label}: ${value(c.before)} → ${value(c.after)}`
    : `${label}: ${value(c.after)}`;
}

/** An action in words, or as written when the log holds one this version does not know. */
export function describeAction(action: string, say: Translate): string {
  return isAuditAction(action) ? say(`actions.${auditActionKey(action)}`) : action;
}
