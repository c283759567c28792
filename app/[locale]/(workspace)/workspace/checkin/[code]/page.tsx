import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { findByCheckInCode } from '@/lib/attendance/registrations';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime } from '@/lib/time';
import { AttendanceNotice } from '@/components/attendance/notice';
import { HiddenFields } from '@/components/attendance/hidden-fields';
import { clockText } from '@/components/attendance/time';
import { checkInAction, undoCheckInAction } from '../../events/[id]/actions';
import { toLocale } from '@/lib/i18n/routing';

// The page a participant's QR code opens on an organiser's phone. Opening it changes nothing (a
// camera app or a mail scanner may open it too); only the button's POST checks the person in.
// Anyone not signed in gets the sign-in page, an organiser outside the event's scope "not found",
// and neither sees who the code belongs to.

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'attendance' });
  return { title: t('code.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CheckInCodePage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, code } = await params;
  const locale = pageLocale(raw);
  const query = await searchParams;
  const o = await requireOrganiser(locale, `/${locale}/workspace/checkin/${encodeURIComponent(code)}`);
  const found = await findByCheckInCode(o, code);
  if (!found.ok) notFound();
  const { event, person: p } = found.value;
  const t = await getTranslations('attendance');
  const name = `${p.firstName} ${p.lastName}`;
  const fields = <HiddenFields locale={locale} eventId={event.id} registrationId={p.id} back="code" code={code} />;
  const status =
    p.status === 'confirmed'
      ? t('status.confirmed')
      : p.status === 'waitlisted'
        ? t('status.waitlistedPlain')
        : t('status.cancelled');

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('code.title')}</h1>
      <AttendanceNotice done={one(query.done)} error={one(query.error)} name={name} />
      <section
        aria-labelledby="person-heading"
        className="space-y-3 rounded-lg border-2 border-brand-dark bg-white p-4"
      >
        <h2 id="person-heading" className="text-2xl font-bold">
          {name}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t('code.organisation')}</dt>
          <dd>{p.organisation}</dd>
          <dt className="font-semibold">{t('code.event')}</dt>
          <dd>
            {localized(locale, event.titleFi, event.titleSv)}
            <br />
            {formatEventTime(event.startsAt, event.endsAt, locale)}
          </dd>
          <dt className="font-semibold">{t('code.mode')}</dt>
          <dd>{t(p.attendance === 'onsite' ? 'modeOnsite' : 'modeRemote')}</dd>
          <dt className="font-semibold">{t('code.status')}</dt>
          <dd>{status}</dd>
        </dl>
        {p.status !== 'confirmed' ? (
          <p className="font-semibold">
            <span aria-hidden="true">! </span>
            {t('code.noPlace')}
          </p>
        ) : event.status === 'cancelled' ? (
          <p className="font-semibold">
            <span aria-hidden="true">! </span>
            {t('errors.eventCancelled')}
          </p>
        ) : p.checkedInAt ? (
          <div className="space-y-3">
            <p className="text-lg font-bold text-ok">
              <span aria-hidden="true">✓ </span>
              {t('arrival.checkedIn', { time: clockText(p.checkedInAt, locale, event.startsAt) })}
            </p>
            <form action={undoCheckInAction}>
              {fields}
              <button
                type="submit"
                className="rounded border-2 border-brand-dark bg-white px-4 py-3 font-semibold text-brand-dark"
              >
                {t('actions.undo')}
                <span className="sr-only">: {name}</span>
              </button>
            </form>
          </div>
        ) : (
          <form action={checkInAction}>
            {fields}
            <button type="submit" className="w-full rounded bg-brand-dark px-6 py-5 text-xl font-bold text-white">
              {t('actions.checkIn')}
              <span className="sr-only">: {name}</span>
            </button>
          </form>
        )}
      </section>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/workspace/events/${event.id}/checkin`}>{t('code.openDoor')}</Link>
        <Link href={`/workspace/events/${event.id}`}>{t('code.openList')}</Link>
      </p>
    </div>
  );
}
