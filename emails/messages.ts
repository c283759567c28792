// Every Finnish and Swedish text of the participant mails. `sv` is typed as `typeof fi`, so a key
// missing from either language is a type error; tests also check that no text is empty and that both
// use the same {placeholders}. Texts are ICU MessageFormat, formatted by `fill` (escaping is React's
// job): the reminder says "tänään"/"huomenna" with a select, not a fixed word.
import type { MailData, MailKind } from './mail-data';
import type { Locale } from '@/lib/i18n/routing';
import { formatIcu } from '@/lib/i18n/icu';

export const fi = {
  layout: {
    brand: 'Kokoon',
    footer: 'Kokoon – VIP-verkosto',
    footerNote:
      'Tämä on automaattinen viesti Kokoon-palvelusta. Saat sen, koska olet ilmoittautunut VIP-verkoston tapahtumaan.',
    signature: 'Ystävällisin terveisin',
    signatureName: 'VIP-verkosto',
  },
  common: {
    greeting: 'Hei {firstName},',
    detailsHeading: 'Tapahtuman tiedot',
    event: 'Tapahtuma',
    when: 'Aika',
    where: 'Paikka',
    online: 'Verkossa',
    alsoOnline: 'Tapahtumaa voi seurata myös verkossa.',
    attendance: 'Osallistumistapa',
    onsite: 'paikan päällä',
    remote: 'etänä',
    eventPage: 'Tapahtuman sivu',
    manageButton: 'Muuta tai peru ilmoittautuminen',
    manageUrl: 'Henkilökohtainen linkkisi:',
    managePersonal: 'Älä jaa linkkiä muille, sillä sen kautta voi muuttaa ilmoittautumistasi.',
    streamButton: 'Avaa striimi',
    streamUrl: 'Striimin linkki:',
    streamPersonal: 'Linkki on henkilökohtainen – älä jaa sitä.',
    streamLater:
      'Osallistut etänä. Saat henkilökohtaisen striimilinkkisi sähköpostilla päivää ennen tapahtumaa ja uudelleen vähän ennen alkua. Linkki näkyy myös ilmoittautumisesi sivulla.',
    contactHeading: 'Yhteyshenkilö',
    contactIntro: 'Kysyttävää tapahtumasta? Ota yhteyttä:',
    changeNoteHeading: 'Järjestäjän viesti',
    checkInHeading: 'QR-koodi ilmoittautumispisteelle',
    checkInIntro: 'Näytä tämä QR-koodi tapahtumapaikan ilmoittautumispisteessä, niin saapumisesi kirjataan nopeasti. Koodi on henkilökohtainen.',
    checkInAlt: 'Henkilökohtainen QR-koodisi saapumisen kirjaamiseen',
  },
  confirmation: {
    subject: 'Ilmoittautuminen vahvistettu: {title}',
    preview: 'Ilmoittautumisesi tapahtumaan {title} on vahvistettu.',
    heading: 'Ilmoittautumisesi on vahvistettu',
    intro: 'Kiitos ilmoittautumisestasi! Paikkasi tapahtumaan {title} on vahvistettu.',
    calendar: 'Viestin liitteenä on kalenterikutsu, jonka voit tallentaa kalenteriisi.',
    manage:
      'Voit muuttaa ilmoittautumisesi tietoja tai perua ilmoittautumisesi alla olevan linkin kautta. Jos et pääse osallistumaan, peruthan ilmoittautumisesi, jotta paikka vapautuu muille.',
  },
  waitlisted: {
    subject: 'Olet jonossa: {title}',
    preview: 'Tapahtuma {title} on täynnä, ja ilmoittautumisesi on kirjattu jonoon.',
    heading: 'Olet jonossa',
    intro: 'Tapahtuma {title} on tällä hetkellä täynnä, joten ilmoittautumisesi on kirjattu jonoon.',
    position: 'Olet jonossa sijalla {position}.',
    next: 'Jos paikkoja vapautuu, jonossa olevien ilmoittautumiset vahvistetaan jonotusjärjestyksessä. Saat vahvistuksesta tiedon sähköpostitse.',
    manage: 'Voit muuttaa ilmoittautumisesi tietoja tai perua jonopaikkasi alla olevan linkin kautta.',
  },
  promoted: {
    subject: 'Sait paikan tapahtumaan: {title}',
    preview: 'Tapahtumaan {title} vapautui paikka, ja ilmoittautumisesi on nyt vahvistettu.',
    heading: 'Sait paikan tapahtumaan',
    intro: 'Hyviä uutisia: tapahtumaan {title} vapautui paikka. Olit jonossa, ja ilmoittautumisesi on nyt vahvistettu.',
    calendar: 'Viestin liitteenä on kalenterikutsu, jonka voit tallentaa kalenteriisi.',
    manage:
      'Jos et enää pääse osallistumaan, peruthan ilmoittautumisesi alla olevan linkin kautta, jotta paikka voidaan antaa seuraavalle jonossa olevalle. Samasta linkistä voit myös muuttaa ilmoittautumisesi tietoja.',
  },
  cancelled: {
    subject: 'Ilmoittautuminen peruttu: {title}',
    preview: 'Ilmoittautumisesi tapahtumaan {title} on peruttu.',
    heading: 'Ilmoittautumisesi on peruttu',
    intro: 'Olemme vastaanottaneet perumisesi. Ilmoittautumisesi tapahtumaan {title} on peruttu.',
    again: 'Jos haluat myöhemmin osallistua, voit ilmoittautua uudelleen tapahtuman sivulla, mikäli paikkoja on vapaana.',
    notYou: 'Jos et itse perunut ilmoittautumistasi, ota yhteyttä tapahtuman järjestäjään.',
    introOrganiser: 'Tapahtuman järjestäjä on perunut ilmoittautumisesi tapahtumaan {title}.',
    questions: 'Jos sinulla on kysyttävää perumisesta, ota yhteyttä tapahtuman järjestäjään.',
    calendar: 'Viestin liitteenä on kalenterin peruutusviesti, jolla tapahtuman voi poistaa kalenteristasi.',
  },
  reminder: {
    // {day}: today | tomorrow | later (a Helsinki calendar day, see lib/mail/scheduled.ts); {time} "9.30"; {when} the full time.
    subject: 'Muistutus: {title} on {day, select, today {tänään klo {time}} tomorrow {huomenna klo {time}} other {{when}}}',
    preview: 'Tapahtuma {title} järjestetään {day, select, today {tänään klo {time}} tomorrow {huomenna klo {time}} other {{when}}}. Tässä tapahtuman tiedot.',
    heading: '{day, select, today {Tapahtuma on tänään} tomorrow {Tapahtuma on huomenna} other {Tapahtuma lähestyy}}',
    intro: 'Muistutamme, että olet ilmoittautunut tapahtumaan {title}, joka järjestetään {day, select, today {tänään klo {time}} tomorrow {huomenna klo {time}} other {{when}}}. Tervetuloa!',
    stream:
      'Osallistut etänä. Pääset seuraamaan tapahtumaa striimin kautta alla olevasta linkistä. Linkki avautuu vähän ennen tapahtuman alkua.',
    manage:
      'Jos et pääse osallistumaan, peruthan ilmoittautumisesi alla olevan linkin kautta, jotta paikka vapautuu muille. Samasta linkistä voit myös muuttaa ilmoittautumisesi tietoja.',
  },
  event_changed: {
    subject: 'Tapahtuman tiedot muuttuneet: {title}',
    preview: 'Järjestäjä on muuttanut tapahtuman {title} aikaa tai paikkaa.',
    heading: 'Tapahtuman tiedot ovat muuttuneet',
    intro: 'Järjestäjä on muuttanut tapahtuman {title} aikaa tai paikkaa. Tarkistathan alla olevat päivitetyt tiedot.',
    detailsHeading: 'Päivitetyt tiedot',
    stillValid: 'Ilmoittautumisesi on edelleen voimassa. Jos pääset osallistumaan, sinun ei tarvitse tehdä mitään.',
    calendar: 'Viestin liitteenä on päivitetty kalenterikutsu, jolla tapahtuman tiedot päivittyvät kalenteriisi.',
    manage:
      'Jos et pääse osallistumaan muuttuneena ajankohtana, peruthan ilmoittautumisesi alla olevan linkin kautta. Samasta linkistä voit myös muuttaa ilmoittautumisesi tietoja.',
  },
  event_cancelled: {
    subject: 'Tapahtuma peruttu: {title}',
    preview: 'Järjestäjä on perunut tapahtuman {title}.',
    heading: 'Tapahtuma on peruttu',
    intro:
      'Valitettavasti järjestäjä on perunut tapahtuman {title}. Ilmoittautumisesi on samalla peruttu, eikä sinun tarvitse tehdä mitään.',
    detailsHeading: 'Peruttu tapahtuma',
    apology: 'Pahoittelemme perumisesta aiheutuvaa haittaa.',
    calendar: 'Viestin liitteenä on kalenterin peruutusviesti, jolla tapahtuman voi poistaa kalenteristasi.',
  },
  duplicate: {
    subject: 'Olet jo ilmoittautunut: {title}',
    preview: 'Olet jo ilmoittautunut tapahtumaan {title}. Tässä ilmoittautumisesi tiedot.',
    heading: 'Olet jo ilmoittautunut',
    intro:
      'Tällä sähköpostiosoitteella on jo ilmoittautuminen tapahtumaan {title}, joten uutta ilmoittautumista ei tehty. Lähetämme alla uudelleen ilmoittautumisesi tiedot ja henkilökohtaisen linkkisi.',
    statusLabel: 'Ilmoittautumisen tila',
    statusConfirmed: 'vahvistettu',
    statusWaitlisted: 'jonossa',
    statusWaitlistedAt: 'jonossa sijalla {position}',
    manage: 'Voit muuttaa ilmoittautumisesi tietoja tai perua ilmoittautumisesi alla olevan linkin kautta.',
    notYou: 'Jos et itse yrittänyt ilmoittautua, voit jättää tämän viestin huomiotta.',
  },
  stream_opens: {
    subject: 'Striimi alkaa pian: {title}',
    preview: 'Tapahtuman {title} striimi avautuu pian. Tässä henkilökohtainen linkkisi.',
    heading: 'Striimi alkaa pian',
    intro: 'Olet ilmoittautunut seuraamaan tapahtumaa {title} etänä. Striimi avautuu pian.',
    starts: 'Tapahtuman ajankohta on {when}.',
    stream: 'Avaa striimi alla olevasta linkistä. Jos lähetys ei ole vielä alkanut, sivulla näkyy, milloin se avautuu.',
    noStream: 'Henkilökohtainen striimilinkkisi on ilmoittautumisesi sivulla, jolle pääset alla olevan linkin kautta.',
    manage: 'Voit tarkistaa ja muuttaa ilmoittautumisesi tietoja tai perua ilmoittautumisesi alla olevan linkin kautta.',
  },
  organiser_message: {
    subject: '{subject} – {title}',
    preview: 'Viesti tapahtuman {title} järjestäjältä.',
    heading: 'Viesti tapahtuman järjestäjältä',
    intro: 'Tapahtuman {title} järjestäjä lähettää sinulle seuraavan viestin.',
    manage: 'Voit tarkistaa ja muuttaa ilmoittautumisesi tietoja tai perua ilmoittautumisesi alla olevan linkin kautta.',
  },
  attendance_changed: {
    subject: 'Osallistumistapa muutettu: {title}',
    preview: 'Osallistut tapahtumaan {title} nyt {to} (aiemmin {from}).',
    heading: 'Osallistumistapasi on muutettu',
    intro: 'Osallistumistapasi tapahtumaan {title} on muutettu: osallistut nyt {to} (aiemmin {from}).',
    confirmed: 'Paikkasi uudella osallistumistavalla on vahvistettu.',
    waitlisted: 'Uudella osallistumistavalla ei ollut vapaita paikkoja, joten olet sen jonossa sijalla {position}.',
    calendar: 'Viestin liitteenä on päivitetty kalenterikutsu.',
    manage: 'Voit muuttaa ilmoittautumisesi tietoja tai perua ilmoittautumisesi alla olevan linkin kautta.',
  },
};

