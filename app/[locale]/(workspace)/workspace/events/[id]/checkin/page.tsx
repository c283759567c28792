import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { listDoor } from '@/lib/attendance/registrations';
import { EventNav, EventTitle } from '@/components/attendance/event-header';
import { WorkspaceNav } from '@/components/workspace/workspace-nav';
import { AttendanceNotice } from '@/components/attendance/notice';
import { HiddenFields } from '@/components/attendance/hidden-fields';
import { DoorList } from '@/components/attendance/door-list';
import { clockText, isOnEventDay } from '@/components/attendance/time';
import { formatClockRange, formatEventTime } from '@/lib/time';
import { listWorkshopDoor } from '@/lib/attendance/workshop-door';
import { slotTitle } from '@/lib/programme/programme';
import { WorkshopPicker } from '@/components/programme/workshop-picker';
import { checkInAction, undoCheckInAction } from '../actions';
import { toLocale } from '@/lib/i18n/routing';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'attendance' });
  return { title: t('door.title'), robots: { index: false, follow: false } };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function DoorCheckInPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const query = await searchParams;
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/checkin`);
  const eventId = idOrNotFound(id);
  const door = await listDoor(o, eventId);
  if (!door.ok) notFound();
  const { event, programme } = door.value;
  // A workshop's own door (issue 15 §2): its people and its own check-ins; an unknown one is not found.
  const workshopId = one(query.workshop) ? idOrNotFound(one(query.workshop)) : null;
  const atWorkshop = workshopId === null ? null : await listWorkshopDoor(o, eventId, workshopId);
  if (atWorkshop && !atWorkshop.ok) notFound();
  const workshop = atWorkshop?.ok ? atWorkshop.value.workshop : null;
  const people = atWorkshop?.ok ? atWorkshop.value.people : door.value.people;
  const counts = atWorkshop?.ok
    ? { checkedIn: atWorkshop.value.counts.checkedIn, confirmed: { onsite: atWorkshop.value.counts.expected } }
    : door.value.counts;
  const t = await getTranslations('attendance');
  const tp = await getTranslations('programme.views');
  const workshopTitle = workshop ? (locale === 'sv' ? workshop.titleSv || workshop.titleFi : workshop.titleFi) : '';
  const workshopKeep = workshop ? { workshop: String(workshop.id) } : undefined;
  const last = people.find((p) => String(p.id) === one(query.r));
  const arrivals = Object.fromEntries(
    people.filter((p) => p.checkedInAt).map((p) => [p.id, clockText(new Date(p.checkedInAt!), locale, event.startsAt)]),
  );
  const done = one(query.done);
  const confirmed = counts.confirmed.onsite; // the door list is the on-site people only

  const searchText = one(query.q) ?? '';
  const onEventDay = isOnEventDay(new Date(), event.startsAt, event.endsAt);
  return (
    <div className="space-y-4">
      {/* On a phone the search is the first thing on the page (its top within the first ~250 px of a
          390 × 844 screen, right under the site header); the event's title, the warnings, the last
          change and the progress come right under it, before the list; the links to the event's
          other pages and (on a phone) the workspace navigation after the list. */}
      <DoorList
        key={`${workshop?.id ?? ''}-${done ?? ''}-${one(query.r) ?? ''}`}
        locale={locale}
        eventId={event.id}
        people={people}
        initialQuery={searchText}
        returnTo={last?.id}
        arrivals={arrivals}
        checkInAction={checkInAction}
        undoAction={undoCheckInAction}
        canCheckIn={event.status !== 'cancelled'}
        extraHidden={workshopKeep}
        afterSearch={
          <>
            <EventTitle
              event={event}
              locale={locale}
              heading={workshop ? tp('doorHeading', { workshop: workshopTitle }) : t('door.title')}
            />
            {workshop && (
              <p className="font-semibold">
                {tp('slotLine', {
                  slot: slotTitle(workshop.slot, locale),
                  time: formatClockRange(workshop.slot.startsAt, workshop.slot.endsAt, locale, event.startsAt),
                })}
              </p>
            )}
            <WorkshopPicker
              programme={programme}
              selected={workshop?.id ?? null}
              locale={locale}
              eventStart={event.startsAt}
              allLabel={tp('doorAll')}
            />
            {!onEventDay && (
              <p className="rounded border-2 border-warn bg-warn-light p-3 font-semibold text-warn">
                <span aria-hidden="true">! </span>
                {t('door.notEventDay', { when: formatEventTime(event.startsAt, event.endsAt, locale) })}
              </p>
            )}
            <AttendanceNotice
              done={done}
              error={one(query.error)}
              name={last ? `${last.firstName} ${last.lastName}` : null}
            >
              {last && done === 'checkedIn' && last.checkedInAt && (
                <form action={undoCheckInAction} className="mt-2">
                  <HiddenFields
                    locale={locale}
                    eventId={event.id}
                    registrationId={last.id}
                    back="door"
                    extra={{ ...(searchText ? { q: searchText } : {}), ...workshopKeep }}
                  />
                  <button
                    type="submit"
                    className="rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark"
                  >
                    {t('actions.undo')}
                    <span className="sr-only">
                      : {last.firstName} {last.lastName}
                    </span>
                  </button>
                </form>
              )}
            </AttendanceNotice>
            <p className="text-lg font-semibold">
              {workshop
                ? tp('doorProgress', { checkedIn: counts.checkedIn, expected: confirmed })
                : t('door.progress', { checkedIn: counts.checkedIn, confirmed })}
            </p>
            {workshop && <p>{tp('doorNote')}</p>}
            {event.format !== 'onsite' && <p>{t('door.onsiteOnly')}</p>}
          </>
        }
      />
      <EventNav event={event} current="door" />
      <WorkspaceNav locale={locale} place="bottom" />
    </div>
  );
}
