// `event_cancelled`: the organiser cancelled the event, with their optional note. No manage link:
// the registration is gone with the event. The caller attaches the .ics cancellation (METHOD:CANCEL).
import { ChangeNote, Contact, EmailLayout, EventDetails, P } from './layout';
import { exampleChangeNotes, exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function EventCancelledEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="event_cancelled" data={data}>
      <P>{t('event_cancelled.intro', { title: data.event.title })}</P>
      <ChangeNote data={data} />
      <EventDetails data={data} heading={t('event_cancelled.detailsHeading')} live={false} />
      <P>{t('event_cancelled.calendar')}</P>
      <P>{t('event_cancelled.apology')}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

EventCancelledEmail.PreviewProps = {
  ...exampleMailData.fi,
  changeNote: exampleChangeNotes.fi.cancelled,
} satisfies MailData;
