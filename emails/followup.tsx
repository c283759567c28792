// The mails after the event and of the privacy self-service: survey invitation, attendance
// certificate (the PDF travels as an attachment) and the data-access link. Same plain, accessible
// frame as the participant mails (lang on <html>, real headings, the link also written out).
import { Heading, Hr, Text } from '@react-email/components';
import { ActionButton, PlainFrame } from './layout';
import type { Locale } from '@/lib/i18n/routing';
import { mailTranslator } from './messages';

/**
 * An organiser's "send a test to me" (lib/mail/test-send.ts): the subject and the mail say it is a
 * test, and its link leads nowhere; a test certificate's PDF is a sample of this event for `name`.
 */
export type TestMark = { eventId: number; name: string };

export type SurveyMailPayload = {
  kind: 'survey';
  test?: TestMark;
  locale: Locale;
  firstName: string;
  title: string;
  when: string;
  closes: string;
  url: string;
};
/** `manageUrl`: the registration page the mail mentions (missing in mails queued before it was added). */
export type CertificateMailPayload = {
  kind: 'certificate';
  locale: Locale;
  firstName: string;
  title: string;
  registrationId: number;
  manageUrl?: string;
  test?: TestMark;
};
export type DataAccessMailPayload = { kind: 'data_access'; locale: Locale; url: string; minutes: number };
export type FollowupMailPayload = SurveyMailPayload | CertificateMailPayload | DataAccessMailPayload;
export const FOLLOWUP_KINDS = ['survey', 'certificate', 'data_access'] as const;

const text = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', color: '#1f2933' };
const small = { fontSize: '14px', lineHeight: '21px', margin: '0 0 12px', color: '#4a5560' };

/** The survey invitation, the certificate mail and the data-access link: one frame, texts by kind. */
export default function FollowupEmail(payload: FollowupMailPayload) {
  const t = mailTranslator(payload.locale);
  const k = payload.kind;
  const vars = { ...payload, test: undefined, title: 'title' in payload ? payload.title : '' };
  const paragraphs =
    k === 'survey'
      ? (['survey.intro', 'survey.anonymous'] as const)
      : k === 'certificate'
        ? (['certificate.intro', 'certificate.keep'] as const)
        : (['data_access.intro'] as const);
  const after =
    k === 'survey'
      ? (['survey.once'] as const)
      : k === 'data_access'
        ? (['data_access.validity', 'data_access.ignore'] as const)
        : [];
  const button =
    payload.kind === 'survey'
      ? { label: t('survey.button'), url: payload.url }
      : payload.kind === 'data_access'
        ? { label: t('data_access.button'), url: payload.url }
        : payload.manageUrl
          ? { label: t('certificate.button'), url: payload.manageUrl }
          : null;
  return (
    <PlainFrame locale={payload.locale} title={t(`${k}.subject`, vars)} preview={t(`${k}.preview`, vars)}>
      <Heading as="h1" style={{ fontSize: '24px', lineHeight: '32px', margin: '24px 0 16px' }}>
        {t(`${k}.heading`)}
      </Heading>
      {'test' in payload && payload.test && <Text style={{ ...text, fontWeight: 600 }}>{t('common.testNote')}</Text>}
      <Text style={text}>
        {'firstName' in payload && payload.firstName ? t('common.greeting', vars) : t('common.greetingPlain')}
      </Text>
      {paragraphs.map((p) => (
        <Text key={p} style={text}>
          {t(p, vars)}
        </Text>
      ))}
      {button && <ActionButton url={button.url} label={button.label} caption={t('common.linkLabel')} />}
      {after.map((p) => (
        <Text key={p} style={small}>
          {t(p, vars)}
        </Text>
      ))}
      <Text style={text}>
        {t('layout.signature')}
        <br />
        {t('layout.signatureName')}
      </Text>
      <Hr style={{ borderColor: '#d8dee4' }} />
      <Text style={{ ...small, fontWeight: 600 }}>{t('layout.footer')}</Text>
    </PlainFrame>
  );
}

/** The subject line: one line, whatever the title holds. */
export function followupSubject(payload: FollowupMailPayload): string {
  const title = ('title' in payload ? payload.title : '').replace(/\s+/g, ' ').trim();
  const t = mailTranslator(payload.locale);
  const subject = t(`${payload.kind}.subject`, { ...payload, test: undefined, title });
  return 'test' in payload && payload.test ? `${t('common.testSubjectPrefix')} ${subject}` : subject;
}

/** Example payloads for previews and tests. */
export const exampleFollowupPayloads: {
  [K in FollowupMailPayload['kind']]: Record<Locale, Extract<FollowupMailPayload, { kind: K }>>;
} = {
  survey: {
    fi: {
      kind: 'survey',
      locale: 'fi',
      firstName: 'Aino',
      title: 'Koulua koulua käymättömille – kokoontumisajo',
      when: 'ma 21.12.2026',
      closes: '4.1.2027',
      url: 'https://kokoon.example/fi/feedback/Zk3pQ9vT4nLwR7xKc1bY',
    },
    sv: {
      kind: 'survey',
      locale: 'sv',
      firstName: 'Anna',
      title: 'Skola för elever som inte går i skolan – samling',
      when: 'mån 21.12.2026',
      closes: '4.1.2027',
      url: 'https://kokoon.example/sv/feedback/Zk3pQ9vT4nLwR7xKc1bY',
    },
  },
  certificate: {
    fi: {
      kind: 'certificate',
      locale: 'fi',
      firstName: 'Aino',
      title: 'TUVET: osallisuus arjessa',
      registrationId: 1042,
      manageUrl: 'https://kokoon.example/fi/registrations/q8Z2vT4nLwR7xKc1',
    },
    sv: {
      kind: 'certificate',
      locale: 'sv',
      firstName: 'Anna',
      title: 'TUVET: delaktighet i vardagen',
      registrationId: 1043,
      manageUrl: 'https://kokoon.example/sv/registrations/q8Z2vT4nLwR7xKc1',
    },
  },
  data_access: {
    fi: {
      kind: 'data_access',
      locale: 'fi',
      url: 'https://kokoon.example/fi/my-data/Zk3pQ9vT4nLwR7xKc1bY',
      minutes: 30,
    },
    sv: {
      kind: 'data_access',
      locale: 'sv',
      url: 'https://kokoon.example/sv/my-data/Zk3pQ9vT4nLwR7xKc1bY',
      minutes: 30,
    },
  },
};

FollowupEmail.PreviewProps = exampleFollowupPayloads.survey.fi;

/** A follow-up mail in its own language (emails/render.ts, loaded when called: it imports this file). */
export async function renderFollowupMail(payload: FollowupMailPayload) {
  const { render } = await import('./render');
  return render(payload.kind, payload, payload.locale);
}
