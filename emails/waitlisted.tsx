// `waitlisted`: the event is full and the registration is on the waiting list, at `position`.
import { Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function WaitlistedEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="waitlisted" data={data}>
      <P>{t('waitlisted.intro', { title: data.event.title })}</P>
      {data.position !== undefined ? (
        <P>
          <strong>{t('waitlisted.position', { position: data.position })}</strong>
        </P>
      ) : null}
      <P>{t('waitlisted.next')}</P>
      <EventDetails data={data} />
      <ManageLink data={data} intro={t('waitlisted.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

WaitlistedEmail.PreviewProps = exampleMailData.fi;