export const sv: typeof fi = {
  layout: {
    brand: 'Kokoon',
    footer: 'Kokoon – VIP-nätverket',
    footerNote:
      'Det här är ett automatiskt meddelande från tjänsten Kokoon. Du får det eftersom du har anmält dig till ett evenemang inom VIP-nätverket.',
    signature: 'Med vänliga hälsningar',
    signatureName: 'VIP-nätverket',
  },
  common: {
    greeting: 'Hej {firstName},',
    detailsHeading: 'Uppgifter om evenemanget',
    event: 'Evenemang',
    when: 'Tid',
    where: 'Plats',
    online: 'På nätet',
    alsoOnline: 'Evenemanget kan också följas på nätet.',
    attendance: 'Deltagande',
    onsite: 'på plats',
    remote: 'på distans',
    eventPage: 'Evenemangets sida',
    manageButton: 'Ändra eller annullera anmälan',
    manageUrl: 'Din personliga länk:',
    managePersonal: 'Dela inte länken med andra, eftersom den kan användas för att ändra din anmälan.',
    streamButton: 'Öppna livesändningen',
    streamUrl: 'Länk till livesändningen:',
    streamPersonal: 'Länken är personlig – dela den inte.',
    streamLater:
      'Du deltar på distans. Du får din personliga länk till livesändningen per e-post dagen före evenemanget och på nytt strax före starten. Länken finns också på sidan för din anmälan.',
    contactHeading: 'Kontaktperson',
    contactIntro: 'Frågor om evenemanget? Kontakta:',
    changeNoteHeading: 'Meddelande från arrangören',
    checkInHeading: 'QR-kod för incheckningen',
    checkInIntro: 'Visa den här QR-koden vid incheckningen på plats, så registreras din ankomst snabbt. Koden är personlig.',
    checkInAlt: 'Din personliga QR-kod för incheckningen',
  },
  confirmation: {
    subject: 'Anmälan bekräftad: {title}',
    preview: 'Din anmälan till {title} är bekräftad.',
    heading: 'Din anmälan är bekräftad',
    intro: 'Tack för din anmälan! Din plats på evenemanget {title} är bekräftad.',
    calendar: 'En kalenderinbjudan finns som bilaga till meddelandet. Du kan spara den i din kalender.',
    manage:
      'Via länken nedan kan du ändra uppgifterna i din anmälan eller annullera den. Om du inte kan delta, vänligen annullera din anmälan så att platsen blir ledig för någon annan.',
  },
  waitlisted: {
    subject: 'Du står i kö: {title}',
    preview: '{title} är fullbokat, och din anmälan har registrerats i kön.',
    heading: 'Du står i kö',
    intro: 'Evenemanget {title} är för tillfället fullbokat, så din anmälan har registrerats i kön.',
    position: 'Du är nummer {position} i kön.',
    next: 'Om platser blir lediga bekräftas anmälningarna i kön i tur och ordning. Du får besked om bekräftelsen per e-post.',
    manage: 'Via länken nedan kan du ändra uppgifterna i din anmälan eller annullera din köplats.',
  },
  promoted: {
    subject: 'Du har fått en plats: {title}',
    preview: 'En plats blev ledig på {title}, och din anmälan är nu bekräftad.',
    heading: 'Du har fått en plats',
    intro: 'Goda nyheter: en plats har blivit ledig på evenemanget {title}. Du stod i kö, och din anmälan är nu bekräftad.',
    calendar: 'En kalenderinbjudan finns som bilaga till meddelandet. Du kan spara den i din kalender.',
    manage:
      'Om du inte längre kan delta, vänligen annullera din anmälan via länken nedan så att platsen kan ges till följande person i kön. Via samma länk kan du också ändra uppgifterna i din anmälan.',
  },
  cancelled: {
    subject: 'Anmälan annullerad: {title}',
    preview: 'Din anmälan till {title} har annullerats.',
    heading: 'Din anmälan har annullerats',
    intro: 'Vi har tagit emot din annullering. Din anmälan till evenemanget {title} har annullerats.',
    again: 'Om du vill delta senare kan du anmäla dig på nytt på evenemangets sida, om det finns lediga platser.',
    notYou: 'Om du inte själv har annullerat din anmälan, kontakta arrangören.',
    introOrganiser: 'Arrangören har annullerat din anmälan till evenemanget {title}.',
    questions: 'Om du har frågor om annulleringen, kontakta arrangören.',
    calendar: 'Som bilaga finns ett kalendermeddelande om annulleringen, med vilket du kan ta bort evenemanget från din kalender.',
  },
  reminder: {
    subject: 'Påminnelse: {title} ordnas {day, select, today {i dag kl. {time}} tomorrow {i morgon kl. {time}} other {{when}}}',
    preview: '{title} ordnas {day, select, today {i dag kl. {time}} tomorrow {i morgon kl. {time}} other {{when}}}. Här är uppgifterna om evenemanget.',
    heading: '{day, select, today {Evenemanget ordnas i dag} tomorrow {Evenemanget ordnas i morgon} other {Evenemanget närmar sig}}',
    intro: 'Vi vill påminna dig om att du har anmält dig till evenemanget {title}, som ordnas {day, select, today {i dag kl. {time}} tomorrow {i morgon kl. {time}} other {{when}}}. Välkommen!',
    stream:
      'Du deltar på distans. Du kan följa evenemanget som livesändning via länken nedan. Länken öppnar en stund innan evenemanget börjar.',
    manage:
      'Om du inte kan delta, vänligen annullera din anmälan via länken nedan så att platsen blir ledig för någon annan. Via samma länk kan du också ändra uppgifterna i din anmälan.',
  },
  event_changed: {
    subject: 'Ändrade uppgifter om evenemanget: {title}',
    preview: 'Arrangören har ändrat tiden eller platsen för {title}.',
    heading: 'Uppgifterna om evenemanget har ändrats',
    intro: 'Arrangören har ändrat tiden eller platsen för evenemanget {title}. Kontrollera de uppdaterade uppgifterna nedan.',
    detailsHeading: 'Uppdaterade uppgifter',
    stillValid: 'Din anmälan gäller fortfarande. Om du kan delta behöver du inte göra något.',
    calendar: 'Som bilaga finns en uppdaterad kalenderinbjudan, med vilken uppgifterna uppdateras i din kalender.',
    manage:
      'Om du inte kan delta vid den nya tidpunkten, vänligen annullera din anmälan via länken nedan. Via samma länk kan du också ändra uppgifterna i din anmälan.',
  },
  event_cancelled: {
    subject: 'Evenemanget är inställt: {title}',
    preview: 'Arrangören har ställt in {title}.',
    heading: 'Evenemanget är inställt',
    intro:
      'Tyvärr har arrangören ställt in evenemanget {title}. Din anmälan har samtidigt annullerats, och du behöver inte göra något.',
    detailsHeading: 'Inställt evenemang',
    apology: 'Vi beklagar det besvär som detta medför.',
    calendar: 'Som bilaga finns ett kalendermeddelande om annulleringen, med vilket du kan ta bort evenemanget från din kalender.',
  },
  duplicate: {
    subject: 'Du är redan anmäld: {title}',
    preview: 'Du är redan anmäld till {title}. Här är uppgifterna om din anmälan.',
    heading: 'Du är redan anmäld',
    intro:
      'Den här e-postadressen har redan en anmälan till evenemanget {title}, så ingen ny anmälan gjordes. Nedan skickar vi på nytt uppgifterna om din anmälan och din personliga länk.',
    statusLabel: 'Anmälans status',
    statusConfirmed: 'bekräftad',
    statusWaitlisted: 'i kön',
    statusWaitlistedAt: 'nummer {position} i kön',
    manage: 'Via länken nedan kan du ändra uppgifterna i din anmälan eller annullera den.',
    notYou: 'Om du inte själv har försökt anmäla dig kan du lämna det här meddelandet utan åtgärd.',
  },
  stream_opens: {
    subject: 'Livesändningen börjar snart: {title}',
    preview: 'Livesändningen av {title} öppnar snart. Här är din personliga länk.',
    heading: 'Livesändningen börjar snart',
    intro: 'Du har anmält dig till att följa evenemanget {title} på distans. Livesändningen öppnar snart.',
    starts: 'Evenemanget äger rum {when}.',
    stream: 'Öppna livesändningen via länken nedan. Om sändningen inte har börjat ännu visar sidan när den öppnar.',
    noStream: 'Din personliga länk till livesändningen finns på sidan för din anmälan, som du når via länken nedan.',
    manage: 'Via länken nedan kan du kontrollera och ändra uppgifterna i din anmälan eller annullera den.',
  },
  organiser_message: {
    subject: '{subject} – {title}',
    preview: 'Ett meddelande från arrangören av {title}.',
    heading: 'Meddelande från arrangören',
    intro: 'Arrangören av evenemanget {title} skickar dig följande meddelande.',
    manage: 'Via länken nedan kan du kontrollera och ändra uppgifterna i din anmälan eller annullera den.',
  },
  attendance_changed: {
    subject: 'Deltagarsättet ändrat: {title}',
    preview: 'Du deltar nu i {title} {to} (tidigare {from}).',
    heading: 'Ditt deltagarsätt har ändrats',
    intro: 'Ditt deltagarsätt för evenemanget {title} har ändrats: du deltar nu {to} (tidigare {from}).',
    confirmed: 'Din plats med det nya deltagarsättet är bekräftad.',
    waitlisted: 'Det fanns inga lediga platser för det nya deltagarsättet, så du står i kö på plats {position}.',
    calendar: 'En uppdaterad kalenderinbjudan finns som bilaga till meddelandet.',
    manage: 'Via länken nedan kan du ändra uppgifterna i din anmälan eller annullera den.',
  },
};

