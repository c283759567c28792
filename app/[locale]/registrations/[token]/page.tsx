import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { getManagedRegistration } from '@/lib/registrations/service';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { getReferenceData, cityName } from '@/lib/reference';
import { localized, translate } from '@/lib/i18n/messages';
import { modesOf } from '@/lib/events/availability';
import { EventPlace } from '@/components/events/event-place';
import { municipalityOptions } from '@/lib/registrations/municipality-names';
import { LocalizedText } from '@/components/ui/localized-text';
import { formatDateTime, formatEventTime } from '@/lib/time';
import { DetailsForm } from '@/components/registrations/details-form';
import { PersonalFeed } from '@/components/registrations/personal-feed';
import { IntlIsland } from '@/components/i18n/intl-island';
import { listMaterialsForRegistration } from '@/lib/materials/queries';
import { MaterialLinks } from '@/components/materials/material-links';
import { streamLink } from '@/lib/streams/tokens';
import { streamWindow } from '@/lib/streams/access';
import { resetFeedAction, switchAttendanceAction, updateAnswersAction } from './actions';
import { answersOf, eventQuestions, formQuestions } from '@/lib/questions/answers';
import { askedOfMode, formValueOf, unansweredRequired } from '@/lib/questions/schema';
import { registrationClosesAt } from '@/lib/events/availability';
import { AnswersForm } from '@/components/questions/answers-form';
import { modeSwitchRefusalText } from '@/lib/programme/mode-switch';
import { eventProgramme, picksOf } from '@/lib/programme/programme';
import { changeWorkshopAction } from './actions';
import { certificateBlocker } from '@/lib/certificates/build';
import { PrivacyNote } from '@/components/privacy-note';
import { checkInUrl, qrDataUrl } from '@/lib/attendance/qr';
import { openOfferOf } from '@/lib/registrations/offers';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ done?: string; confirm?: string; offer?: string }>;
};

