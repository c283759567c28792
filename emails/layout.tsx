// The shared frame of every participant mail and the blocks the messages are built from (event
// details, manage link, contact, organiser's note). Plain and accessible: `lang` on <html>, system
// fonts at 16 px, left-aligned text, real headings, and colours well above WCAG AA contrast
// (brand #1a4f8b on white ≈ 8.6:1, body #1f2933 ≈ 15:1). The plain-text part is derived from the
// same markup by @react-email/render, so anything marked `data-skip-in-text` exists in HTML only.
import type { CSSProperties, ReactNode } from 'react';
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { MailData, MailKind } from './mail-data';
import { mailTranslator, subjectFor, textValues } from './messages';

export const BRAND = '#1a4f8b';
const TEXT = '#1f2933';
const MUTED = '#4a5560';
const FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Helvetica, Arial, sans-serif";

const s = {
  body: { backgroundColor: '#f4f6f8', margin: 0, padding: '24px 0', fontFamily: FONT, color: TEXT },
  container: { backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', border: '1px solid #d8dee4' },
  brandBar: { backgroundColor: BRAND, padding: '16px 32px' },
  brand: { color: '#ffffff', fontSize: '20px', fontWeight: 700, lineHeight: '28px', margin: 0 },
  content: { padding: '8px 32px 24px' },
  h1: { color: TEXT, fontSize: '24px', lineHeight: '32px', fontWeight: 700, margin: '24px 0 16px' },
  h2: { color: TEXT, fontSize: '18px', lineHeight: '26px', fontWeight: 700, margin: '24px 0 8px' },
  p: { fontSize: '16px', lineHeight: '24px', margin: '0 0 16px', color: TEXT },
  row: { fontSize: '16px', lineHeight: '24px', margin: '0 0 4px', color: TEXT },
  small: { fontSize: '14px', lineHeight: '21px', margin: '0 0 12px', color: MUTED },
  link: { color: BRAND, textDecoration: 'underline' },
  button: {
    backgroundColor: BRAND,
    color: '#ffffff',
    fontSize: '16px',
    fontWeight: 600,
    lineHeight: '24px',
    textDecoration: 'none',
    borderRadius: '4px',
    padding: '12px 20px',
    display: 'inline-block',
  },
  note: { borderLeft: `4px solid ${BRAND}`, backgroundColor: '#eef3f9', padding: '12px 16px', margin: '0 0 16px' },
  hr: { borderColor: '#d8dee4', margin: 0 },
  footer: { padding: '16px 32px 24px' },
} satisfies Record<string, CSSProperties>;

type LayoutProps = { kind: MailKind; data: MailData; children: ReactNode };

/** Frame of a mail: <html lang>, preheader, heading, greeting, the message, signature and footer. */
export function EmailLayout({ kind, data, children }: LayoutProps) {
  const t = mailTranslator(data.locale);
  const vars = textValues(data);
  return (
    <Html lang={data.locale} dir="ltr">
      <Head>
        <title>{subjectFor(kind, data)}</title>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{t(`${kind}.preview`, vars)}</Preview>
      <Body style={s.body}>
        <Container style={s.container}>
          <Section style={s.brandBar} data-skip-in-text="true">
            <Text style={s.brand}>{t('layout.brand')}</Text>
          </Section>
          <Section style={s.content}>
            <Heading as="h1" style={s.h1}>
              {t(`${kind}.heading`, vars)}
            </Heading>
            <P>{t('common.greeting', vars)}</P>
            {children}
            <P>
              {t('layout.signature')}
              <br />
              {t('layout.signatureName')}
            </P>
          </Section>
          <Hr style={s.hr} />
          <Section style={s.footer}>
            <Text style={{ ...s.small, fontWeight: 600, color: TEXT }}>{t('layout.footer')}</Text>
            <Text style={s.small}>{t('layout.footerNote')}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function P({ children }: { children: ReactNode }) {
  return <Text style={s.p}>{children}</Text>;
}

export function SubHeading({ children }: { children: ReactNode }) {
  return (
    <Heading as="h2" style={s.h2}>
      {children}
    </Heading>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text style={s.row}>
      <strong>{label}:</strong> {children}
    </Text>
  );
}

// `live` false for a registration or event that is over: no attendance mode, no "can be followed online".
type DetailsProps = { data: MailData; heading?: string; live?: boolean; extra?: ReactNode };

/** Title, time, place (or "online"), the attendance mode, and the public event page. */
export function EventDetails({ data, heading, live = true, extra }: DetailsProps) {
  const t = mailTranslator(data.locale);
  const { event } = data;
  return (
    <Section style={{ margin: '0 0 20px' }}>
      <SubHeading>{heading ?? t('common.detailsHeading')}</SubHeading>
      <Row label={t('common.event')}>{event.title}</Row>
      <Row label={t('common.when')}>{event.when}</Row>
      <Row label={t('common.where')}>{event.where ?? t('common.online')}</Row>
      {live && event.where && event.online ? <Text style={s.row}>{t('common.alsoOnline')}</Text> : null}
      {live ? (
        <Row label={t('common.attendance')}>
          {data.attendance === 'remote' ? t('common.remote') : t('common.onsite')}
        </Row>
      ) : null}
      {extra}
      <Row label={t('common.eventPage')}>
        <Link href={event.url} style={s.link}>
          {event.url}
        </Link>
      </Row>
    </Section>
  );
}

/** A labelled detail row for message-specific facts (e.g. the status in `duplicate`). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return <Row label={label}>{children}</Row>;
}

/**
 * The plain frame of the mails outside a registration (sign-in, organiser invitation, event
 * invitation, follow-up, organiser alerts): <html lang>, the title, an optional preheader, and the
 * white card on grey. The participant mails use EmailLayout, which adds the brand bar and footer.
 */
export function PlainFrame({
  locale,
  title,
  preview,
  children,
}: {
  locale: string;
  title: string;
  preview?: string;
  children: ReactNode;
}) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <title>{title}</title>
      </Head>
      {preview ? <Preview>{preview}</Preview> : null}
      <Body style={{ ...s.body, fontFamily: "'Segoe UI', Roboto, Arial, sans-serif" }}>
        <Container style={{ ...s.container, padding: '8px 32px 24px' }}>{children}</Container>
      </Body>
    </Html>
  );
}

/**
 * The one way a mail asks the reader to act: a button (HTML only) and the same address written out
 * below it after an optional caption ("Linkki:"), so the plain-text part and anyone who cannot click
 * the button still has the link.
 */
export function ActionButton({ url, label, caption }: { url: string; label: string; caption?: string }) {
  return (
    <>
      <Section style={{ margin: '0 0 16px' }} data-skip-in-text="true">
        <Button href={url} style={s.button}>
          {label}
        </Button>
      </Section>
      <Text style={s.small}>
        {caption ? `${caption} ` : null}
        <Link href={url} style={s.link}>
          {url}
        </Link>
      </Text>
    </>
  );
}

/** What the link is for, the button, and the same address written out (for text mail and copying). */
export function ManageLink({ data, intro }: { data: MailData; intro: string }) {
  const t = mailTranslator(data.locale);
  return (
    <Section>
      <P>{intro}</P>
      <ActionButton url={data.manageUrl} label={t('common.manageButton')} caption={t('common.manageUrl')} />
      <Text style={s.small}>{t('common.managePersonal')}</Text>
    </Section>
  );
}

/** For a remote participant of an event with a stream: when and where the personal stream link comes. */
export function StreamLater({ data }: { data: MailData }) {
  if (data.attendance !== 'remote' || !data.event.online) return null;
  return <P>{mailTranslator(data.locale)('common.streamLater')}</P>;
}

/** The personal stream link like ManageLink: intro, button, the address written out; nothing without one. */
export function StreamLink({ data, intro }: { data: MailData; intro: string }) {
  const url = data.streamUrl?.trim();
  if (!url) return null;
  const t = mailTranslator(data.locale);
  return (
    <Section>
      <P>{intro}</P>
      <ActionButton url={url} label={t('common.streamButton')} caption={t('common.streamUrl')} />
      <Text style={s.small}>{t('common.streamPersonal')}</Text>
    </Section>
  );
}

/**
 * The on-site participant's door check-in QR code, only when the mail has one. HTML only: a text-part
 * reader cannot scan it, and the URL behind it is for organisers (it opens their sign-in page for anyone else).
 */
export function CheckInCode({ data }: { data: MailData }) {
  const src = data.checkInQrSrc?.trim();
  if (!src) return null;
  const t = mailTranslator(data.locale);
  return (
    <Section style={{ margin: '0 0 20px' }} data-skip-in-text="true">
      <SubHeading>{t('common.checkInHeading')}</SubHeading>
      <P>{t('common.checkInIntro')}</P>
      <Img
        src={src}
        alt={t('common.checkInAlt')}
        width="200"
        height="200"
        style={{ display: 'block', border: '1px solid #d8dee4' }}
      />
    </Section>
  );
}

/** The organiser's free-text note, line breaks kept, shown only when there is one. */
export function ChangeNote({ data }: { data: MailData }) {
  const note = data.changeNote?.trim();
  if (!note) return null;
  const t = mailTranslator(data.locale);
  const lines = note.split(/\r?\n/);
  return (
    <Section style={s.note}>
      <Text style={{ ...s.p, fontWeight: 700, margin: '0 0 4px' }}>{t('common.changeNoteHeading')}</Text>
      <Text style={{ ...s.p, margin: 0 }}>
        {lines.map((line, i) => (
          <span key={i}>
            {i > 0 ? <br /> : null}
            {line}
          </span>
        ))}
      </Text>
    </Section>
  );
}

/** The event's contact person, when the event has one. */
export function Contact({ data }: { data: MailData }) {
  const { contactName, contactEmail } = data.event;
  if (!contactName && !contactEmail) return null;
  const t = mailTranslator(data.locale);
  return (
    <Section>
      <SubHeading>{t('common.contactHeading')}</SubHeading>
      <P>
        {t('common.contactIntro')}
        {contactName ? (
          <>
            <br />
            {contactName}
          </>
        ) : null}
        {contactEmail ? (
          <>
            <br />
            <Link href={`mailto:${contactEmail}`} style={s.link}>
              {contactEmail}
            </Link>
          </>
        ) : null}
      </P>
    </Section>
  );
}
