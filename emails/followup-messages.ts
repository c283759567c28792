// Finnish and Swedish texts of the mails that come after the event and of the privacy self-service:
// the feedback survey invitation, the attendance certificate and the data-access link. `sv` is
// typed as `typeof fi`, so a key missing in either language is a type error; the parity test also
// checks that no text is empty and that both use the same {placeholders}.
import type { Locale } from '@/lib/i18n/routing';

export const fi = {
  common: {
    greeting: 'Hei {firstName},',
    greetingPlain: 'Hei,',
    signature: 'Ystävällisin terveisin',
    signatureName: 'VIP-verkosto',
    footer: 'Kokoon – VIP-verkosto',
    linkLabel: 'Linkki:',
  },
  survey: {
    subject: 'Anna palautetta: {title}',
    preview: 'Kerro, miten tapahtuma {title} onnistui – vastaaminen vie pari minuuttia.',
    heading: 'Kiitos osallistumisestasi!',
    intro: 'Kiitos, että osallistuit tapahtumaan {title} ({when}). Kertoisitko, miten tapahtuma onnistui? Vastaaminen vie pari minuuttia, ja palautteesi auttaa kehittämään seuraavia tapahtumia.',
    anonymous: 'Vastaukset näkyvät järjestäjille nimettöminä, ellet itse valitse, että nimesi saa näkyä.',
    button: 'Vastaa palautekyselyyn',
    once: 'Linkki on henkilökohtainen, ja sillä voi vastata kerran. Kysely on avoinna {closes} asti.',
  },
  certificate: {
    subject: 'Osallistumistodistus: {title}',
    preview: 'Osallistumistodistuksesi koulutuksesta {title} on liitteenä.',
    heading: 'Osallistumistodistuksesi',
    intro: 'Liitteenä on osallistumistodistuksesi koulutuksesta {title} (PDF).',
    keep: 'Tallenna todistus itsellesi. Voit ladata sen myös ilmoittautumisesi sivulta niin kauan kuin ilmoittautumistietosi säilytetään.',
    button: 'Avaa ilmoittautumisesi sivu',
    filename: 'osallistumistodistus',
  },
  data_access: {
    subject: 'Tietosi Kokoon-palvelussa',
    preview: 'Linkki tietoihin, jotka Kokoon-palvelussa on sähköpostiosoitteestasi.',
    heading: 'Tietosi Kokoon-palvelussa',
    intro: 'Pyysit nähtäväksi tiedot, jotka Kokoon-palvelussa on tästä sähköpostiosoitteesta. Avaa alla oleva linkki: sivulla näet tiedot, voit ladata ne ja pyytää niiden poistamista.',
    button: 'Avaa tietosi',
    validity: 'Linkki on voimassa {minutes} minuuttia.',
    ignore: 'Jos et itse pyytänyt tätä, voit jättää viestin huomiotta: tietojasi ei näe kukaan ilman tätä linkkiä.',
  },
};

export const sv: typeof fi = {
  common: {
    greeting: 'Hej {firstName},',
    greetingPlain: 'Hej,',
    signature: 'Med vänliga hälsningar',
    signatureName: 'VIP-nätverket',
    footer: 'Kokoon – VIP-nätverket',
    linkLabel: 'Länk:',
  },
  survey: {
    subject: 'Ge respons: {title}',
    preview: 'Berätta hur evenemanget {title} lyckades – det tar bara ett par minuter.',
    heading: 'Tack för att du deltog!',
    intro: 'Tack för att du deltog i evenemanget {title} ({when}). Vill du berätta hur evenemanget lyckades? Det tar bara ett par minuter, och din respons hjälper oss att utveckla kommande evenemang.',
    anonymous: 'Arrangörerna ser svaren anonymt, om du inte själv väljer att ditt namn får visas.',
    button: 'Svara på responsenkäten',
    once: 'Länken är personlig och kan användas för att svara en gång. Enkäten är öppen till och med {closes}.',
  },
  certificate: {
    subject: 'Deltagarintyg: {title}',
    preview: 'Ditt deltagarintyg för utbildningen {title} finns som bilaga.',
    heading: 'Ditt deltagarintyg',
    intro: 'Som bilaga finns ditt deltagarintyg för utbildningen {title} (PDF).',
    keep: 'Spara intyget. Du kan också ladda ner det på sidan för din anmälan så länge uppgifterna om din anmälan sparas.',
    button: 'Öppna sidan för din anmälan',
    filename: 'deltagarintyg',
  },
  data_access: {
    subject: 'Dina uppgifter i tjänsten Kokoon',
    preview: 'Länk till de uppgifter som tjänsten Kokoon har om din e-postadress.',
    heading: 'Dina uppgifter i tjänsten Kokoon',
    intro: 'Du bad att få se de uppgifter som tjänsten Kokoon har om den här e-postadressen. Öppna länken nedan: på sidan ser du uppgifterna, kan ladda ner dem och begära att de raderas.',
    button: 'Öppna dina uppgifter',
    validity: 'Länken gäller i {minutes} minuter.',
    ignore: 'Om du inte själv har bett om detta kan du lämna meddelandet utan åtgärd: ingen ser dina uppgifter utan den här länken.',
  },
};

export type FollowupTexts = typeof fi;

export function followupTexts(locale: Locale): FollowupTexts {
  return locale === 'sv' ? sv : fi;
}
