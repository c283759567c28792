// `duplicate`: someone signed up again with an address already registered; resend the current status
// and the manage link instead of creating a second registration.
import { Contact, DetailRow, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function DuplicateEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  const status =
    data.status === 'confirmed'
      ? t('duplicate.statusConfirmed')
      : data.status === 'waitlisted'
        ? data.position !== undefined
          ? t('duplicate.statusWaitlistedAt', { position: data.position })
          : t('duplicate.statusWaitlisted')
        : null;
  return (
    <EmailLayout kind="duplicate" data={data}>
      <P>{t('duplicate.intro', { title: data.event.title })}</P>
      <EventDetails
        data={data}
        extra={status ? <DetailRow label={t('duplicate.statusLabel')}>{status}</DetailRow> : null}
      />
      <ManageLink data={data} intro={t('duplicate.manage')} />
      <P>{t('duplicate.notYou')}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}

DuplicateEmail.PreviewProps = exampleMailData.fi;
