// `materials_available` (issue 17): the organiser published the event's materials and asked Kokoon to
// tell the participants, once per person (lib/materials/notify.ts). The personal manage link opens
// the person's own page, where participants-only materials are listed with the public ones.
import { Contact, EmailLayout, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

export default function MaterialsAvailableEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="materials_available" data={data}>
      <P>{t('materials_available.intro', { title: data.event.title })}</P>
      <ManageLink data={data} intro={t('materials_available.where')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

MaterialsAvailableEmail.PreviewProps = exampleMailData.fi satisfies MailData;
