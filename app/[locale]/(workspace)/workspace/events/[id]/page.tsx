import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { listEventRegistrations, type RegistrationRow, type ScopedEvent } from '@/lib/attendance/registrations';
import { filtersQuery, parseFilters, type AttendanceFilters } from '@/lib/attendance/filters';
import { EXPORT_FORMATS, EXPORT_LISTS } from '@/lib/attendance/export';
import { modesOf } from '@/lib/events/availability';
import { getReferenceData } from '@/lib/reference';
import { localized, translate } from '@/lib/i18n/messages';
import { answerText, questionLabel, type EventQuestion } from '@/lib/questions/answers';
import type { ProgrammeSlot } from '@/lib/programme/programme';
import { moveWorkshopAction } from '../programme-actions';
import { EventHeader } from '@/components/attendance/event-header';
import { AttendanceNotice } from '@/components/attendance/notice';
import { modeSwitchRefusalText } from '@/lib/programme/mode-switch';
import { HiddenFields } from '@/components/attendance/hidden-fields';
import { clockText } from '@/components/attendance/time';
import { formatDateTime } from '@/lib/time';
import {
  cancelOnBehalfAction,
  checkInAction,
  markAttendedAction,
  moveAction,
  promoteAction,
  undoCheckInAction,
} from './actions';
import { CertificateSection } from '@/components/attendance/certificate-section';
import { AccessNeedsSummary } from '@/components/attendance/access-needs-summary';
import { summariseAccessNeeds } from '@/lib/registrations/access-needs';
import { seatsLeft } from '@/lib/registrations/availability';
import { toLocale, type Locale } from '@/lib/i18n/routing';
import { audienceSummaries } from '@/lib/audience/summary';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'attendance' });
  return { title: t('list.metaTitle'), robots: { index: false, follow: false } };
}

