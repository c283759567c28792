// `cancelled`: the participant's own cancellation is confirmed, or (byOrganiser) the person is told
// that an organiser cancelled their registration. No manage link: nothing is left to
// manage, and signing up again happens on the public event page. The caller attaches the .ics
// cancellation (METHOD:CANCEL) that removes the entry from the calendar.
import { Contact, EmailLayout, EventDetails, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function CancelledEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="cancelled" data={data}>
      <P>{t(data.byOrganiser ? 'cancelled.introOrganiser' : 'cancelled.intro', { title: data.event.title })}</P>
      <EventDetails data={data} live={false} />
      <P>{t('cancelled.calendar')}</P>
      <P>{t('cancelled.again')}</P>
      <P>{data.byOrganiser ? t('cancelled.questions') : t('cancelled.notYou')}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

CancelledEmail.PreviewProps = exampleMailData.fi;
