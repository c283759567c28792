// `cancelled`: the participant's own cancellation is confirmed. No manage link: nothing is left to
// manage, and signing up again happens on the public event page.
import { Contact, EmailLayout, EventDetails, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function CancelledEmail(data: MailData) {
  const t = textsFor(data.locale).cancelled;
  return (
    <EmailLayout kind="cancelled" data={data}>
      <P>{fill(t.intro, { title: data.event.title })}</P>
      <EventDetails data={data} attendance={false} />
      <P>{t.again}</P>
      <P>{t.notYou}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

CancelledEmail.PreviewProps = exampleMailData.fi;
