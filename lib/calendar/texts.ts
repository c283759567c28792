// Texts of the calendar feeds, their HTTP errors and the subscribe / add-to-calendar blocks, in
// Finnish and Swedish. Kept here rather than in the JSON catalogues because the feeds are built
// outside React and several texts are functions of a region, province or theme name.
import type { Locale } from '@/lib/i18n/routing';

/** "HYKS-alue (Helsinki)" → "HYKS-alue": the regions table carries the hospital city in brackets. */
function withoutCity(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

const fiRegionName = (region: string) => {
  const short = withoutCity(region);
  // "HYKS-alue" → "HYKS-alueen"; any other shape keeps its basic form rather than a wrong inflection.
  return /-alue$/.test(short) ? `Kokoon – ${short}en tapahtumat` : `Kokoon – tapahtumat: ${short}`;
};

export const fi = {
  feeds: {
    all: {
      name: 'Kokoon – VIP-verkoston tapahtumat',
      description: 'Kaikki VIP-verkoston julkiset tapahtumat: verkostopäivät, valtakunnalliset kokoontumiset, koulutukset, infot ja webinaarit.',
    },
    region: {
      name: fiRegionName,
      description: (region: string, national: boolean) =>
        `VIP-verkoston tapahtumat: ${region}${national ? ' sekä valtakunnalliset tapahtumat' : ''}.`,
    },
    province: {
      name: (province: string) => `Kokoon – ${province}: maakunnan tapahtumat`,
      description: (province: string) => `VIP-verkoston maakunnalliset tapahtumat: ${province}.`,
    },
    theme: {
      name: (theme: string) => `Kokoon – teema: ${theme}`,
      description: (theme: string) => `VIP-verkoston tapahtumat, teema: ${theme}.`,
    },
    personal: {
      name: 'Kokoon – omat ilmoittautumiseni',
      description: 'Tapahtumat, joihin olet ilmoittautunut. Osoite on henkilökohtainen: älä jaa sitä.',
    },
    updates: 'Päivittyy automaattisesti Kokoon-palvelusta.',
  },
  event: {
    cancelledPrefix: 'PERUTTU: ',
    waitlistedPrefix: 'JONOSSA: ',
    online: 'Verkossa',
    cancelledNotice: 'Tämä tapahtuma on peruttu.',
    waitlistedNotice: 'Olet jonossa. Saat viestin, jos paikka vapautuu.',
    formats: { onsite: 'Paikan päällä', online: 'Verkossa', hybrid: 'Paikan päällä ja verkossa' },
    languages: { fi: 'suomi', sv: 'ruotsi', bilingual: 'suomi ja ruotsi', en: 'englanti' },
    followOnlineYes: 'Tapahtumaa voi seurata verkossa. Osallistumislinkki lähetetään ilmoittautuneille.',
    followOnlineNo: 'Tapahtumaa ei voi seurata verkossa.',
    free: 'Maksuton',
    labels: {
      format: 'Toteutus',
      language: 'Kieli',
      place: 'Paikka',
      price: 'Hinta',
      registration: 'Ilmoittautuminen ja lisätiedot',
      contact: 'Yhteyshenkilö',
    },
  },
  // The e-mailed invitation's DESCRIPTION, per mode (lib/mail/compose.ts).
  invitation: {
    place: 'Paikka',
    stream: 'Henkilökohtainen osallistumislinkki (älä jaa sitä)',
    streamLater: 'Osallistumislinkki lähetetään sähköpostilla ennen tapahtumaa.',
    page: 'Tapahtuman sivu',
  },
  errors: {
    badLang: (value: string) => `Tuntematon kieli "${value}". Käytä lang=fi tai lang=sv.`,
    badNational: (value: string) => `Parametrin national arvo "${value}" ei kelpaa. Käytä national=0 tai national=1.`,
    notFound: 'Kalenteria ei löytynyt. Tarkista osoite.',
  },
  subscribe: {
    heading: 'Tilaa kalenteriin',
    intro: 'Tapahtumat päivittyvät kalenteriisi itsestään, myös muutokset ja peruutukset.',
    webcal: 'Avaa kalenteriohjelmassa (Apple-kalenteri, Outlook)',
    google: 'Tilaa Google-kalenteriin',
    outlook: 'Tilaa Outlook.com-kalenteriin (henkilökohtainen tili)',
    microsoft365: 'Tilaa Outlookiin työtilillä (Microsoft 365)',
    urlLabel: 'Kalenterin osoite muihin kalenteriohjelmiin',
    copy: 'Kopioi',
    copied: 'Osoite kopioitu.',
    copyFailed: 'Kopiointi ei onnistunut. Valitse osoite ja kopioi se itse.',
    googleNote: 'Google-kalenteri hakee muutokset vain 8–24 tunnin välein.',
  },
  addToCalendar: {
    heading: 'Lisää kalenteriin',
    download: 'Lataa kalenteritiedosto (.ics)',
    google: 'Lisää Google-kalenteriin',
  },
};

export const sv: typeof fi = {
  feeds: {
    all: {
      name: 'Kokoon – VIP-nätverkets evenemang',
      description: 'Alla offentliga evenemang i VIP-nätverket: nätverksdagar, nationella samlingar, utbildningar, infotillfällen och webbinarier.',
    },
    region: {
      name: (region: string) => `Kokoon – evenemang i ${withoutCity(region)}`,
      description: (region: string, national: boolean) =>
        `VIP-nätverkets evenemang i ${region}${national ? ' samt nationella evenemang' : ''}.`,
    },
    province: {
      name: (province: string) => `Kokoon – ${province}: evenemang i landskapet`,
      description: (province: string) => `VIP-nätverkets evenemang i landskapet ${province}.`,
    },
    theme: {
      name: (theme: string) => `Kokoon – tema: ${theme}`,
      description: (theme: string) => `VIP-nätverkets evenemang med temat: ${theme}.`,
    },
    personal: {
      name: 'Kokoon – mina anmälningar',
      description: 'Evenemang som du har anmält dig till. Adressen är personlig: dela den inte.',
    },
    updates: 'Uppdateras automatiskt från Kokoon.',
  },
  event: {
    cancelledPrefix: 'INSTÄLLT: ',
    waitlistedPrefix: 'I KÖ: ',
    online: 'På nätet',
    cancelledNotice: 'Det här evenemanget är inställt.',
    waitlistedNotice: 'Du står i kö. Du får ett meddelande om en plats blir ledig.',
    formats: { onsite: 'På plats', online: 'På nätet', hybrid: 'På plats och på nätet' },
    languages: { fi: 'finska', sv: 'svenska', bilingual: 'finska och svenska', en: 'engelska' },
    followOnlineYes: 'Evenemanget kan följas på nätet. Deltagarlänken skickas till de anmälda.',
    followOnlineNo: 'Evenemanget kan inte följas på nätet.',
    free: 'Avgiftsfritt',
    labels: {
      format: 'Genomförande',
      language: 'Språk',
      place: 'Plats',
      price: 'Pris',
      registration: 'Anmälan och mer information',
      contact: 'Kontaktperson',
    },
  },
  invitation: {
    place: 'Plats',
    stream: 'Personlig deltagarlänk (dela den inte)',
    streamLater: 'Deltagarlänken skickas per e-post före evenemanget.',
    page: 'Evenemangets sida',
  },
  errors: {
    badLang: (value: string) => `Okänt språk "${value}". Använd lang=fi eller lang=sv.`,
    badNational: (value: string) => `Värdet "${value}" för parametern national duger inte. Använd national=0 eller national=1.`,
    notFound: 'Kalendern hittades inte. Kontrollera adressen.',
  },
  subscribe: {
    heading: 'Prenumerera i kalendern',
    intro: 'Evenemangen uppdateras automatiskt i din kalender, även ändringar och inställda evenemang.',
    webcal: 'Öppna i kalenderprogrammet (Apple Kalender, Outlook)',
    google: 'Prenumerera i Google Kalender',
    outlook: 'Prenumerera i Outlook.com (personligt konto)',
    microsoft365: 'Prenumerera i Outlook med jobbkonto (Microsoft 365)',
    urlLabel: 'Kalenderns adress för andra kalenderprogram',
    copy: 'Kopiera',
    copied: 'Adressen har kopierats.',
    copyFailed: 'Det gick inte att kopiera. Markera adressen och kopiera den själv.',
    googleNote: 'Google Kalender hämtar ändringar bara var 8–24 timme.',
  },
  addToCalendar: {
    heading: 'Lägg till i kalendern',
    download: 'Ladda ner kalenderfil (.ics)',
    google: 'Lägg till i Google Kalender',
  },
};

export type CalendarTexts = typeof fi;

export function calendarTexts(lang: Locale): CalendarTexts {
  return lang === 'sv' ? sv : fi;
}
