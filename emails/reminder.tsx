// `reminder`: the event is tomorrow; remote participants also get their personal stream link.
import { Contact, EmailLayout, EventDetails, ManageLink, P, StreamLink } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function ReminderEmail(data: MailData) {
  const t = textsFor(data.locale).reminder;
  return (
    <EmailLayout kind="reminder" data={data}>
      <P>{fill(t.intro, { title: data.event.title })}</P>
      <EventDetails data={data} />
      {data.attendance === 'remote' ? <StreamLink data={data} intro={t.stream} /> : null}
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

ReminderEmail.PreviewProps = exampleMailData.fi;
