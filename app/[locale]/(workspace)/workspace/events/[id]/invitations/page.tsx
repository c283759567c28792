import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { scopedEvent } from '@/lib/events/scoped';
import { listInvitations } from '@/lib/invitations/service';
import { formatDateTime } from '@/lib/time';
import { toLocale } from '@/lib/i18n/routing';
import { EventHeader } from '@/components/attendance/event-header';
import { InviteForm } from '@/components/invitations/invite-form';
import { inviteAction, removeInvitationAction, resendInvitationAction } from './actions';
import { translate } from '@/lib/i18n/messages';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string; i?: string; m?: string }>;
};

const DONE = ['removed', 'resent'];
const ERRORS = ['notFound', 'invitationNotFound', 'registered', 'closed', 'rateLimited'];
const small = 'rounded border-2 bg-white px-3 py-1 text-sm font-semibold';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'invitations' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** An invited event's invitation list: who is on it, whether they have registered, and adding more. */
export default async function EventInvitationsPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/invitations`);
  const eventId = idOrNotFound(id);
  const [event, list] = await Promise.all([scopedEvent(o, eventId), listInvitations(o, eventId)]);
  if (!event || !list) notFound();
  const t = await getTranslations('invitations');
  const { done, error, i, m } = await searchParams;
  // The notice names the invitation by its id in the URL; its address comes from the list.
  const email = list.find((r) => String(r.id) === i)?.email ?? '';
  const minutes = Math.min(Math.max(Number(m) || 1, 1), 60);
  const notice =
    done && DONE.includes(done)
      ? { ok: true, text: translate(locale, `invitations.${done}`, { email }) }
      : error && ERRORS.includes(error)
        ? { ok: false, text: translate(locale, `invitations.errors.${error}`, { email, minutes }) }
        : null;
  const open = event.visibility === 'invited';
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="invitations" heading={t('title')} />
      {event.visibility !== 'invited' ? (
        <p role="status" className="rounded border border-warn bg-warn-light p-3 font-semibold text-warn">
          {t('notInvitedEvent')}
        </p>
      ) : (
        <section aria-labelledby="inv-new" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
          <h2 id="inv-new" className="text-xl font-bold">
            {t('submit')}
          </h2>
          <p>{t('intro')}</p>
          <InviteForm
            action={inviteAction.bind(null, locale, event.id)}
            defaultLanguage={locale}
            texts={{
              addresses: t('addresses'),
              addressesHint: t('addressesHint'),
              language: t('language'),
              languageFi: t('languageFi'),
              languageSv: t('languageSv'),
              submit: t('submit'),
              sending: t('sending'),
            }}
          />
        </section>
      )}
      <section aria-labelledby="inv-list" className="space-y-3">
        <h2 id="inv-list" className="text-xl font-bold">
          {t('listHeading', { count: list.length })}
        </h2>
        {notice && (
          <p
            role={notice.ok ? 'status' : 'alert'}
            className={`rounded border-2 p-3 font-semibold ${notice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
          >
            {notice.text}
          </p>
        )}
        {list.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <table className="stack-table w-full border-collapse bg-white text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  {t('colEmail')}
                </th>
                <th scope="col" className="p-2">
                  {t('colLanguage')}
                </th>
                <th scope="col" className="p-2">
                  {t('colInvited')}
                </th>
                <th scope="col" className="p-2">
                  {t('colRegistered')}
                </th>
                <th scope="col" className="p-2">
                  {t('colActions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.email} className="border-b border-line">
                  <td id={`inv-email-${r.id}`} className="p-2 break-all">
                    {r.email}
                  </td>
                  <td className="p-2" data-label={t('colLanguage')}>
                    {r.language === 'sv' ? t('languageSv') : t('languageFi')}
                  </td>
                  <td className="p-2" data-label={t('colInvited')}>
                    {formatDateTime(r.invitedAt, locale)}
                  </td>
                  <td className="p-2" data-label={t('colRegistered')}>
                    {r.registered ? t('yes') : t('no')}
                  </td>
                  <td className="p-2" data-label={t('colActions')}>
                    {r.registered ? (
                      <span className="text-sm text-muted">{t('registeredNote')}</span>
                    ) : (
                      <div className="flex flex-wrap gap-2">
                        {open && (
                          <form action={resendInvitationAction.bind(null, locale, event.id, r.id)}>
                            <button
                              type="submit"
                              className={`${small} border-brand-dark text-brand-dark`}
                              aria-describedby={`inv-email-${r.id}`}
                            >
                              {t('resend')}
                            </button>
                          </form>
                        )}
                        <form action={removeInvitationAction.bind(null, locale, event.id, r.id)}>
                          <button
                            type="submit"
                            className={`${small} border-bad text-bad`}
                            aria-describedby={`inv-email-${r.id}`}
                          >
                            {t('remove')}
                          </button>
                        </form>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
