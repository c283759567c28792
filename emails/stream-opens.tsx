// `stream_opens`: shortly before an online event, the remote participant's personal stream link.
// The link (`data.streamUrl`) is expected; without one the mail points to the registration page.
import { Contact, EmailLayout, EventDetails, ManageLink, P, StreamLink } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function StreamOpensEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="stream_opens" data={data}>
      <P>{t('stream_opens.intro', { title: data.event.title })}</P>
      <P>
        <strong>{t('stream_opens.starts', { when: data.event.when })}</strong>
      </P>
      {data.streamUrl?.trim() ? (
        <StreamLink data={data} intro={t('stream_opens.stream')} />
      ) : (
        <P>{t('stream_opens.noStream')}</P>
      )}
      <EventDetails data={data} />
      <ManageLink data={data} intro={t('stream_opens.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

StreamOpensEmail.PreviewProps = { ...exampleMailData.fi, attendance: 'remote' } satisfies MailData;
