import { getTranslations } from 'next-intl/server';
import type { Availability, Mode } from '@/lib/events/availability';
import { formatDateTime } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

const tone: Record<Availability['status'], string> = {
  open: 'bg-ok-light text-ok border-ok',
  waitlist: 'bg-warn-light text-warn border-warn',
  full: 'bg-bad-light text-bad border-bad',
  not_open: 'bg-brand-light text-brand-dark border-brand',
  closed: 'bg-paper text-muted border-line',
  cancelled: 'bg-bad-light text-bad border-bad',
};

/** The registration state in words, e.g. "Ilmoittautuminen auki" / "Ilmoittautuminen alkaa ma 1.12.2026 klo 9.00". */
export async function AvailabilityBadge({ availability, locale }: { availability: Availability; locale: Locale }) {
  const t = await getTranslations('availability');
  const label =
    availability.status === 'not_open' && availability.opensAt
      ? t('not_open', { date: formatDateTime(availability.opensAt, locale) })
      : t(availability.status);
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${tone[availability.status]}`}>
      {label}
    </span>
  );
}

/** Seats left per mode, e.g. "12 paikkaa jäljellä (paikan päällä) · vapaasti (etänä)". */
export async function SeatsLeft({ availability }: { availability: Availability }) {
  if (availability.status === 'cancelled' || availability.status === 'closed') return null;
  const t = await getTranslations();
  const parts = (Object.entries(availability.seatsLeft) as [Mode, number | null][]).map(
    ([mode, left]) =>
      `${left === null ? t('availability.unlimited') : t('availability.seatsLeft', { count: left })} (${t(`modes.${mode}`)})`,
  );
  if (parts.length === 0) return null;
  return <span className="text-sm text-muted">{parts.join(' · ')}</span>;
}
