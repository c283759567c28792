// `offer`: a place freed up on an event whose freed places go as offers (lib/registrations/offers.ts);
// the first in line may accept it until `offerExpires` (Helsinki time). Both buttons lead to the
// person's manage page, where accepting or declining takes a POST: a mail scanner opening the links
// changes nothing. `offer_expired`: the deadline passed, the place went to the next in line.
import { Button, Link, Section, Text } from '@react-email/components';
import { BRAND, Contact, EmailLayout, EventDetails, ManageLink, P } from './layout';
import { exampleMailData, type MailData } from './mail-data';
import { mailTranslator } from './messages';

const button = {
  color: '#ffffff',
  fontSize: '16px',
  fontWeight: 600,
  lineHeight: '24px',
  textDecoration: 'none',
  borderRadius: '4px',
  padding: '12px 20px',
  display: 'inline-block',
  margin: '0 12px 12px 0',
};
const small = { fontSize: '14px', lineHeight: '21px', margin: '0 0 12px', color: '#4a5560' };

/** The manage page with the offer first: `?offer=accept` or `?offer=decline` only chooses what it asks. */
export function offerLink(manageUrl: string, answer: 'accept' | 'decline'): string {
  return `${manageUrl}?offer=${answer}#offer`;
}

export function OfferEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  const deadline = data.offerExpires ?? '';
  return (
    <EmailLayout kind="offer" data={data}>
      <P>{t('offer.intro', { title: data.event.title, deadline })}</P>
      <P>
        <strong>{t('offer.deadline', { deadline })}</strong>
      </P>
      <Section style={{ margin: '0 0 16px' }} data-skip-in-text="true">
        <Button href={offerLink(data.manageUrl, 'accept')} style={{ ...button, backgroundColor: BRAND }}>
          {t('offer.accept')}
        </Button>
        <Button href={offerLink(data.manageUrl, 'decline')} style={{ ...button, backgroundColor: '#4a5560' }}>
          {t('offer.decline')}
        </Button>
      </Section>
      <Text style={small}>{t('offer.how')}</Text>
      <Text style={small}>
        {t('offer.acceptUrl')}{' '}
        <Link href={offerLink(data.manageUrl, 'accept')} style={{ color: BRAND, textDecoration: 'underline' }}>
          {offerLink(data.manageUrl, 'accept')}
        </Link>
      </Text>
      <EventDetails data={data} />
      <ManageLink data={data} intro={t('waitlisted.manage')} />
      <Contact data={data} />
    </EmailLayout>
  );
}
OfferEmail.PreviewProps = { ...exampleMailData.fi, offerExpires: 'ti 15.12.2026 klo 14.30' };

export function OfferExpiredEmail(data: MailData) {
  const t = mailTranslator(data.locale);
  return (
    <EmailLayout kind="offer_expired" data={data}>
      <P>{t('offer_expired.intro', { title: data.event.title })}</P>
      <EventDetails data={data} live={false} />
      <P>{t('offer_expired.again')}</P>
      <Contact data={data} />
    </EmailLayout>
  );
}
OfferExpiredEmail.PreviewProps = exampleMailData.fi;
