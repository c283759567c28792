// `stream_opens`: shortly before an online event, the remote participant's personal stream link.
// The link (`data.streamUrl`) is expected; without one the mail points to the registration page.
import { Contact, EmailLayout, EventDetails, ManageLink, P, StreamLink } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function StreamOpensEmail(data: MailData) {
  const t = textsFor(data.locale).stream_opens;
  return (
    <EmailLayout kind="stream_opens" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      <P>
        <strong>{fill(data.locale, t.starts, { when: data.event.when })}</strong>
      </P>
      {data.streamUrl?.trim() ? <StreamLink data={data} intro={t.stream} /> : <P>{t.noStream}</P>}
      <EventDetails data={data} />
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

StreamOpensEmail.PreviewProps = { ...exampleMailData.fi, attendance: 'remote' } satisfies MailData;
