// The organiser's sign-in link. The link opens a page with a button (mail scanners open links
// before people do; only the button signs in), lives 15 minutes and works once.
import { createElement } from 'react';
import { Body, Button, Container, Head, Heading, Html, Link, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import { BRAND } from './layout';
import type { RenderedMail } from './mail-data';
import type { Locale } from '@/lib/i18n/routing';

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
} satisfies Record<Locale, Record<string, string>>;

function SignInEmail({ locale, url }: { locale: Locale; url: string }) {
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

export async function renderSignInMail(locale: Locale, url: string): Promise<RenderedMail> {
  const el = createElement(SignInEmail, { locale, url });
  const [html, text] = await Promise.all([render(el), render(el, { plainText: true })]);
  return { subject: signInTexts[locale].subject, html, text: text.trim() + '\n' };
}

// The invitation an admin's "invite" sends: in both languages (the person's language is not known
// yet), with the address of the sign-in page — not a sign-in link, which would expire before many
// people read their mail.
export const inviteTexts = {
  fi: {
    subject: 'Kutsu Kokoonin järjestäjäksi',
    heading: 'Sinut on kutsuttu Kokooniin',
    intro: 'VIP-verkoston Kokoon-palvelun pääkäyttäjä on lisännyt sinut järjestäjäksi. Kokoonissa julkaiset tapahtumia, seuraat ilmoittautumisia ja osallistujia ja koostat tilastoja.',
    role: 'Käyttöoikeutesi: {access}',
    admin: 'pääkäyttäjä (kaikki alueet)',
    organiser: 'järjestäjä, alueet {regions}',
    how: 'Kirjaudu sisään sähköpostilinkillä: avaa kirjautumissivu, kirjoita tämä sähköpostiosoite ja avaa saamasi linkki.',
    button: 'Kirjautumissivulle',
    ignore: 'Jos kutsu tuli sinulle vahingossa, voit jättää viestin huomiotta; tiliäsi ei voi käyttää ilman tätä sähköpostia.',
  },
  sv: {
    subject: 'Inbjudan att arrangera evenemang i Kokoon',
    heading: 'Du har bjudits in till Kokoon',
    intro: 'Huvudanvändaren för VIP-nätverkets tjänst Kokoon har lagt till dig som arrangör. I Kokoon publicerar du evenemang, följer anmälningar och deltagare och sammanställer statistik.',
    role: 'Din behörighet: {access}',
    admin: 'huvudanvändare (alla områden)',
    organiser: 'arrangör, områdena {regions}',
    how: 'Logga in med en e-postlänk: öppna inloggningssidan, skriv den här e-postadressen och öppna länken du får.',
    button: 'Till inloggningssidan',
    ignore: 'Om inbjudan kom till dig av misstag kan du lämna meddelandet utan åtgärd; kontot kan inte användas utan den här e-posten.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type InviteMail = { role: 'admin' | 'organiser'; regions: string[]; baseUrl: string };

function InviteEmail({ role, regions, baseUrl }: InviteMail) {
  return (
    <Html lang="fi">
      <Head><title>{`${inviteTexts.fi.subject} / ${inviteTexts.sv.subject}`}</title></Head>
      <Body style={{ backgroundColor: '#f4f6f8', fontFamily: "'Segoe UI', Roboto, Arial, sans-serif", color: '#1f2933', padding: '24px 0' }}>
        <Container style={{ backgroundColor: '#ffffff', maxWidth: '600px', padding: '8px 32px 24px', border: '1px solid #d8dee4' }}>
          {(['fi', 'sv'] as const).map((locale) => {
            const t = inviteTexts[locale];
            const url = `${baseUrl}/${locale}/signin`;
            const access = role === 'admin' ? t.admin : t.organiser.replace('{regions}', regions.join(', '));
            return (
              <Section key={locale} lang={locale}>
                <Heading as="h1" style={{ fontSize: '22px' }}>{t.heading}</Heading>
                <Text style={{ fontSize: '16px' }}>{t.intro}</Text>
                <Text style={{ fontSize: '16px' }}>{t.role.replace('{access}', access)}</Text>
                <Text style={{ fontSize: '16px' }}>{t.how}</Text>
                <Section data-skip-in-text="true">
                  <Button href={url} style={{ backgroundColor: BRAND, color: '#fff', padding: '12px 20px', borderRadius: '4px', fontWeight: 600 }}>{t.button}</Button>
                </Section>
                <Text style={{ fontSize: '14px' }}><Link href={url} style={{ color: BRAND }}>{url}</Link></Text>
                <Text style={{ fontSize: '14px' }}>{t.ignore}</Text>
              </Section>
            );
          })}
        </Container>
      </Body>
    </Html>
  );
}

export async function renderInviteMail(mail: InviteMail): Promise<RenderedMail> {
  const el = createElement(InviteEmail, mail);
  const [html, text] = await Promise.all([render(el), render(el, { plainText: true })]);
  return { subject: `${inviteTexts.fi.subject} / ${inviteTexts.sv.subject}`, html, text: text.trim() + '\n' };
}