const btn = 'rounded px-3 py-2 font-semibold whitespace-nowrap';
const primary = `${btn} bg-brand-dark text-white`;
const secondary = `${btn} border-2 border-brand-dark bg-white text-brand-dark`;
const danger = `${btn} bg-bad text-white`;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EventRegistrationsPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const query = await searchParams;
  const filters = parseFilters(query);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}`);
  const eventId = idOrNotFound(id);
  const listed = await listEventRegistrations(o, eventId, filters);
  if (!listed.ok) notFound();
  const { event, rows, all, counts, municipalityCodes, sectorCodes, questions, programme } = listed.value;
  const workshopSlots = programme.filter((s) => s.workshops.length > 0);
  const wsTitle = (x: { titleFi: string; titleSv: string }) => (locale === 'sv' ? x.titleSv || x.titleFi : x.titleFi);
  const [t, ref] = await Promise.all([getTranslations('attendance'), getReferenceData()]);
  const now = new Date();
  const started = now >= event.startsAt;
  const open = now < event.endsAt && event.status !== 'cancelled';
  const modes = modesOf(event.format);
  const muniName = new Map(ref.municipalities.map((m) => [m.code, localized(locale, m.nameFi, m.nameSv)]));
  const sectorName = new Map(ref.sectors.map((s) => [s.code, localized(locale, s.nameFi, s.nameSv)]));
  const audience = await audienceSummaries(
    rows.map((r) => r.id),
    locale,
  );
  const noticeFor = all.find((r) => String(r.id) === one(query.r));
  // Free places as the sign-up counts them (public figures, shown on the event page too).
  const seats = await seatsLeft(event.id);
  const full = (mode: 'onsite' | 'remote') => seats[mode] !== null && seats[mode] <= 0;
  const filtered = Object.keys(filters).length > 0;
  const base = `/${locale}/workspace/events/${event.id}`;

  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="list" heading={t('list.heading')} />
      <AttendanceNotice
        done={one(query.done)}
        error={one(query.error)}
        name={noticeFor ? `${noticeFor.firstName} ${noticeFor.lastName}` : null}
        promoted={one(query.promoted)}
        detail={
          one(query.error) === 'workshopFull' && noticeFor ? await modeSwitchRefusalText(noticeFor.id, locale) : null
        }
      />
      {(one(query.workshopMoved) || one(query.workshopError)) && (
        <p
          role={one(query.workshopMoved) ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${one(query.workshopMoved) ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {one(query.workshopMoved)
            ? translate(locale, 'programme.move.moved')
            : translate(
                locale,
                one(query.workshopError) === 'full' ? 'programme.errors.full' : 'programme.errors.notFound',
              )}
        </p>
      )}

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-xl font-bold">
          {t('summary.heading')}
        </h2>
        {event.registrationUrl && (
          <p className="rounded border border-brand bg-brand-light p-3">
            {t('summary.elsewhere', { url: event.registrationUrl })}
          </p>
        )}
        <div className="overflow-x-auto">
          <table className="w-full max-w-md border-collapse bg-white text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  {t('summary.status')}
                </th>
                {modes.map((m) => (
                  <th key={m} scope="col" className="p-2 text-right">
                    {t(m === 'onsite' ? 'modeOnsite' : 'modeRemote')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr className="border-b border-line">
                <th scope="row" className="p-2 font-semibold">
                  {t('summary.confirmed')}
                </th>
                {modes.map((m) => {
                  const cap = event.registrationUrl
                    ? null
                    : m === 'onsite'
                      ? event.capacityOnsite
                      : event.capacityRemote;
                  return (
                    <td key={m} className="p-2 text-right">
                      {cap === null
                        ? counts.confirmed[m]
                        : t('summary.ofCapacity', { count: counts.confirmed[m], capacity: cap })}
                    </td>
                  );
                })}
              </tr>
              {/* Registration elsewhere: no places and no waiting list in Kokoon (issue 17). */}
              {!event.registrationUrl && (
                <tr className="border-b border-line">
                  <th scope="row" className="p-2 font-semibold">
                    {t('summary.waitlisted')}
                  </th>
                  {modes.map((m) => (
                    <td key={m} className="p-2 text-right">
                      {counts.waitlisted[m]}
                    </td>
                  ))}
                </tr>
              )}
              <tr className="border-b border-line">
                <th scope="row" className="p-2 font-semibold">
                  {t('summary.cancelled')}
                </th>
                {modes.map((m) => (
                  <td key={m} className="p-2 text-right">
                    {counts.cancelled[m]}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <dl className="grid grid-cols-[auto_auto] justify-start gap-x-4 gap-y-1">
          {modes.includes('onsite') && (
            <>
              <dt className="font-semibold">{t('summary.checkedIn')}</dt>
              <dd>{counts.checkedIn}</dd>
              <dt className="font-semibold">{t('summary.attended')}</dt>
              <dd>{counts.attended}</dd>
              <dt className="font-semibold">{t('summary.absent')}</dt>
              <dd>{counts.absent}</dd>
            </>
          )}
          {modes.includes('remote') && (
            <>
              <dt className="font-semibold">{t('summary.remoteJoined')}</dt>
              <dd>{counts.remoteJoined}</dd>
            </>
          )}
        </dl>
      </section>

      {open && <AccessNeedsSummary summary={summariseAccessNeeds(all, locale)} modes={modes} />}

      {event.kind === 'training' && (
        <CertificateSection
          locale={locale}
          eventId={event.id}
          over={now >= event.endsAt}
          attended={
            all.filter((r) => r.status === 'confirmed' && (r.attendedOnsite === true || r.remoteJoinedAt)).length
          }
          query={{
            certificates: one(query.certificates),
            certificatesError: one(query.certificatesError),
            queued: one(query.queued),
            already: one(query.already),
          }}
        />
      )}

      <section aria-labelledby="search-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="search-heading" className="text-xl font-bold">
          {t('search.heading')}
        </h2>
        <form
          method="get"
          action={base}
          role="search"
          aria-labelledby="search-heading"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
        >
          <div className="sm:col-span-2 lg:col-span-3">
            <label htmlFor="q" className="block font-semibold">
              {t('search.q')}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={filters.q ?? ''}
              autoComplete="off"
              className="mt-1 w-full rounded border-2 border-muted px-3 py-2"
            />
          </div>
          {modes.length > 1 && (
            <Select
              id="mode"
              label={t('search.mode')}
              all={t('search.all')}
              value={filters.mode}
              options={modes.map((m) => ({ value: m, label: t(m === 'onsite' ? 'modeOnsite' : 'modeRemote') }))}
            />
          )}
          <Select
            id="status"
            label={t('search.status')}
            all={t('search.all')}
            value={filters.status}
            options={[
              { value: 'confirmed', label: t('status.confirmed') },
              { value: 'waitlisted', label: t('status.waitlistedPlain') },
              { value: 'cancelled', label: t('status.cancelled') },
            ]}
          />
          <Select
            id="sector"
            label={t('search.sector')}
            all={t('search.all')}
            value={filters.sector}
            options={sectorCodes.map((c) => ({ value: c, label: sectorName.get(c) ?? c }))}
          />
          <Select
            id="municipality"
            label={t('search.municipality')}
            all={t('search.all')}
            value={filters.municipality}
            options={municipalityCodes
              .map((c) => ({ value: c, label: muniName.get(c) ?? c }))
              .sort((a, b) => a.label.localeCompare(b.label, locale))}
          />
          {answerFilterOptions(questions, locale).length > 0 && (
            <Select
              id="answer"
              label={translate(locale, 'questions.answersTitle')}
              all={t('search.all')}
              value={filters.answer}
              options={answerFilterOptions(questions, locale)}
            />
          )}
          {workshopSlots.length > 0 && (
            <Select
              id="workshop"
              label={translate(locale, 'registration.form.workshopsTitle')}
              all={t('search.all')}
              value={filters.workshop}
              options={workshopSlots.flatMap((s) =>
                s.workshops.map((w) => ({ value: String(w.id), label: `${wsTitle(s)}: ${wsTitle(w)}` })),
              )}
            />
          )}
          <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={primary}>
              {t('search.submit')}
            </button>
            {filtered && <a href={base}>{t('search.clear')}</a>}
          </div>
        </form>
      </section>

      <section aria-labelledby="export-heading" className="space-y-2 rounded-lg border border-line bg-white p-4">
        <h2 id="export-heading" className="text-xl font-bold">
          {t('export.heading')}
        </h2>
        <p>
          {t('export.privacy')}
          {filtered ? ` ${t('export.filtered')}` : ''}
        </p>
        <ul className="grid gap-2 sm:grid-cols-3">
          {EXPORT_LISTS.map((list) => (
            <li key={list}>
              <span className="block font-semibold">{t(`export.sheet.${list}`)}</span>
              <span className="flex gap-3">
                {EXPORT_FORMATS.map((format) => (
                  <a
                    key={format}
                    href={`${base}/export?${filtersQuery(filters, { list, format })}`}
                    download
                    aria-label={`${t(`export.sheet.${list}`)}, ${t(`export.${format}`)}`}
                  >
                    {t(`export.${format}`)}
                  </a>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="list-heading" className="space-y-2">
        <h2 id="list-heading" className="text-xl font-bold">
          {t('list.tableHeading')}
        </h2>
        <p>{t('list.showing', { shown: rows.length, total: counts.total })}</p>
        {rows.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <div>
            {/* Below 45rem each person is a card of the same cells, labelled (globals.css .stack-table). */}
            <table className="stack-table w-full border-collapse bg-white text-left">
              <caption className="sr-only">{t('list.caption', { shown: rows.length, total: counts.total })}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="p-2">
                    {t('col.name')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('col.organisation')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('col.mode')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('col.status')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('col.arrival')}
                  </th>
                  {questions.length > 0 && (
                    <th scope="col" className="p-2">
                      {translate(locale, 'questions.answersTitle')}
                    </th>
                  )}
                  {workshopSlots.length > 0 && (
                    <th scope="col" className="p-2">
                      {translate(locale, 'registration.form.workshopsTitle')}
                    </th>
                  )}
                  <th scope="col" className="p-2">
                    {t('col.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <Row
                    key={r.id}
                    r={r}
                    event={event}
                    locale={locale}
                    filters={filters}
                    started={started}
                    open={open}
                    modes={modes}
                    muni={r.municipalityCode ? muniName.get(r.municipalityCode) : undefined}
                    sector={r.sectorCode ? sectorName.get(r.sectorCode) : undefined}
                    full={full(r.attendance) && !r.offerExpiresAt}
                    audience={audience.get(r.id)}
                    questions={questions}
                    workshopSlots={workshopSlots}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function Select({
  id,
  label,
  all,
  value,
  options,
}: {
  id: string;
  label: string;
  all: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={value ?? ''}
        className="mt-1 w-full rounded border-2 border-muted bg-white px-3 py-2"
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type RowProps = {
  r: RegistrationRow;
  event: ScopedEvent;
  locale: Locale;
  filters: AttendanceFilters;
  started: boolean;
  open: boolean;
  muni?: string;
  sector?: string;
  audience?: string;
  full: boolean;
  modes: readonly ('onsite' | 'remote')[];
  questions: EventQuestion[];
  workshopSlots: ProgrammeSlot[];
};

/** The answer filter's choices: each option of each choice question, and yes/no. */
function answerFilterOptions(questions: EventQuestion[], locale: Locale): { value: string; label: string }[] {
  return questions.flatMap((q) => {
    const label = questionLabel(q, locale);
    if (q.type === 'yesNo')
      return (['yes', 'no'] as const).map((v) => ({
        value: `${q.id}:${v}`,
        label: `${label}: ${translate(locale, `questions.${v}`)}`,
      }));
    if (q.type === 'single' || q.type === 'multiple')
      return q.options.map((o) => ({ value: `${q.id}:${o.id}`, label: `${label}: ${locale === 'sv' ? o.sv : o.fi}` }));
    return [];
  });
}

async function Row({
  r,
  event,
  locale,
  filters,
  started,
  open,
  muni,
  sector,
  audience,
  full,
  modes,
  questions,
  workshopSlots,
}: RowProps) {
  const t = await getTranslations('attendance');
  const name = `${r.firstName} ${r.lastName}`;
  const fields = (
    <HiddenFields locale={locale} eventId={event.id} registrationId={r.id} back="list" filters={filters} />
  );
  const who = <span className="sr-only">: {name}</span>;
  const status =
    r.status === 'confirmed'
      ? t('status.confirmed')
      : r.status === 'waitlisted'
        ? t('status.waitlisted', { position: r.position ?? 1 })
        : t('status.cancelled');
  const arrival: string[] = [];
  if (r.checkedInAt) arrival.push(t('arrival.checkedIn', { time: clockText(r.checkedInAt, locale, event.startsAt) }));
  else if (r.attendedOnsite === true) arrival.push(t('arrival.markedPresent'));
  if (r.attendedOnsite === false) arrival.push(t('arrival.markedAbsent'));
  if (r.remoteJoinedAt)
    arrival.push(t('arrival.joinedRemote', { time: clockText(r.remoteJoinedAt, locale, event.startsAt) }));
  return (
    <tr id={`r-${r.id}`} className="border-b border-line align-top">
      <th scope="row" className="p-2 text-left font-normal">
        <span className="block font-semibold">
          {r.lastName}, {r.firstName}
        </span>
        <span className="block break-all text-sm">{r.email}</span>
      </th>
      <td className="p-2" data-label={t('col.organisation')}>
        <span className="inline-block">{r.organisation}</span>
        <span className="block text-sm">{[muni, sector, r.role].filter(Boolean).join(' · ')}</span>
        {audience && <span className="block text-sm">{audience}</span>}
      </td>
      <td className="p-2" data-label={t('col.mode')}>
        {t(r.attendance === 'onsite' ? 'modeOnsite' : 'modeRemote')}
      </td>
      <td className="p-2" data-label={t('col.status')}>
        {status}
        {r.offerExpiresAt && (
          <span className="block text-sm font-semibold">
            {t('status.offerOpen', { time: formatDateTime(r.offerExpiresAt, locale) })}
          </span>
        )}
      </td>
      <td className="p-2" data-label={t('col.arrival')}>
        {arrival.length ? (
          arrival.map((a) => (
            <span key={a} className="inline-block pr-2">
              {a}
            </span>
          ))
        ) : (
          <span>{t('arrival.none')}</span>
        )}
      </td>
      {questions.length > 0 && (
        <td className="p-2 text-sm" data-label={translate(locale, 'questions.answersTitle')}>
          <dl>
            {questions
              .filter((q) => r.answers?.has(q.id))
              .map((q) => (
                <div key={q.id}>
                  <dt className="inline font-semibold">{questionLabel(q, locale)}: </dt>
                  <dd className="inline">{answerText(q, r.answers!.get(q.id), locale)}</dd>
                </div>
              ))}
          </dl>
        </td>
      )}
      {workshopSlots.length > 0 && (
        <td className="p-2 text-sm" data-label={translate(locale, 'registration.form.workshopsTitle')}>
          <WorkshopCell r={r} slots={workshopSlots} locale={locale} eventId={event.id} open={open} name={name} />
        </td>
      )}
      <td className="p-2">
        <div className="flex flex-wrap items-start gap-2 md:flex-col">
          {r.status === 'confirmed' &&
            r.attendance === 'onsite' &&
            event.status !== 'cancelled' &&
            (r.checkedInAt ? (
              <form action={undoCheckInAction}>
                {fields}
                <button type="submit" className={secondary}>
                  {t('actions.undo')}
                  {who}
                </button>
              </form>
            ) : (
              <form action={checkInAction}>
                {fields}
                <button type="submit" className={primary}>
                  {t('actions.checkIn')}
                  {who}
                </button>
              </form>
            ))}
          {r.status === 'confirmed' && started && r.attendedOnsite !== true && (
            <form action={markAttendedAction}>
              {fields}
              <input type="hidden" name="attended" value="yes" />
              <button type="submit" className={secondary}>
                {t('actions.markPresent')}
                {who}
              </button>
            </form>
          )}
          {r.status === 'confirmed' && started && r.attendedOnsite !== false && (
            <form action={markAttendedAction}>
              {fields}
              <input type="hidden" name="attended" value="no" />
              <button type="submit" className={secondary}>
                {t('actions.markAbsent')}
                {who}
              </button>
            </form>
          )}
          {r.status === 'waitlisted' && open && (
            <details>
              <summary className="cursor-pointer font-semibold text-brand-dark">
                {t('actions.promote')}
                {who}
              </summary>
              <div className="mt-2 space-y-2">
                <p className="text-sm">{t('actions.promoteHint')}</p>
                {full && (
                  <p className="text-sm font-semibold">
                    <span aria-hidden="true">! </span>
                    {t('actions.promoteOver')}
                  </p>
                )}
                <form action={promoteAction}>
                  {fields}
                  <button type="submit" className={primary}>
                    {t('actions.promoteConfirm')}
                    {who}
                  </button>
                </form>
              </div>
            </details>
          )}
          {r.status !== 'cancelled' && open && modes.length > 1 && (
            <details>
              <summary className="cursor-pointer font-semibold text-brand-dark">
                {t(r.attendance === 'onsite' ? 'actions.moveRemote' : 'actions.moveOnsite')}
                {who}
              </summary>
              <div className="mt-2 space-y-2">
                <p className="text-sm">{t('actions.moveHint')}</p>
                <form action={moveAction}>
                  {fields}
                  <input type="hidden" name="to" value={r.attendance === 'onsite' ? 'remote' : 'onsite'} />
                  <button type="submit" className={primary}>
                    {t('actions.moveConfirm')}
                    {who}
                  </button>
                </form>
              </div>
            </details>
          )}
          {r.status !== 'cancelled' && open && (
            <details>
              <summary className="cursor-pointer font-semibold text-bad">
                {t('actions.cancel')}
                {who}
              </summary>
              <div className="mt-2 space-y-2">
                <p className="text-sm">
                  {r.status === 'confirmed' ? t('actions.cancelHintConfirmed') : t('actions.cancelHint')}
                </p>
                <form action={cancelOnBehalfAction}>
                  {fields}
                  <button type="submit" className={danger}>
                    {t('actions.cancelConfirm')}
                    {who}
                  </button>
                </form>
              </div>
            </details>
          )}
        </div>
      </td>
    </tr>
  );
}

/** A person's workshop per slot; while the event is on, a small form moves them to another (refused if full). */
function WorkshopCell({
  r,
  slots,
  locale,
  eventId,
  open,
  name,
}: {
  r: RowProps['r'];
  slots: ProgrammeSlot[];
  locale: Locale;
  eventId: number;
  open: boolean;
  name: string;
}) {
  const title = (x: { titleFi: string; titleSv: string }) => (locale === 'sv' ? x.titleSv || x.titleFi : x.titleFi);
  return (
    <div className="space-y-2">
      {slots.map((s) => {
        const picked = s.workshops.find((w) => w.id === r.picks?.get(s.id));
        const label = translate(locale, 'programme.move.label', { slot: title(s) });
        if (!open || r.status === 'cancelled')
          return (
            <p key={s.id}>
              <span className="font-semibold">{label}: </span>
              {picked ? title(picked) : translate(locale, 'programme.none')}
            </p>
          );
        const id = `ws-${r.id}-${s.id}`;
        return (
          <form key={s.id} action={moveWorkshopAction.bind(null, locale, eventId, r.id, s.id)} className="space-y-1">
            <label htmlFor={id} className="block font-semibold">
              {label}
              <span className="sr-only"> ({name})</span>
            </label>
            <div className="flex flex-wrap gap-2">
              <select
                id={id}
                name="workshop"
                defaultValue={picked ? String(picked.id) : ''}
                className="min-w-0 rounded border border-muted bg-white px-2 py-1"
              >
                {!picked && <option value="">{translate(locale, 'programme.none')}</option>}
                {s.workshops.map((w) => (
                  <option key={w.id} value={String(w.id)}>
                    {title(w)}
                  </option>
                ))}
              </select>
              <button
                type="submit"
                className="rounded border-2 border-brand-dark bg-white px-2 py-1 font-semibold text-brand-dark"
              >
                {translate(locale, 'programme.move.submit')}
                <span className="sr-only">: {name}</span>
              </button>
            </div>
          </form>
        );
      })}
    </div>
  );
}
