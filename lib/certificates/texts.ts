// Texts of the attendance certificate PDF in Finnish and Swedish (`sv` typed as `typeof fi`), ICU
// MessageFormat where a number decides the form (formatted by lib/i18n/icu).
export const fi = {
  title: 'Osallistumistodistus',
  intro: 'Todistamme, että',
  attended: 'on osallistunut koulutukseen',
  session: 'Koulutuspäivä',
  date: 'Päivämäärä',
  hours: 'Laajuus',
  hoursValue: '{hours, plural, one {# tunti} other {# tuntia}}',
  mode: 'Osallistumistapa',
  onsite: 'lähiopetus',
  remote: 'etäosallistuminen',
  place: 'Paikka',
  trainers: 'Kouluttajat',
  organiser: 'Järjestäjä',
  network: 'VIP-verkosto – vaativan erityisen tuen verkosto',
  continuing: 'Koulutus soveltuu opettajien täydennyskoulutukseksi.',
  number: 'Todistuksen numero',
  issued: 'Annettu',
  verify: 'Todistus on laadittu Kokoon-palvelun osallistumiskirjausten perusteella.',
};

export const sv: typeof fi = {
  title: 'Deltagarintyg',
  intro: 'Vi intygar att',
  attended: 'har deltagit i utbildningen',
  session: 'Utbildningsdag',
  date: 'Datum',
  hours: 'Omfattning',
  hoursValue: '{hours, plural, one {# timme} other {# timmar}}',
  mode: 'Deltagande',
  onsite: 'närundervisning',
  remote: 'deltagande på distans',
  place: 'Plats',
  trainers: 'Utbildare',
  organiser: 'Arrangör',
  network: 'VIP-nätverket – nätverket för krävande särskilt stöd',
  continuing: 'Utbildningen lämpar sig som fortbildning för lärare.',
  number: 'Intygets nummer',
  issued: 'Utfärdat',
  verify: 'Intyget har upprättats utifrån deltagarregistreringarna i tjänsten Kokoon.',
};

export type CertificateTexts = typeof fi;
