// `workshop_changed`: the person's workshop in a programme slot changed — they chose another one on
// their manage page, or an organiser moved them. Names the slot and the new workshop and carries the
// updated calendar invitation (its description lists the programme with the new workshop); someone
// on the waiting list gets no invitation, as they never had a calendar entry.
import { Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator, textValues } from './messages';

export default function WorkshopChangedEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  const vars = textValues(data);
  return (
    <EmailLayout kind="workshop_changed" data={data}>
      <P>{t(data.byOrganiser ? 'workshop_changed.byOrganiser' : 'workshop_changed.intro', vars)}</P>
      {data.workshop && (
        <P>
          <strong>{t('workshop_changed.now', vars)}</strong>
        </P>
      )}
      <EventDetails data={data} />
      {data.status !== 'waitlisted' && <P>{t('workshop_changed.calendar')}</P>}
      <ManageLink data={data} intro={t('workshop_changed.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

WorkshopChangedEmail.PreviewProps = {
  ...exampleMailData.fi,
  workshop: { slot: 'Rinnakkaiset työpajat', name: 'Monialainen yhteistyö' },
} satisfies MailData;
