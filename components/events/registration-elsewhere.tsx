// An event listed with registration elsewhere (issue 17): instead of Kokoon's form, a button to the
// organiser's own sign-up page — "Ilmoittautuminen: www.avi.fi" / "Anmälan: www.avi.fi" — while the
// event is still ahead; a cancelled or past event says so as any other.
import { getTranslations } from 'next-intl/server';
import type { Availability } from '@/lib/events/availability';
import type { Locale } from '@/lib/i18n/routing';
import { AvailabilityBadge } from './availability-badge';

export function externalHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export async function RegistrationElsewhere({
  url,
  availability,
  locale,
}: {
  url: string;
  availability: Availability;
  locale: Locale;
}) {
  const t = await getTranslations('event');
  if (availability.status === 'cancelled' || availability.status === 'closed') {
    return (
      <div className="mt-2">
        <AvailabilityBadge availability={availability} locale={locale} />
      </div>
    );
  }
  return (
    <div className="mt-2 space-y-3">
      <p>{t('registrationElsewhereNote')}</p>
      <p>
        <a
          href={url}
          rel="external noopener"
          className="inline-block rounded bg-brand-dark px-5 py-2 font-semibold text-white no-underline hover:bg-brand"
        >
          {t('registrationElsewhereLink', { host: externalHost(url) })}
        </a>
      </p>
    </div>
  );
}

/** The card's line for such an event, in place of the seats. */
export async function RegistrationElsewhereBadge() {
  const t = await getTranslations('event');
  return (
    <span className="inline-block rounded border border-brand bg-brand-light px-2 py-0.5 text-sm font-semibold text-brand-dark">
      {t('registrationElsewhereBadge')}
    </span>
  );
}
