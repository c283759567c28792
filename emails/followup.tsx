// The mails after the event and of the privacy self-service: survey invitation, attendance
// certificate (the PDF travels as an attachment) and the data-access link. Same plain, accessible
// frame as the participant mails (lang on <html>, real headings, the link also written out).
import { createElement } from 'react';
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { BRAND } from './layout';
import type { RenderedMail } from './mail-data';
import type { Locale } from '@/lib/i18n/routing';
import { fill } from './messages';
import { followupTexts } from './followup-messages';

export type SurveyMailPayload = { kind: 'survey'; locale: Locale; firstName: string; title: string; when: string; closes: string; url: string };
/** `manageUrl`: the registration page the mail mentions (missing in mails queued before it was added). */
export type CertificateMailPayload = { kind: 'certificate'; locale: Locale; firstName: string; title: string; registrationId: number; manageUrl?: string };
export type DataAccessMailPayload = { kind: 'data_access'; locale: Locale; url: string; minutes: number };
export type FollowupMailPayload = SurveyMailPayload | CertificateMailPayload | DataAccessMailPayload;
export const FOLLOWUP_KINDS = ['survey', 'certificate', 'data_access'] as const;

const text = { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', color: '#1f2933' };
const small = { fontSize: '14px', lineHeight: '21px', margin: '0 0 12px', color: '#4a5560' };

function FollowupEmail({ payload }: { payload: FollowupMailPayload }) {
  const m = followupTexts(payload.locale);
  const c = m.common;
  const vars = { ...payload, title: 'title' in payload ? payload.title : '' } as Record<string, string | number>;
  const k = m[payload.kind];
  const paragraphs = payload.kind === 'survey' ? [m.survey.intro, m.survey.anonymous]
    : payload.kind === 'certificate' ? [m.certificate.intro, m.certificate.keep] : [m.data_access.intro];
  const after = payload.kind === 'survey' ? [m.survey.once] : payload.kind === 'data_access' ? [m.data_access.validity, m.data_access.ignore] : [];
  const button = payload.kind === 'survey' ? { label: m.survey.button, url: payload.url }
    : payload.kind === 'data_access' ? { label: m.data_access.button, url: payload.url }
      : payload.manageUrl ? { label: m.certificate.button, url: payload.manageUrl } : null;
  return (
    <Html lang={payload.locale} dir="ltr">
      <Head><title>{fill(payload.locale, k.subject, vars)}</title></Head>
      <Preview>{fill(payload.locale, k.preview, vars)}</Preview>
      <Body style={{ backgroundColor: '#f4f6f8', margin: 0, padding: '24px 0', fontFamily: "'Segoe UI', Roboto, Arial, sans-serif", color: '#1f2933' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', border: '1px solid #d8dee4', padding: '8px 32px 24px' }}>
          <Heading as="h1" style={{ fontSize: '24px', lineHeight: '32px', margin: '24px 0 16px' }}>{k.heading}</Heading>
          <Text style={text}>{'firstName' in payload && payload.firstName ? fill(payload.locale, c.greeting, vars) : c.greetingPlain}</Text>
          {paragraphs.map((p) => <Text key={p} style={text}>{fill(payload.locale, p, vars)}</Text>)}
          {button && (
            <>
              <Section style={{ margin: '0 0 16px' }} data-skip-in-text="true">
                <Button href={button.url} style={{ backgroundColor: BRAND, color: '#ffffff', padding: '12px 20px', borderRadius: '4px', fontWeight: 600, fontSize: '16px' }}>{button.label}</Button>
              </Section>
              <Text style={small}>{c.linkLabel} <Link href={button.url} style={{ color: BRAND }}>{button.url}</Link></Text>
            </>
          )}
          {after.map((p) => <Text key={p} style={small}>{fill(payload.locale, p, vars)}</Text>)}
          <Text style={text}>{c.signature}<br />{c.signatureName}</Text>
          <Hr style={{ borderColor: '#d8dee4' }} />
          <Text style={{ ...small, fontWeight: 600 }}>{c.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderFollowupMail(payload: FollowupMailPayload): Promise<RenderedMail> {
  if (!(FOLLOWUP_KINDS as readonly string[]).includes(payload.kind)) throw new Error(`unknown mail kind: ${String(payload.kind)}`);
  const el = createElement(FollowupEmail, { payload });
  const [html, plain] = await Promise.all([render(el), render(el, { plainText: true })]);
  const vars = { ...payload, title: ('title' in payload ? payload.title : '').replace(/\s+/g, ' ').trim() } as Record<string, string | number>;
  return { subject: fill(payload.locale, followupTexts(payload.locale)[payload.kind].subject, vars), html, text: plain.trim() + '\n' };
}
