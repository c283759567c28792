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
import { inviteAction } from './actions';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'invitations' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** An invited event's invitation list: who is on it, whether they have registered, and adding more. */
export default async function EventInvitationsPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/invitations`);
  const eventId = idOrNotFound(id);
  const [event, list] = await Promise.all([scopedEvent(o, eventId), listInvitations(o, eventId)]);
  if (!event || !list) notFound();
  const t = await getTranslations('invitations');
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
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.email} className="border-b border-line">
                  <td className="p-2 break-all">{r.email}</td>
                  <td className="p-2" data-label={t('colLanguage')}>
                    {r.language === 'sv' ? t('languageSv') : t('languageFi')}
                  </td>
                  <td className="p-2" data-label={t('colInvited')}>
                    {formatDateTime(r.invitedAt, locale)}
                  </td>
                  <td className="p-2" data-label={t('colRegistered')}>
                    {r.registered ? t('yes') : t('no')}
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
