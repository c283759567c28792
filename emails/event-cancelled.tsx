// `event_cancelled`: the organiser cancelled the event, with their optional note. No manage link:
// the registration is gone with the event. The caller attaches the .ics cancellation (METHOD:CANCEL).
import { ChangeNote, Contact, EmailLayout, EventDetails, P } from './layout';
import { exampleChangeNotes, exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function EventCancelledEmail(data: MailData) {
  const t = textsFor(data.locale).event_cancelled;
  return (
    <EmailLayout kind="event_cancelled" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      <ChangeNote data={data} />
      <EventDetails data={data} heading={t.detailsHeading} live={false} />
      <P>{t.calendar}</P>
      <P>{t.apology}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

EventCancelledEmail.PreviewProps = { ...exampleMailData.fi, changeNote: exampleChangeNotes.fi.cancelled } satisfies MailData;
