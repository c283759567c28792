// Times on the attendance pages: just the clock ("klo 9.12") on the event's own day, the date too otherwise.
import { TZDate } from '@date-fns/tz';
import { formatDateTime, helsinkiDate, TIME_ZONE } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

export function clockText(d: Date, locale: Locale, day: Date): string {
  const a = helsinkiDate(d);
  const b = helsinkiDate(day);
  if (a.year !== b.year || a.month !== b.month || a.day !== b.day) return formatDateTime(d, locale);
  const t = new TZDate(d.getTime(), TIME_ZONE);
  return `${locale === 'sv' ? 'kl.' : 'klo'} ${t.getHours()}.${String(t.getMinutes()).padStart(2, '0')}`;
}

/** Whether `now` falls on one of the event's Helsinki calendar days (start day to end day). */
export function isOnEventDay(now: Date, startsAt: Date, endsAt: Date): boolean {
  const key = (d: Date) => {
    const h = helsinkiDate(d);
    return h.year * 10000 + h.month * 100 + h.day;
  };
  const today = key(now);
  return today >= key(startsAt) && today <= key(endsAt);
}