const button = 'rounded px-5 py-2 font-semibold';
const NOTICE_ERRORS = ['notFound', 'notOpen', 'closed', 'eventCancelled', 'modeFull', 'invalid'];
const OFFER_OUTCOMES = ['accepted', 'alreadyAccepted', 'declined', 'alreadyDeclined', 'expired', 'noOffer', 'closed'];

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, token } = await params;
  const locale = pageLocale(raw);
  const { done, confirm, offer: offerAsk } = await searchParams;
  const t = await getTranslations();
  const managed = looksLikeToken(token) ? await getManagedRegistration(token) : null;
  if (!managed) {
    return (
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t('manage.invalidTitle')}</h1>
        <p>{t('manage.invalidText')}</p>
        <p>
          <Link href="/">{t('errors.home')}</Link>
        </p>
      </div>
    );
  }
  const { registration: r, event: e, position } = managed;
  // A waiting-list offer comes first on the page (lib/registrations/offers.ts); answering it is a POST.
  const offer = r.status === 'waitlisted' && e.status === 'published' ? await openOfferOf(r.id) : null;
  const offerOutcome = done?.startsWith('offer-') ? done.slice(6) : undefined;
  const [ref, materials] = await Promise.all([getReferenceData(), listMaterialsForRegistration(r)]);
  const streams =
    r.status === 'confirmed' && r.attendance === 'remote' && e.format !== 'onsite' && e.status !== 'cancelled';
  const muni = ref.municipalities.find((m) => m.code === r.municipalityCode);
  const over = new Date() >= e.endsAt;
  const eventCancelled = e.status === 'cancelled';
  // A cancelled event offers nothing to do: no change, no cancel, no stream.
  const active = r.status !== 'cancelled' && !over && !eventCancelled;
  // Opening "?confirm=cancel" (a link, so it works without JavaScript) only asks; the POST cancels.
  const confirming = active && confirm === 'cancel';
  const mode = r.attendance;
  // After cancelling, the way back while the event still has room for the person's mode.
  const canRegisterAgain =
    r.status === 'cancelled' &&
    !eventCancelled &&
    !over &&
    managed.availability.status === 'open' &&
    managed.availability.seatsLeft[mode] !== 0;
  const otherMode = modesOf(e.format).find((m) => m !== r.attendance);
  // The door check-in code, as in the confirmation mail: for a confirmed on-site place of an event still ahead.
  const checkInQr =
    r.status === 'confirmed' && r.attendance === 'onsite' && e.format !== 'online' && !eventCancelled && !over
      ? await qrDataUrl(checkInUrl(locale, r.id))
      : null;
  // Own questions: the answers can be changed while registration is open.
  const questions =
    active && new Date() < registrationClosesAt(e)
      ? formQuestions(await eventQuestions(e.id), locale).filter((q) => askedOfMode(q.askedOf, r.attendance))
      : [];
  const currentAnswers = questions.length ? await answersOf(r.id) : new Map();
  // After a switch of mode (or a question added later) a required answer may be missing: asked first.
  const missingAnswers = unansweredRequired(questions, r.attendance, currentAnswers);
  // Workshops: the person may change theirs while registration is open and the other has a seat.
  const workshopSlots =
    active && new Date() < registrationClosesAt(e)
      ? (await eventProgramme(e.id)).filter((s) => s.workshops.length > 0)
      : [];
  const myPicks = workshopSlots.length ? ((await picksOf([r.id])).get(r.id) ?? new Map<number, number>()) : null;
  const wsName = (x: { titleFi: string; titleSv: string }) => (locale === 'sv' ? x.titleSv || x.titleFi : x.titleFi);
  const workshopNotice =
    done === 'workshop'
      ? { ok: true, text: translate(locale, 'programme.manage.changed') }
      : done?.startsWith('workshop-')
        ? {
            ok: false,
            text: translate(
              locale,
              `programme.manage.${['full', 'closed'].includes(done.slice(9)) ? done.slice(9) : 'notFound'}`,
            ),
          }
        : null;
  const errorCode = done?.startsWith('error') ? done.replace(/^error-?/, '') : undefined;
  const notice =
    offerOutcome !== undefined
      ? t(
          `manage.offer.outcome.${OFFER_OUTCOMES.includes(offerOutcome) ? offerOutcome : 'noOffer'}` as 'manage.offer.outcome.noOffer',
        )
      : done === 'cancelled'
        ? t('manage.cancelled')
        : done === 'switched'
          ? t('manage.switched')
          : errorCode === 'workshopFull'
            ? // The switch of mode was refused: a workshop the person holds has no seat in the other mode.
              [translate(locale, 'programme.views.modeSwitchRefused'), await modeSwitchRefusalText(r.id, locale)]
                .filter(Boolean)
                .join(' ')
            : errorCode !== undefined
              ? translate(locale, `registration.errors.${NOTICE_ERRORS.includes(errorCode) ? errorCode : 'invalid'}`)
              : null;
  const statusText = eventCancelled
    ? t('manage.statusEventCancelled')
    : r.status === 'confirmed'
      ? t('manage.statusConfirmed')
      : r.status === 'waitlisted'
        ? t('manage.statusWaitlisted', { position: position ?? 1 })
        : t('manage.statusCancelled');

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('manage.title')}</h1>
      {offer && (
        <section id="offer" aria-labelledby="offer-heading" className="rounded-lg border-2 border-brand bg-white p-4">
          <h2 id="offer-heading" className="text-xl font-bold">
            {t('manage.offer.title')}
          </h2>
          <p className="mt-1">{t('manage.offer.text', { deadline: formatDateTime(offer.expiresAt, locale) })}</p>
          <p className="mt-1">{t('manage.offer.declineText')}</p>
          {offerAsk === 'decline' && <p className="mt-2 font-semibold">{t('manage.offer.declineAsk')}</p>}
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <form method="post" action={`/${locale}/registrations/${token}/offer`}>
              <input type="hidden" name="answer" value="accept" />
              <button type="submit" className={`${button} bg-brand-dark text-white`}>
                {t('manage.offer.accept')}
              </button>
            </form>
            <form method="post" action={`/${locale}/registrations/${token}/offer`}>
              <input type="hidden" name="answer" value="decline" />
              <button type="submit" className={`${button} border-2 border-bad bg-white text-bad`}>
                {t('manage.offer.decline')}
              </button>
            </form>
          </div>
        </section>
      )}
      {eventCancelled && (
        <section
          aria-labelledby="event-cancelled-heading"
          className="rounded-lg border-2 border-bad bg-bad-light p-4 text-bad"
        >
          <h2 id="event-cancelled-heading" className="text-xl font-bold">
            {t('manage.eventCancelledTitle')}
          </h2>
          <p className="mt-1">{t('manage.eventCancelledText')}</p>
        </section>
      )}
      {notice && (
        <p
          role="status"
          className={`rounded border p-3 font-semibold ${done?.startsWith('error') || ['offer-expired', 'offer-noOffer', 'offer-closed'].includes(done ?? '') ? 'border-bad bg-bad-light text-bad' : 'border-ok bg-ok-light text-ok'}`}
        >
          {notice}
        </p>
      )}
      {missingAnswers.length > 0 && (
        <section aria-labelledby="answers-missing-heading" className="rounded-lg border-2 border-brand bg-white p-4">
          <h2 id="answers-missing-heading" className="text-xl font-bold">
            {t('manage.answersMissingTitle')}
          </h2>
          <p className="mt-1">{t('manage.answersMissingText', { count: missingAnswers.length })}</p>
          <ul className="mt-1 list-disc pl-6">
            {missingAnswers.map((q) => (
              <li key={q.id}>{q.label}</li>
            ))}
          </ul>
          <p className="mt-2">
            <a href="#answers-heading" className="font-semibold">
              {t('manage.answersMissingLink')}
            </a>
          </p>
        </section>
      )}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('manage.event')}</dt>
        <dd>
          <Link href={`/events/${e.slug}`}>
            <LocalizedText locale={locale} fi={e.titleFi} sv={e.titleSv} />
          </Link>
        </dd>
        <dt className="font-semibold">{t('event.when')}</dt>
        <dd>{formatEventTime(e.startsAt, e.endsAt, locale)}</dd>
        <dt className="font-semibold">{t('event.where')}</dt>
        <dd>
          {e.format !== 'online' && (e.venueName || e.venueAddress || e.city) ? (
            <EventPlace event={e} city={await cityName(e.city, locale)} locale={locale} />
          ) : (
            t('formats.online')
          )}
        </dd>
        <dt className="font-semibold">{t('manage.status')}</dt>
        <dd className="font-semibold">{statusText}</dd>
        <dt className="font-semibold">{t('manage.attendance')}</dt>
        <dd>
          {r.attendance === 'onsite'
            ? t('registration.form.attendanceOnsite')
            : t('registration.form.attendanceRemote')}
        </dd>
        <dt className="font-semibold">{t('manage.name')}</dt>
        <dd>
          {r.firstName} {r.lastName}
        </dd>
        <dt className="font-semibold">{t('manage.email')}</dt>
        <dd>{r.email}</dd>
        <dt className="font-semibold">{t('manage.organisation')}</dt>
        <dd>
          {r.organisation}
          {muni ? `, ${localized(locale, muni.nameFi, muni.nameSv)}` : ''}
        </dd>
      </dl>

      {canRegisterAgain && (
        <section aria-labelledby="again-heading" className="rounded-lg border-2 border-brand bg-white p-4">
          <h2 id="again-heading" className="text-xl font-bold">
            {t('manage.registerAgainTitle')}
          </h2>
          <p className="mt-1">{t('manage.registerAgainText')}</p>
          <p className="mt-2">
            <Link href={`/events/${e.slug}#registration`} className="font-semibold">
              {t('manage.registerAgainLink')}
            </Link>
          </p>
        </section>
      )}

      {over && <p className="rounded border border-line bg-white p-3">{t('manage.closedNote')}</p>}

      {e.kind === 'training' && certificateBlocker({ kind: e.kind, endsAt: e.endsAt }, r) === null && (
        <section aria-labelledby="certificate-heading" className="rounded-lg border-2 border-ok bg-white p-4">
          <h2 id="certificate-heading" className="text-xl font-bold">
            {t('certificate.title')}
          </h2>
          <p className="mt-1">{t('certificate.text')}</p>
          <p className="mt-2">
            <a href={`/${locale}/registrations/${token}/certificate`} download className="font-semibold">
              {t('certificate.download')}
            </a>
          </p>
        </section>
      )}

      {checkInQr && (
        <section aria-labelledby="checkin-heading" className="rounded-lg border-2 border-brand bg-white p-4">
          <h2 id="checkin-heading" className="text-xl font-bold">
            {t('manage.checkInTitle')}
          </h2>
          <p className="mt-1">{t('manage.checkInText')}</p>
          <img
            src={checkInQr}
            alt={t('manage.checkInAlt')}
            width={200}
            height={200}
            className="mt-3 border border-line"
          />
        </section>
      )}

      {streams && !over && (
        <section aria-labelledby="stream-heading" className="rounded-lg border-2 border-brand bg-white p-4">
          <h2 id="stream-heading" className="text-xl font-bold">
            {t('manage.streamTitle')}
          </h2>
          <p className="mt-1">{t('manage.streamText', { time: formatDateTime(streamWindow(e).opensAt, locale) })}</p>
          <p className="mt-2">
            <a href={streamLink(r.id)} className="font-semibold">
              {t('manage.streamLink')}
            </a>
          </p>
        </section>
      )}

      {materials.length > 0 && (
        <section aria-labelledby="materials-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="materials-heading" className="text-xl font-bold">
            {t('manage.materialsTitle')}
          </h2>
          <MaterialLinks materials={materials} locale={locale} via={{ locale, token }} />
        </section>
      )}

      {r.status !== 'cancelled' && (
        <section aria-labelledby="feed-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="feed-heading" className="text-xl font-bold">
            {t('manage.feedTitle')}
          </h2>
          <p className="mt-1">{t('manage.feedText')}</p>
          <IntlIsland>
            <PersonalFeed action={resetFeedAction.bind(null, token)} />
          </IntlIsland>
        </section>
      )}

      {active && otherMode && (
        <section aria-labelledby="switch-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="switch-heading" className="text-xl font-bold">
            {t('manage.switchTitle')}
          </h2>
          <form action={switchAttendanceAction.bind(null, locale, token, otherMode)} className="mt-2">
            <button type="submit" className={`${button} border-2 border-brand-dark text-brand-dark bg-white`}>
              {otherMode === 'remote' ? t('manage.switchToRemote') : t('manage.switchToOnsite')}
            </button>
          </form>
        </section>
      )}

      {active && (
        <section aria-labelledby="update-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="update-heading" className="text-xl font-bold">
            {t('manage.updateTitle')}
          </h2>
          <IntlIsland>
            <DetailsForm
              locale={locale}
              token={token}
              onsite={r.attendance === 'onsite'}
              initial={{
                firstName: r.firstName,
                lastName: r.lastName,
                organisation: r.organisation,
                municipality: r.municipalityCode ?? '',
                sector: (r.sectorCode ?? 'other') as 'education',
                role: r.role ?? '',
                diet: r.diet ?? '',
                accessNeeds: r.accessNeeds ?? '',
                language: r.language,
              }}
              municipalities={municipalityOptions(ref.municipalities, locale)}
              sectors={ref.sectors.map((s) => ({ code: s.code, name: localized(locale, s.nameFi, s.nameSv) }))}
            />
          </IntlIsland>
          <div className="mt-3">
            <PrivacyNote />
          </div>
        </section>
      )}
      {questions.length > 0 && (
        <section aria-labelledby="answers-heading" className="rounded-lg border border-line bg-white p-4">
          <h2 id="answers-heading" className="text-xl font-bold">
            {t('manage.answersTitle')}
          </h2>
          <IntlIsland>
            <AnswersForm
              questions={questions}
              mode={r.attendance}
              save={updateAnswersAction.bind(null, locale, token)}
              initial={Object.fromEntries(
                questions.map((q) => [`q${q.id}`, formValueOf(q.type, currentAnswers.get(q.id))]),
              )}
            />
          </IntlIsland>
        </section>
      )}

      {workshopNotice && (
        <p
          role={workshopNotice.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${workshopNotice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {workshopNotice.text}
        </p>
      )}
      {workshopSlots.length > 0 && myPicks && (
        <section aria-labelledby="workshops-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="workshops-heading" className="text-xl font-bold">
            {translate(locale, 'programme.manage.title')}
          </h2>
          <p>{translate(locale, 'programme.manage.intro')}</p>
          {workshopSlots.map((s) => (
            <form key={s.id} action={changeWorkshopAction.bind(null, locale, token, s.id)} className="space-y-2">
              <fieldset className="space-y-1">
                <legend className="font-semibold">{wsName(s)}</legend>
                {s.workshops.map((w) => {
                  const mine = myPicks.get(s.id) === w.id;
                  const left = r.attendance === 'remote' ? w.remoteSeatsLeft : w.seatsLeft;
                  const full = !mine && left !== null && left <= 0;
                  return (
                    <label key={w.id} className="flex items-start gap-2">
                      <input
                        type="radio"
                        name="workshop"
                        value={String(w.id)}
                        defaultChecked={mine}
                        disabled={full}
                        required
                        className="mt-1 h-5 w-5 shrink-0"
                      />
                      <span className="min-w-0 break-words">
                        {wsName(w)}
                        {full && <span className="text-muted"> ({translate(locale, 'programme.full')})</span>}
                      </span>
                    </label>
                  );
                })}
              </fieldset>
              <button
                type="submit"
                className="rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark"
              >
                {translate(locale, 'programme.manage.submit')}
              </button>
            </form>
          ))}
        </section>
      )}

      {active && (
        <section aria-labelledby="cancel-heading" className="rounded-lg border-2 border-bad bg-white p-4">
          <h2 id="cancel-heading" className="text-xl font-bold">
            {t('manage.cancelTitle')}
          </h2>
          <p className="mt-1">{t('manage.cancelText')}</p>
          {confirming ? (
            <div
              role="group"
              aria-labelledby="cancel-confirm-heading"
              className="mt-3 rounded border-2 border-bad bg-bad-light p-3"
            >
              <h3 id="cancel-confirm-heading" className="text-lg font-bold text-bad">
                {t('manage.cancelConfirmTitle')}
              </h3>
              <p className="mt-1">{t('manage.cancelConfirmText')}</p>
              <div className="mt-3 flex flex-wrap items-center gap-4">
                <form method="post" action={`/${locale}/registrations/${token}/cancel`}>
                  <button type="submit" className={`${button} bg-bad text-white`}>
                    {t('manage.cancelConfirmButton')}
                  </button>
                </form>
                <a href={`/${locale}/registrations/${token}`} className="font-semibold">
                  {t('manage.cancelKeep')}
                </a>
              </div>
            </div>
          ) : (
            <p className="mt-3">
              {/* A plain link (a full page load, with or without JavaScript): asking changes nothing. */}
              <a
                href={`/${locale}/registrations/${token}?confirm=cancel#cancel-confirm-heading`}
                className={`${button} inline-block bg-bad text-white no-underline`}
              >
                {t('manage.cancelButton')}
              </a>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
