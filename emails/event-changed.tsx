// `event_changed`: the organiser changed the time or place; the new details and their note.
// The caller attaches the updated .ics invitation (same UID, higher SEQUENCE).
import { ChangeNote, Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleChangeNotes, exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function EventChangedEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="event_changed" data={data}>
      <P>{t('event_changed.intro', { title: data.event.title })}</P>
      <ChangeNote data={data} />
      <EventDetails data={data} heading={t('event_changed.detailsHeading')} />
      <P>{t('event_changed.stillValid')}</P>
      <P>{t('event_changed.calendar')}</P>
      <ManageLink data={data} intro={t('event_changed.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

EventChangedEmail.PreviewProps = {
  ...exampleMailData.fi,
  changeNote: exampleChangeNotes.fi.changed,
} satisfies MailData;
