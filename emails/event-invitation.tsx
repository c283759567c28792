// An invitation to an invited event (issue 17): what, when and where, and the person's own sign-up
// link (the form opens with their address filled in). In the language the organiser chose for them.
import { Heading, Text } from '@react-email/components';
import { ActionButton, PlainFrame } from './layout';
import { mailTranslator } from './messages';
import type { Locale } from '@/lib/i18n/routing';

export type EventInvitationMail = {
  locale: Locale;
  title: string;
  when: string;
  place: string | null;
  url: string;
};

export const eventInvitationSubject = ({ locale, title }: EventInvitationMail) =>
  mailTranslator(locale)('event_invitation.subject', { title });

export function EventInvitationEmail({ locale, title, when, place, url }: EventInvitationMail) {
  const t = mailTranslator(locale);
  return (
    <PlainFrame locale={locale} title={eventInvitationSubject({ locale, title, when, place, url })}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {title}
      </Heading>
      <Text style={{ fontSize: '16px' }}>{t('event_invitation.intro')}</Text>
      <Text style={{ fontSize: '16px' }}>
        {t('event_invitation.when', { when })}
        {place ? (
          <>
            <br />
            {t('event_invitation.where', { place })}
          </>
        ) : null}
      </Text>
      <Text style={{ fontSize: '16px' }}>{t('event_invitation.how')}</Text>
      <ActionButton url={url} label={t('event_invitation.button')} />
      <Text style={{ fontSize: '14px' }}>{t('event_invitation.personal')}</Text>
    </PlainFrame>
  );
}

EventInvitationEmail.PreviewProps = {
  locale: 'fi',
  title: 'Ohjausryhmän kokous',
  when: 'ti 12.1.2027 klo 13.00–15.00',
  place: 'Opetushallitus, Hakaniemenranta 6, Helsinki',
  url: 'https://kokoon.example/fi/events/ohjausryhma-tammikuu/invitation/Zk3pQ9vT4nLwR7xKc1bYZk3pQ9vT4nLwR7xKc1bY123',
} satisfies EventInvitationMail;
