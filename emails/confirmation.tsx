// `confirmation`: the registration is confirmed. The caller attaches the .ics invitation.
import { CheckInCode, Contact, EmailLayout, EventDetails, ManageLink, P, StreamLater } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function ConfirmationEmail(data: MailData) {
  const t = textsFor(data.locale).confirmation;
  return (
    <EmailLayout kind="confirmation" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      <EventDetails data={data} />
      <StreamLater data={data} />
      <CheckInCode data={data} />
      <P>{t.calendar}</P>
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

ConfirmationEmail.PreviewProps = exampleMailData.fi;
