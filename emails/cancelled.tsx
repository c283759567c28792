// `cancelled`: the participant's own cancellation is confirmed, or (byOrganiser) the person is told
// that an organiser cancelled their registration. No manage link: nothing is left to
// manage, and signing up again happens on the public event page. The caller attaches the .ics
// cancellation (METHOD:CANCEL) that removes the entry from the calendar.
import { Contact, EmailLayout, EventDetails, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function CancelledEmail(data: MailData) {
  const t = textsFor(data.locale).cancelled;
  return (
    <EmailLayout kind="cancelled" data={data}>
      <P>{fill(data.locale, data.byOrganiser ? t.introOrganiser : t.intro, { title: data.event.title })}</P>
      <EventDetails data={data} live={false} />
      <P>{t.calendar}</P>
      <P>{t.again}</P>
      <P>{data.byOrganiser ? t.questions : t.notYou}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

CancelledEmail.PreviewProps = exampleMailData.fi;
