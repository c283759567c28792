'use client';
// Door check-in on a phone: a search field that narrows the list as the organiser types (in the
// browser, from the list the page already holds: no round trip per key) and one big button per
// person. The same form is a plain GET search and the buttons plain POST forms without JavaScript.
// Only names, organisations and states reach the phone — no e-mail addresses.
import { useEffect, useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { matchesWords, queryWords } from '@/lib/attendance/search';
import type { DoorPerson } from '@/lib/attendance/registrations';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  locale: Locale;
  eventId: number;
  people: DoorPerson[];
  initialQuery: string;
  /** What goes right under the search (the last change's notice, warnings, progress). */
  afterSearch?: React.ReactNode;
  /** The person just changed (after the POST → redirect): the list comes back to them. */
  returnTo?: number;
  /** Pre-formatted arrival times by registration id (server formats them in Helsinki time). */
  arrivals: Record<number, string>;
  checkInAction: (form: FormData) => Promise<void>;
  undoAction: (form: FormData) => Promise<void>;
  canCheckIn: boolean;
  /** More fields every check-in form posts (the workshop whose door this is). */
  extraHidden?: Record<string, string>;
};

const LIMIT = 50;

export function DoorList({
  locale,
  eventId,
  people,
  initialQuery,
  afterSearch,
  returnTo,
  arrivals,
  checkInAction,
  undoAction,
  canCheckIn,
  extraHidden,
}: Props) {
  const t = useTranslations('attendance');
  const [query, setQuery] = useState(initialQuery);
  const matches = useMemo(() => {
    const words = queryWords(query);
    return people.filter((p) => matchesWords([`${p.firstName} ${p.lastName}`, p.organisation], words));
  }, [people, query]);
  const shown = matches.slice(0, LIMIT);
  // Back at the person just checked in (or undone), with keyboard focus there too; the URL's #p-… does
  // the same without JavaScript.
  useEffect(() => {
    if (returnTo === undefined) return;
    const row = document.getElementById(`p-${returnTo}`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [returnTo]);
  const hidden = (id: number) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="registrationId" value={id} />
      <input type="hidden" name="back" value="door" />
      {query && <input type="hidden" name="q" value={query} />}
      {Object.entries(extraHidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );

  return (
    <div className="space-y-3">
      <form
        method="get"
        role="search"
        aria-label={t('door.searchLabel')}
        onSubmit={(e) => e.preventDefault()}
        className="flex gap-2"
      >
        <label htmlFor="door-q" className="sr-only">
          {t('door.search')}
        </label>
        <input
          id="door-q"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('door.search')}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          autoFocus={returnTo === undefined}
          className="min-w-0 flex-1 rounded border-2 border-muted px-3 py-3 text-lg"
        />
        <noscript>
          <button type="submit" className="rounded bg-brand-dark px-4 py-3 font-semibold text-white">
            {t('door.searchButton')}
          </button>
        </noscript>
      </form>
      {afterSearch}
      <p aria-live="polite" className="text-base">
        {matches.length === 0 ? t('door.none') : t('door.results', { count: matches.length })}
        {matches.length > LIMIT ? ` ${t('door.more', { shown: LIMIT })}` : ''}
      </p>
      <ul className="space-y-2">
        {shown.map((p) => {
          const name = `${p.firstName} ${p.lastName}`;
          const arrived = p.checkedInAt ? arrivals[p.id] : null;
          return (
            <li
              key={p.id}
              id={`p-${p.id}`}
              tabIndex={-1}
              className="scroll-mt-4 rounded-lg border border-line bg-white p-3"
            >
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="text-lg font-bold">
                    {p.lastName}, {p.firstName}
                  </p>
                  <p>{p.organisation}</p>
                  <p className="text-sm">
                    {t(p.attendance === 'onsite' ? 'modeOnsite' : 'modeRemote')}
                    {' · '}
                    {p.status === 'confirmed'
                      ? t('status.confirmed')
                      : p.status === 'waitlisted'
                        ? t('status.waitlisted', { position: p.position ?? 1 })
                        : t('status.cancelled')}
                  </p>
                  {arrived && (
                    <p className="font-semibold text-ok">
                      <span aria-hidden="true">✓ </span>
                      {t('arrival.checkedIn', { time: arrived })}
                    </p>
                  )}
                </div>
                {p.status === 'confirmed' &&
                  canCheckIn &&
                  (arrived ? (
                    <form action={undoAction}>
                      {hidden(p.id)}
                      <button
                        type="submit"
                        className="rounded border-2 border-brand-dark bg-white px-4 py-3 font-semibold text-brand-dark"
                      >
                        {t('actions.undo')}
                        <span className="sr-only">: {name}</span>
                      </button>
                    </form>
                  ) : (
                    <form action={checkInAction} className="w-full sm:w-auto">
                      {hidden(p.id)}
                      <button
                        type="submit"
                        className="w-full rounded bg-brand-dark px-6 py-4 text-lg font-bold text-white sm:w-auto"
                      >
                        {t('actions.checkIn')}
                        <span className="sr-only">: {name}</span>
                      </button>
                    </form>
                  ))}
                {p.status !== 'confirmed' && <p className="text-sm font-semibold">{t('door.noPlace')}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
