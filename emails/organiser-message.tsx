// `organiser_message`: what an organiser wrote to the registrants, the waiting list or the attendees
// of an event (lib/messages), in the recipient's language. The text is the organiser's own plain
// text: React escapes it, blank lines start paragraphs and line breaks are kept, so the HTML and the
// plain-text part say the same. Then the event, the person's manage link and the contact.
import { Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

function Body({ text }: { text: string }) {
  const paragraphs = text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((p, i) => (
        <P key={i}>
          {p.split(/\r?\n/).map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </P>
      ))}
    </>
  );
}

export default function OrganiserMessageEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="organiser_message" data={data}>
      <P>{t('organiser_message.intro', { title: data.event.title })}</P>
      {data.message?.body ? <Body text={data.message.body} /> : null}
      <EventDetails data={data} />
      <ManageLink data={data} intro={t('organiser_message.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}

OrganiserMessageEmail.PreviewProps = exampleMailData.fi;
