// `duplicate`: someone signed up again with an address already registered; resend the current status
// and the manage link instead of creating a second registration.
import { Contact, DetailRow, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { fill, textsFor } from './messages';

export default function DuplicateEmail(data: MailData) {
  const t = textsFor(data.locale).duplicate;
  const status =
    data.status === 'confirmed'
      ? t.statusConfirmed
      : data.status === 'waitlisted'
        ? data.position !== undefined
          ? fill(data.locale, t.statusWaitlistedAt, { position: data.position })
          : t.statusWaitlisted
        : null;
  return (
    <EmailLayout kind="duplicate" data={data}>
      <P>{fill(data.locale, t.intro, { title: data.event.title })}</P>
      <EventDetails data={data} extra={status ? <DetailRow label={t.statusLabel}>{status}</DetailRow> : null} />
      <ManageLink data={data} intro={t.manage} />
      <P>{t.notYou}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

DuplicateEmail.PreviewProps = exampleMailData.fi;
