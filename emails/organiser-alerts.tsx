// Organiser alerts (issue 17), in the language the organiser chose on their settings page
// (lib/alerts): the daily digest of new registrations (counts per event, no personal data) and the
// one mail per crossing when an event becomes full or its waiting list grows past their threshold.
import { Heading, Link, Text } from '@react-email/components';
import { BRAND, PlainFrame } from './layout';
import { mailTranslator } from './messages';
import type { Locale } from '@/lib/i18n/routing';

export type DigestEventLine = {
  title: string;
  when: string;
  url: string;
  onsite: number;
  remote: number;
  waitlisted: number;
};
export type OrganiserDigestMail = {
  locale: Locale;
  /** The day of the digest ("3.12.2026") and the start of the period it covers ("2.12.2026 klo 7.00"). */
  date: string;
  since: string;
  events: DigestEventLine[];
  settingsUrl: string;
};
export type OrganiserAlertMail = {
  locale: Locale;
  /** What was crossed: no seats left on site, none left remotely, or the waiting list passed the threshold. */
  crossing: 'full_onsite' | 'full_remote' | 'waitlist';
  title: string;
  when: string;
  url: string;
  /** People waiting now, and the organiser's threshold (`waitlist`). */
  count: number;
  threshold: number;
  settingsUrl: string;
};

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export const organiserDigestSubject = ({ locale, date }: OrganiserDigestMail) =>
  mailTranslator(locale)('organiser_digest.subject', { date });
export const organiserAlertSubject = ({ locale, crossing, title, threshold }: OrganiserAlertMail) =>
  mailTranslator(locale)('organiser_alert.subject', { kind: crossing, title: oneLine(title), threshold });

export function OrganiserDigestEmail(props: OrganiserDigestMail) {
  const { locale, since, events, settingsUrl } = props;
  const t = mailTranslator(locale);
  return (
    <PlainFrame locale={locale} title={organiserDigestSubject(props)}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {t('organiser_digest.heading')}
      </Heading>
      <Text style={{ fontSize: '16px' }}>{t('organiser_digest.intro', { since })}</Text>
      {events.map((e) => (
        <Text key={e.url} style={{ fontSize: '16px' }}>
          <strong>{e.title}</strong>
          <br />
          {e.when}
          <br />
          {t('organiser_digest.counts', { onsite: e.onsite, remote: e.remote, waitlisted: e.waitlisted })}
          <br />
          <Link href={e.url} style={{ color: BRAND }}>
            {t('organiser_digest.open')}
          </Link>
        </Text>
      ))}
      <Text style={{ fontSize: '14px' }}>{t('organiser_digest.settings', { url: settingsUrl })}</Text>
    </PlainFrame>
  );
}

export function OrganiserAlertEmail(props: OrganiserAlertMail) {
  const { locale, crossing: kind, title, when, url, count, threshold, settingsUrl } = props;
  const t = mailTranslator(locale);
  return (
    <PlainFrame locale={locale} title={organiserAlertSubject(props)}>
      <Heading as="h1" style={{ fontSize: '24px' }}>
        {t('organiser_alert.heading', { kind })}
      </Heading>
      <Text style={{ fontSize: '16px' }}>
        {kind === 'waitlist'
          ? t('organiser_alert.waitlist', { title, when, count, threshold })
          : t('organiser_alert.full', { title, when, kind })}
      </Text>
      <Text style={{ fontSize: '16px' }}>
        <Link href={url} style={{ color: BRAND }}>
          {t('organiser_alert.open')}
        </Link>
      </Text>
      <Text style={{ fontSize: '14px' }}>{t('organiser_alert.settings', { url: settingsUrl })}</Text>
    </PlainFrame>
  );
}

const example = {
  fi: {
    title: 'Koulua koulua käymättömille – kokoontumisajo',
    when: 'ma 21.12.2026 klo 9.00–15.30',
    url: 'https://kokoon.example/fi/workspace/events/42',
    settingsUrl: 'https://kokoon.example/fi/workspace/account',
  },
  sv: {
    title: 'Skola för elever som inte går i skolan – samling',
    when: 'mån 21.12.2026 kl. 9.00–15.30',
    url: 'https://kokoon.example/sv/workspace/events/42',
    settingsUrl: 'https://kokoon.example/sv/workspace/account',
  },
} as const;

export const exampleDigest = (locale: Locale): OrganiserDigestMail => ({
  locale,
  date: '3.12.2026',
  since: locale === 'fi' ? '2.12.2026 klo 7.00' : '2.12.2026 kl. 7.00',
  events: [
    {
      title: example[locale].title,
      when: example[locale].when,
      url: example[locale].url,
      onsite: 12,
      remote: 1,
      waitlisted: 0,
    },
    {
      title: locale === 'fi' ? 'TUVET-koulutus, osa 2' : 'TUVET-utbildning, del 2',
      when: locale === 'fi' ? 'ti 12.1.2027 klo 13.00–16.00' : 'tis 12.1.2027 kl. 13.00–16.00',
      url: `https://kokoon.example/${locale}/workspace/events/43`,
      onsite: 0,
      remote: 4,
      waitlisted: 2,
    },
  ],
  settingsUrl: example[locale].settingsUrl,
});

export const exampleAlert = (locale: Locale): OrganiserAlertMail => ({
  locale,
  crossing: locale === 'fi' ? 'full_onsite' : 'waitlist',
  ...example[locale],
  count: 11,
  threshold: 10,
});
