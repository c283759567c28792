// `promoted`: a place freed up and the registration moved from the waiting list to confirmed.
// The caller attaches the .ics invitation (METHOD:REQUEST).
import { CheckInCode, Contact, EmailLayout, EventDetails, ManageLink, P, StreamLater } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function PromotedEmail(data: MailData) {
  const t = textsFor(data.locale).promoted;
  return (
    <EmailLayout kind="promoted" data={data}>
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

PromotedEmail.PreviewProps = exampleMailData.fi;
