// `waitlisted`: the event is full and the registration is on the waiting list, at `position`.
import { Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function WaitlistedEmail(data: MailData) {
  const t = textsFor(data.locale).waitlisted;
  return (
    <EmailLayout kind="waitlisted" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      {data.position !== undefined ? (
        <P>
          <strong>{fill(data.locale, t.position, { position: data.position })}</strong>
        </P>
      ) : null}
      <P>{t.next}</P>
      <EventDetails data={data} />
      <ManageLink data={data} intro={t.manage} />
      <Contact data={data} />
    </EmailLayout>
  );
}

WaitlistedEmail.PreviewProps = exampleMailData.fi;
