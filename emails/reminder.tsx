// `reminder`: the event is soon (today, tomorrow, or within REMINDER_HOURS); remote participants
// also get their personal stream link.
import { Contact, EmailLayout, EventDetails, ManageLink, P, StreamLink } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor, textValues } from './messages';

export default function ReminderEmail(data: MailData) {
  const t = textsFor(data.locale).reminder;
  return (
    <EmailLayout kind="reminder" data={data}>
      <P>{fill(data.locale, t.intro, textValues(data))}</P>
      <EventDetails data={data} />
      {data.attendance === 'remote' ? <StreamLink data={data} intro={t.stream} /> : null}
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

ReminderEmail.PreviewProps = { ...exampleMailData.fi, startsIn: { day: 'tomorrow', time: '9.00' } } satisfies MailData;
