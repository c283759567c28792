// The organiser's sign-in link. The link opens a page with a button (mail scanners open links
// before people do; only the button signs in), lives 15 minutes and works once.
import { createElement } from 'react';
import { Body, Button, Container, Head, Heading, Html, Link, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { BRAND } from './layout';
import type { MailLocale, RenderedMail } from './mail-data';

export const signInTexts = {
  fi: {
    subject: 'Kirjautumislinkki Kokooniin',
    heading: 'Kirjaudu Kokooniin',
    intro: 'Pyysit kirjautumislinkkiä Kokoonin järjestäjätyötilaan. Avaa linkki ja vahvista kirjautuminen painikkeella.',
    button: 'Avaa kirjautumissivu',
    validity: 'Linkki on voimassa 15 minuuttia ja toimii kerran.',
    ignore: 'Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.',
  },
  sv: {
    subject: 'Inloggningslänk till Kokoon',
    heading: 'Logga in i Kokoon',
    intro: 'Du bad om en inloggningslänk till Kokoons arbetsyta för arrangörer. Öppna länken och bekräfta inloggningen med knappen.',
    button: 'Öppna inloggningssidan',
    validity: 'Länken gäller i 15 minuter och fungerar en gång.',
    ignore: 'Om du inte bad om länken kan du lämna det här meddelandet utan åtgärd.',
  },
} satisfies Record<MailLocale, Record<string, string>>;

function SignInEmail({ locale, url }: { locale: MailLocale; url: string }) {
  const t = signInTexts[locale];
  return (
    <Html lang={locale}>
      <Head><title>{t.subject}</title></Head>
      <Body style={{ backgroundColor: '#f4f6f8', fontFamily: "'Segoe UI', Roboto, Arial, sans-serif", color: '#1f2933', padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: '600px', padding: '8px 32px 24px', border: '1px solid #d8dee4' }}>
          <Heading as="h1" style={{ fontSize: '24px' }}>{t.heading}</Heading>
          <Text style={{ fontSize: '16px' }}>{t.intro}</Text>
          <Section data-skip-in-text="true">
            <Button href={url} style={{ backgroundColor: BRAND, color: '#fff', padding: '12px 20px', borderRadius: '4px', fontWeight: 600 }}>{t.button}</Button>
          </Section>
          <Text style={{ fontSize: '14px' }}><Link href={url} style={{ color: BRAND }}>{url}</Link></Text>
          <Text style={{ fontSize: '14px' }}>{t.validity}</Text>
          <Text style={{ fontSize: '14px' }}>{t.ignore}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export async function renderSignInMail(locale: MailLocale, url: string): Promise<RenderedMail> {
  const el = createElement(SignInEmail, { locale, url });
  const [html, text] = await Promise.all([render(el), render(el, { plainText: true })]);
  return { subject: signInTexts[locale].subject, html, text: text.trim() + '\n' };
}