export type MailTexts = typeof fi;

export function textsFor(locale: Locale): MailTexts {
  return locale === 'sv' ? sv : fi;
}

/**
 * Formats a mail text as ICU MessageFormat in the recipient's language ({name}, plurals, selects);
 * a missing value is a bug, so it throws (lib/i18n/icu) rather than leak "{name}".
 */
export function fill(locale: Locale, template: string, vars: Record<string, string | number | undefined>): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) if (value !== undefined) values[name] = value;
  return formatIcu(locale, template, values);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The values every participant-mail text may ask for. `reminder` says when the event is, as
 * seen when it was queued; a payload queued without `startsIn` names the full time instead.
 */
export function textValues(data: MailData): Record<string, string | number | undefined> {
  return {
    title: data.event.title, firstName: data.firstName, position: data.position, when: data.event.when,
    day: data.startsIn?.day ?? 'later', time: data.startsIn?.time ?? '',
    // `attendance_changed`: the new and the previous mode, in words ("etänä", "på plats").
    to: textsFor(data.locale).common[data.attendance],
    from: textsFor(data.locale).common[data.previousAttendance ?? (data.attendance === 'onsite' ? 'remote' : 'onsite')],
  };
}

/** The subject line: one line, whatever the title (or the organiser's subject) holds. */
export function subjectFor(kind: MailKind, data: MailData): string {
  const t = textsFor(data.locale)[kind];
  const own = kind === 'organiser_message' ? { subject: oneLine(data.message?.subject || t.heading) } : {};
  return fill(data.locale, t.subject, { ...textValues(data), title: oneLine(data.event.title), ...own });
}
