// `confirmation`: the registration is confirmed. The caller attaches the .ics invitation.
// `promoted` (./promoted.tsx) says the same after a place freed up: one body, two texts.
import { CheckInCode, Contact, EmailLayout, EventDetails, ManageLink, P, StreamLater } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

/** A confirmed place: what, where, the check-in code, the calendar and the manage link. */
export function ConfirmedPlace({ kind, data }: { kind: 'confirmation' | 'promoted'; data: MailData }) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind={kind} data={data}>
      <P>{t(`${kind}.intro`, { title: data.event.title })}</P>
      <EventDetails data={data} />
      <StreamLater data={data} />
      <CheckInCode data={data} />
      <P>{t(`${kind}.calendar`)}</P>
      <ManageLink data={data} intro={t(`${kind}.manage`)} />
      <Contact data={data} />
    </EmailLayout>
  );
}

export default function ConfirmationEmail(data: MailData) {
  return <ConfirmedPlace kind="confirmation" data={data} />;
}

ConfirmationEmail.PreviewProps = exampleMailData.fi;
