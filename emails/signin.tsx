// The organiser's sign-in link. The link opens a page with a button (mail scanners open links
// before people do; only the button signs in), lives 15 minutes and works once.
import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, PlainFrame } from './layout';
import { mailTranslator } from './messages';
import { locales, type Locale } from '@/lib/i18n/routing';

export type SignInMail = { locale: Locale; url: string };

export function SignInEmail({ locale, url }: SignInMail) {
  const t = mailTranslator(locale);
  return (
    <PlainFrame locale={locale} title={t('signin.subject')}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {t('signin.heading')}
      </Heading>
      <Text style={{ fontSize: '16px' }}>{t('signin.intro')}</Text>
      <ActionButton url={url} label={t('signin.button')} />
      <Text style={{ fontSize: '14px' }}>{t('signin.validity')}</Text>
      <Text style={{ fontSize: '14px' }}>{t('signin.ignore')}</Text>
    </PlainFrame>
  );
}

SignInEmail.PreviewProps = {
  locale: 'fi',
  url: 'https://kokoon.example/api/auth/callback/email?token=Zk3pQ9vT4nLwR7xKc1bY',
} satisfies SignInMail;

// The invitation an admin's "invite" sends: in both languages (the person's language is not known
// yet), with the address of the sign-in page — not a sign-in link, which would expire before many
// people read their mail.
export type InviteMail = {
  role: 'admin' | 'organiser' | 'project';
  regions: string[];
  baseUrl: string;
  locale?: Locale;
};

/** "Kutsu Kokoonin järjestäjäksi / Inbjudan att arrangera evenemang i Kokoon": both languages, Finnish first. */
export const inviteSubject = () => locales.map((l) => mailTranslator(l)('organiser_invite.subject')).join(' / ');

export function InviteEmail({ role, regions, baseUrl }: InviteMail) {
  return (
    <PlainFrame locale="fi" title={inviteSubject()}>
      {locales.map((locale) => {
        const t = mailTranslator(locale);
        const url = `${baseUrl}/${locale}/signin`;
        const access =
          role === 'admin'
            ? t('organiser_invite.admin')
            : role === 'project'
              ? t('organiser_invite.project')
              : t('organiser_invite.organiser', { regions: regions.join(', ') });
        return (
          <Section key={locale} lang={locale}>
            <Heading as="h1" style={{ fontSize: '22px' }}>
              {t('organiser_invite.heading')}
            </Heading>
            <Text style={{ fontSize: '16px' }}>{t('organiser_invite.intro')}</Text>
            <Text style={{ fontSize: '16px' }}>{t('organiser_invite.role', { access })}</Text>
            <Text style={{ fontSize: '16px' }}>{t('organiser_invite.how')}</Text>
            <ActionButton url={url} label={t('organiser_invite.button')} />
            <Text style={{ fontSize: '14px' }}>{t('organiser_invite.ignore')}</Text>
          </Section>
        );
      })}
    </PlainFrame>
  );
}

InviteEmail.PreviewProps = {
  role: 'organiser',
  regions: ['HYKS', 'TAYS'],
  baseUrl: 'https://kokoon.example',
} satisfies InviteMail;
