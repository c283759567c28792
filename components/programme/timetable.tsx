// The event's programme on its public page: an ordered list of time slots (time, title, speakers,
// room or stream) and, in a slot of parallel workshops, the workshops with their free seats. A list
// rather than a table so it reflows on a 320 px screen and reads in order with a screen reader.
import { getTranslations } from 'next-intl/server';
import { formatClockRange } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { slotRoom, slotTitle, type ProgrammeSlot } from '@/lib/programme/programme';

export async function Timetable({
  slots,
  locale,
  eventStart,
}: {
  slots: ProgrammeSlot[];
  locale: Locale;
  eventStart: Date;
}) {
  if (!slots.length) return null;
  const t = await getTranslations('programme');
  return (
    <section aria-labelledby="programme-heading">
      <h2 id="programme-heading" className="text-xl font-bold">
        {t('title')}
      </h2>
      <ol className="mt-2 divide-y divide-line rounded-lg border border-line bg-white">
        {slots.map((s) => {
          const room = slotRoom(s, locale);
          return (
            <li key={s.id} className="grid gap-1 p-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
              <p className="font-semibold tabular-nums">
                <time dateTime={s.startsAt.toISOString()}>
                  {formatClockRange(s.startsAt, s.endsAt, locale, eventStart)}
                </time>
              </p>
              <div className="min-w-0 break-words">
                <h3 className="font-bold">{slotTitle(s, locale)}</h3>
                {s.speakers.length > 0 && (
                  <p>
                    <span className="sr-only">{t('speakers')}: </span>
                    {s.speakers.join(', ')}
                  </p>
                )}
                {room && <p className="text-muted">{t('room', { room })}</p>}
                {s.workshops.length > 0 && (
                  <>
                    <p className="mt-1 text-sm">{t('parallel', { count: s.workshops.length })}</p>
                    <ul className="mt-1 list-disc pl-5">
                      {s.workshops.map((w) => (
                        <li key={w.id}>
                          {locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi}{' '}
                          <span className="text-muted">
                            ({w.seatsLeft > 0 ? t('seatsLeft', { count: w.seatsLeft }) : t('full')})
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
