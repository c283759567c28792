// The heading of an event's organiser pages: the event, and links between its registration list,
// door check-in, sign-in sheet, messages and statistics (the current one marked with aria-current).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime } from '@/lib/time';
import type { ScopedEvent } from '@/lib/events/scoped';
import { BackLink } from '@/components/ui/back-link';
import { cityName } from '@/lib/reference';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  event: ScopedEvent;
  locale: Locale;
  current: 'list' | 'door' | 'sheet' | 'stats' | 'messages' | 'feedback' | 'programme' | 'invitations';
  heading?: string;
  /** Shown between the title and the links. */
  children?: React.ReactNode;
  /** The "back to the workspace" link. */
  back?: boolean;
};

export async function EventHeader({ event, locale, current, heading, children, back = true }: Props) {
  return (
    <div className="space-y-3 print:hidden">
      {back && <BackLink />}
      <EventTitle event={event} locale={locale} heading={heading} />
      {children}
      <EventNav event={event} current={current} />
    </div>
  );
}

/** The event's title (the page's h1) with its time and place, under the page's own heading. */
export async function EventTitle({ event, locale, heading }: Pick<Props, 'event' | 'locale' | 'heading'>) {
  const t = await getTranslations('attendance');
  const ed = await getTranslations('editor');
  const place = [event.venueName, await cityName(event.city, locale)].filter(Boolean).join(', ');
  return (
    <div>
      {heading && <p className="text-base font-semibold text-muted">{heading}</p>}
      <h1 className="text-2xl font-bold sm:text-3xl">{localized(locale, event.titleFi, event.titleSv)}</h1>
      <p className="mt-1">
        {formatEventTime(event.startsAt, event.endsAt, locale)}
        {place ? ` · ${place}` : ''}
        {event.status !== 'published' && (
          <strong> · {event.status === 'cancelled' ? t('eventCancelled') : t('eventDraft')}</strong>
        )}
        {event.visibility !== 'public' && <strong> · {ed(`eventVisibilities.${event.visibility}`)}</strong>}
      </p>
    </div>
  );
}

/** Links between the event's organiser pages, the current one marked. */
export async function EventNav({ event, current }: Pick<Props, 'event' | 'current'>) {
  const t = await getTranslations('attendance');
  const fb = await getTranslations('survey.results');
  const pr = await getTranslations('programme.editor');
  const links = [
    { key: 'list', href: `/workspace/events/${event.id}`, text: t('nav.list') },
    { key: 'door', href: `/workspace/events/${event.id}/checkin`, text: t('nav.door') },
    { key: 'sheet', href: `/workspace/events/${event.id}/sheet`, text: t('nav.sheet') },
    { key: 'messages', href: `/workspace/events/${event.id}/messages`, text: t('nav.messages') },
    { key: 'stats', href: `/workspace/events/${event.id}/stats`, text: t('nav.stats') },
    { key: 'feedback', href: `/workspace/events/${event.id}/feedback`, text: fb('nav') },
    { key: 'programme', href: `/workspace/events/${event.id}/programme`, text: pr('link') },
    // An invited event's invitation list (issue 17).
    ...(event.visibility === 'invited'
      ? [{ key: 'invitations', href: `/workspace/events/${event.id}/invitations`, text: t('nav.invitations') }]
      : []),
  ];
  return (
    <nav aria-label={t('nav.label')} className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {links.map((l) => (
          <li key={l.key}>
            <Link
              href={l.href}
              aria-current={current === l.key ? 'page' : undefined}
              className={`inline-block rounded border-2 px-3 py-1.5 font-semibold no-underline ${current === l.key ? 'border-brand-dark bg-brand-dark text-white' : 'border-brand-dark bg-white text-brand-dark'}`}
            >
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
