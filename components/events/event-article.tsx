// The page of one event as the public sees it: used by the public event page and, with `preview`,
// by an organiser's preview of a draft (no JSON-LD, no registration form, a banner saying so).
import { getMessages, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { EventDetail } from '@/lib/events/queries';
import { eventJsonLd, scriptSafeJson } from '@/lib/events/json-ld';
import { localized } from '@/lib/i18n/messages';
import { publicBaseUrl } from '@/lib/config';
import { formatDateTime, formatEventTime } from '@/lib/time';
import { AvailabilityBadge, SeatsLeft } from '@/components/events/availability-badge';
import { Paragraphs } from '@/components/ui/paragraphs';
import { LocalizedText } from '@/components/ui/localized-text';
import { municipalityOptions } from '@/lib/registrations/municipality-names';
import { EventPlace } from '@/components/events/event-place';
import { RegistrationForm } from '@/components/registrations/registration-form';
import { audienceOptions } from '@/lib/audience/lists';
import { getReferenceData, cityName } from '@/lib/reference';
import { modesOf } from '@/lib/events/availability';
import { listEventMaterials } from '@/lib/materials/queries';
import { MaterialLinks } from '@/components/materials/material-links';
import { AddToCalendar } from '@/components/calendar/add-to-calendar';
import { SubscribeLinks } from '@/components/calendar/subscribe-links';
import { SIGN_UP_FORM_MESSAGES, pickMessages } from '@/lib/i18n/client-messages';
import type { Messages } from '@/components/i18n/translate';
import { sisterSessionsWithRoom } from '@/lib/events/sister-sessions';
import type { Locale } from '@/lib/i18n/routing';
import { eventQuestions, formQuestions } from '@/lib/questions/answers';
import { eventProgramme, formSlots } from '@/lib/programme/programme';
import { Timetable } from '@/components/programme/timetable';
import { regionsLabel } from '@/lib/events/regions';
import { organisingBodyName, ownRegion } from '@/lib/events/organising-body';
import { RegistrationElsewhere } from './registration-elsewhere';

export async function EventArticle({
  event,
  locale,
  preview = false,
  invitedEmail,
}: {
  event: EventDetail;
  locale: Locale;
  preview?: boolean;
  /** Opened from an invitation's personal link: its address, filled in on the form. */
  invitedEmail?: string;
}) {
  const ref = await getReferenceData();
  const materials = await listEventMaterials(event.id, 'public');
  const programme = await eventProgramme(event.id);
  const t = await getTranslations();
  const pageUrl = `${publicBaseUrl()}/${locale}/events/${event.slug}`;
  const now = new Date();
  const scope = regionsLabel(event, locale, true) ?? t('event.national');
  const a = event.availability;
  // A full session of a series points to its sister sessions that still have room.
  const sisters =
    !preview && event.seriesSlug && (a.status === 'full' || a.status === 'waitlist')
      ? await sisterSessionsWithRoom(event.seriesSlug, event.slug, now)
      : [];

  return (
    <article className="space-y-6">
      {/* Only a listed event tells search engines about itself (lib/events/visibility.ts). */}
      {!preview && event.visibility === 'public' && (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: scriptSafeJson(eventJsonLd(event, locale, pageUrl, programme)) }}
        />
      )}
      {!preview && (
        <p>
          <Link href="/">← {t('event.backToList')}</Link>
        </p>
      )}
      <header>
        <p className="text-sm font-semibold text-muted uppercase tracking-wide">
          {t(`kinds.${event.kind}`)} · {scope}
        </p>
        <h1 className="mt-1 text-3xl font-bold leading-tight">
          <LocalizedText locale={locale} fi={event.titleFi} sv={event.titleSv} />
        </h1>
        {!preview && (a.status === 'open' || a.status === 'waitlist') && (
          // On a phone the form is far below: one tap to it (only while registration is open).
          <p className="mt-3">
            <a
              href="#registration"
              className="inline-block rounded bg-brand-dark px-5 py-2 font-semibold text-white no-underline hover:bg-brand"
            >
              {t(a.status === 'waitlist' ? 'event.signUpWaitlistLink' : 'event.signUpLink')}
            </a>
          </p>
        )}
        <p className="mt-3 text-lg">
          <LocalizedText locale={locale} fi={event.summaryFi} sv={event.summarySv} />
        </p>
      </header>

      {event.status === 'cancelled' && (
        <p role="status" className="rounded border border-bad bg-bad-light p-3 font-semibold text-bad">
          {t('event.cancelledNotice')}
        </p>
      )}
      {event.status !== 'cancelled' && event.endsAt <= now && (
        <p role="status" className="rounded border border-line bg-white p-3 font-semibold">
          {t('event.pastNotice')}
        </p>
      )}

      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('event.when')}</dt>
        <dd>
          <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t('event.where')}</dt>
        <dd>
          {event.format !== 'online' && (
            <span className="block">
              <EventPlace event={event} city={await cityName(event.city, locale)} locale={locale} />
            </span>
          )}
          {event.format !== 'onsite' && <span className="block">{t('event.online')}</span>}
        </dd>
        <dt className="font-semibold">{t('event.format')}</dt>
        <dd>{t(`formats.${event.format}`)}</dd>
        <dt className="font-semibold">{t('event.language')}</dt>
        <dd>{t(`languages.${event.language}`)}</dd>
        <dt className="font-semibold">{t('event.organiser')}</dt>
        <dd>{organisingBodyName(event, ownRegion(event), locale)}</dd>
        {event.themes.length > 0 && (
          <>
            <dt className="font-semibold">{t('event.themes')}</dt>
            <dd>{event.themes.map((th) => localized(locale, th.nameFi, th.nameSv)).join(', ')}</dd>
          </>
        )}
        <dt className="font-semibold">{t('event.price')}</dt>
        <dd>{event.isFree ? t('event.free') : event.priceNote}</dd>
        {event.contactName && (
          <>
            <dt className="font-semibold">{t('event.contact')}</dt>
            <dd>
              <span className="block">
                <LocalizedText locale={locale} fi={event.contactName} sv={event.contactNameSv} />
              </span>
              {event.contactEmail && (
                <a className="block" href={`mailto:${event.contactEmail}`}>
                  {event.contactEmail}
                </a>
              )}
              {event.contactPhone && (
                <a className="block" href={`tel:${event.contactPhone.replace(/\s/g, '')}`}>
                  {event.contactPhone}
                </a>
              )}
            </dd>
          </>
        )}
        {event.seriesSlug && (
          <>
            <dt className="font-semibold">{t('event.series')}</dt>
            <dd>
              <Link href={`/series/${event.seriesSlug}`}>
                <LocalizedText locale={locale} fi={event.seriesTitleFi} sv={event.seriesTitleSv} />
              </Link>
            </dd>
          </>
        )}
      </dl>

      {event.status !== 'cancelled' && event.endsAt > now && <AddToCalendar slug={event.slug} locale={locale} />}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-xl font-bold">
          {t('event.details')}
        </h2>
        <div className="mt-2">
          <LocalizedText locale={locale} fi={event.descriptionFi} sv={event.descriptionSv} block>
            {(text) => <Paragraphs text={text} className="prose-text" />}
          </LocalizedText>
        </div>
      </section>

      <Timetable slots={programme} locale={locale} eventStart={event.startsAt} />

      {materials.length > 0 && (
        <section aria-labelledby="materials-heading">
          <h2 id="materials-heading" className="text-xl font-bold">
            {t('event.materials')}
          </h2>
          <MaterialLinks materials={materials} locale={locale} />
        </section>
      )}

      <section
        id="registration"
        aria-labelledby="registration-heading"
        className="rounded-lg border-2 border-brand bg-white p-4"
      >
        <h2 id="registration-heading" className="text-xl font-bold">
          {t('event.registration')}
        </h2>
        {event.registrationUrl ? (
          // Listed with registration elsewhere (issue 17): the organiser's own page takes the sign-ups.
          <RegistrationElsewhere url={event.registrationUrl} availability={a} locale={locale} />
        ) : (
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
            <AvailabilityBadge availability={a} locale={locale} />
            <SeatsLeft availability={a} />
          </div>
        )}
        {!event.registrationUrl && (a.status === 'open' || a.status === 'waitlist') && (
          <p className="mt-2">{t('availability.closesAt', { date: formatDateTime(a.closesAt, locale) })}</p>
        )}
        {sisters.length > 0 && (
          <div className="mt-4 rounded border border-brand bg-brand-light p-3">
            <h3 className="font-bold">{t('event.sisterSessionsTitle')}</h3>
            <p className="mt-1">{t('event.sisterSessionsText')}</p>
            <ul className="mt-2 list-disc pl-5">
              {sisters.map((s) => (
                <li key={s.slug}>
                  <Link href={`/events/${s.slug}`} className="font-semibold">
                    <LocalizedText locale={locale} fi={s.titleFi} sv={s.titleSv} />
                  </Link>
                  {' – '}
                  <time dateTime={s.startsAt.toISOString()}>{formatEventTime(s.startsAt, s.endsAt, locale)}</time>
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview && <p className="mt-2 font-semibold">{t('preview.noForm')}</p>}
        {event.visibility === 'invited' && (
          <p className="mt-2 rounded border border-brand bg-brand-light p-3">
            {invitedEmail ? t('event.invitationFor', { email: invitedEmail }) : t('event.invitedOnly')}
          </p>
        )}
        {!preview && !event.registrationUrl && (a.status === 'open' || a.status === 'waitlist') && (
          <RegistrationForm
            slug={event.slug}
            locale={locale}
            modes={modesOf(event.format).filter(
              (m) => a.status === 'waitlist' || a.seatsLeft[m] !== 0 || event.waitlistEnabled,
            )}
            waitlist={a.status === 'waitlist'}
            municipalities={municipalityOptions(ref.municipalities, locale)}
            sectors={ref.sectors.map((s) => ({ code: s.code, name: localized(locale, s.nameFi, s.nameSv) }))}
            audience={await audienceOptions(locale)}
            messages={pickMessages(await getMessages(), SIGN_UP_FORM_MESSAGES) as Messages}
            questions={formQuestions(await eventQuestions(event.id), locale)}
            slots={formSlots(programme, locale, event.startsAt)}
            defaultEmail={invitedEmail}
          />
        )}
        {a.status === 'not_open' && <p className="mt-2 text-muted">{t('event.registrationSoon')}</p>}
      </section>

      {/* More like this: the calendar of the event's region (national events: all events). */}
      {!preview && (
        <SubscribeLinks
          feedPath={event.regionCode ? `/calendar/region/${event.regionCode.toLowerCase()}.ics` : '/calendar/all.ics'}
          locale={locale}
          named
        />
      )}
    </article>
  );
}
