// `event_changed`: the organiser changed the time or place; the new details and their note.
// The caller attaches the updated .ics invitation (same UID, higher SEQUENCE).
import { ChangeNote, Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleChangeNotes, exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function EventChangedEmail(data: MailData) {
  const t = textsFor(data.locale).event_changed;
  return (
    <EmailLayout kind="event_changed" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      <ChangeNote data={data} />
      <EventDetails data={data} heading={t.detailsHeading} />
      <P>{t.stillValid}</P>
      <P>{t.calendar}</P>
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

EventChangedEmail.PreviewProps = { ...exampleMailData.fi, changeNote: exampleChangeNotes.fi.changed } satisfies MailData;
