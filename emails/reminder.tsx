// `reminder`: the event is soon (today, tomorrow, or within REMINDER_HOURS); remote participants
// also get their personal stream link.
import { Contact, EmailLayout, EventDetails, ManageLink, P, StreamLink } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator, textValues } from './messages';

export default function ReminderEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="reminder" data={data}>
      <P>{t('reminder.intro', textValues(data))}</P>
      <EventDetails data={data} />
      {data.attendance === 'remote' ? <StreamLink data={data} intro={t('reminder.stream')} /> : null}
      <ManageLink data={data} intro={t('reminder.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

ReminderEmail.PreviewProps = { ...exampleMailData.fi, startsIn: { day: 'tomorrow', time: '9.00' } } satisfies MailData;
