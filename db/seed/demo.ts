// Demo data that looks like a year of the VIP network: regional and provincial network days, a
// national gathering with a stream, two TUVET training series, an info day and webinars, with
// some past, one full, one cancelled and one series whose registration has not opened yet.
// Dates are relative to the day the demo is first seeded. Runs once: skipped if events exist.
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import {
  events,
  eventThemes,
  themes,
  trainingSeries,
  registrations,
  municipalities,
  provinces,
  eventStreams,
  eventMaterials,
  registrationQuestions,
  programmeSlots,
  programmeWorkshops,
  eventInvitations,
} from '@/db/schema';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { helsinkiDate, helsinkiTime } from '@/lib/time';
import { seedFollowupDemo } from './followup';
import type { Locale } from '@/lib/i18n/routing';
import type { EventLanguage } from '@/lib/events/filters';
import { seedAudienceAnswers } from './audience-demo';

type Kind = 'network_day' | 'gathering' | 'training' | 'info_day' | 'webinar';

type DemoEvent = {
  slug: string;
  kind: Kind;
  status?: 'draft' | 'published' | 'cancelled';
  titleFi: string;
  titleSv?: string;
  summaryFi: string;
  summarySv?: string;
  descriptionFi?: string;
  descriptionSv?: string;
  region?: string;
  province?: string;
  format: 'onsite' | 'online' | 'hybrid';
  language?: EventLanguage; // the language the event is held in (default Finnish)
  venueName?: string;
  venueAddress?: string;
  venueNameSv?: string; // where the place has a Swedish name (Vasa, Helsingfors, Åbo)
  venueAddressSv?: string;
  city?: string;
  day: number; // days from the seeding day (moved to the next weekday)
  from: string; // "9.00"
  to: string;
  capacityOnsite?: number | null;
  capacityRemote?: number | null;
  opensInDays?: number; // registration opens relative to the seeding day (default: already open)
  themes: string[];
  fill: number; // share of on-site seats taken (1 = full)
  waitlisted?: number;
  series?: 'tuvet-osallisuus' | 'tuvet-aikuiset';
  visibility?: 'public' | 'unlisted' | 'invited'; // issue 17 (default public)
  invited?: { email: string; language: Locale }[]; // an invited event's invitation list
  alsoRegions?: string[]; // further regions the event covers (issue 17)
  // Who organises it (issue 17; default the VIP network's region) and, for an AVI or a project, its name.
  body?: { kind: 'vip_network' | 'oph' | 'avi' | 'project'; fi?: string; sv?: string };
  registrationUrl?: string; // listed with registration elsewhere (issue 17): no places in Kokoon
  offers?: boolean; // a freed place goes to the first in line as a 24-hour offer (issue 17)
};

// The contact's role in Swedish, for /sv pages, Swedish mails and feeds.
const CONTACTS_SV: Record<string, string> = {
  national: 'Anna Virtanen, nationell koordinator för VIP-nätverket',
  HYKS: 'Mikko Laine, kärngruppen för HUCS-området',
  TYKS: 'Sanna Mäkinen, kärngruppen för ÅUCS-området',
  TAYS: 'Jari Heikkinen, kärngruppen för TAYS-området',
  KYS: 'Päivi Korhonen, kärngruppen för KUS-området',
  OYS: 'Timo Väisänen, kärngruppen för OUS-området',
};
const CONTACTS: Record<string, { name: string; email: string; phone: string }> = {
  national: {
    name: 'Anna Virtanen, VIP-verkoston kansallinen koordinaattori',
    email: 'vip-verkosto@kokoon.example',
    phone: '029 533 1000',
  },
  HYKS: { name: 'Mikko Laine, HYKS-alueen ydinryhmä', email: 'hyks@kokoon.example', phone: '040 123 4501' },
  TYKS: { name: 'Sanna Mäkinen, TYKS-alueen ydinryhmä', email: 'tyks@kokoon.example', phone: '040 123 4502' },
  TAYS: { name: 'Jari Heikkinen, TAYS-alueen ydinryhmä', email: 'tays@kokoon.example', phone: '040 123 4503' },
  KYS: { name: 'Päivi Korhonen, KYS-alueen ydinryhmä', email: 'kys@kokoon.example', phone: '040 123 4504' },
  OYS: { name: 'Timo Väisänen, OYS-alueen ydinryhmä', email: 'oys@kokoon.example', phone: '040 123 4505' },
};

const NETWORK_DAY_FI =
  'Verkostopäivä kokoaa alueen vaativan erityisen tuen toimijat: opettajat, rehtorit, oppilashuollon ja sosiaalitoimen ammattilaiset, terveydenhuollon ja lastensuojelun työntekijät sekä kuntien VIPU-yhteyshenkilöt.\n\nPäivän aikana työstetään alueen kuntien tukipalvelujen karttaa pienryhmissä, kuullaan ajankohtaiskatsaus VIP-verkoston työstä ja jaetaan hyviä käytäntöjä moniammatillisesta yhteistyöstä.\n\nOhjelma:\n9.00 Ilmoittautuminen ja aamukahvi\n9.30 Avaus ja ajankohtaista VIP-verkostosta\n10.15 Työpajat\n12.00 Lounas (omakustanteinen)\n13.00 Työpajojen purku ja palvelukartan päivitys\n15.00 Yhteenveto ja päätös';
const NETWORK_DAY_SV =
  'Nätverksdagen samlar områdets aktörer inom krävande särskilt stöd: lärare, rektorer, yrkesfolk inom elevvård och socialväsende, hälso- och sjukvården och barnskyddet samt kommunernas VIPU-kontaktpersoner.\n\nUnder dagen arbetar vi i smågrupper med kartan över stödtjänsterna i områdets kommuner, får en aktuell översikt över VIP-nätverkets arbete och delar goda exempel på mångprofessionellt samarbete.';

const TUVET1 = {
  slug: 'tuvet-lapsen-osallisuus',
  titleFi: 'Lapsen osallisuus ja oikeudet moniammatillisessa yhteistyössä',
  titleSv: 'Barnets delaktighet och rättigheter i mångprofessionellt samarbete',
  descriptionFi:
    'TUVET-koulutus vaativan erityisen tuen parissa työskenteleville. Koulutuspäivä käsittelee lapsen osallisuutta, lapsen oikeuksia ja niiden toteutumista moniammatillisessa yhteistyössä koulun, sosiaalitoimen ja terveydenhuollon rajapinnoilla. Sama koulutus järjestetään viidellä paikkakunnalla – valitse sinulle sopiva päivä. Koulutus sopii opettajien täydennyskoulutukseksi; osallistujat saavat todistuksen.',
  descriptionSv:
    'TUVET-utbildning för dem som arbetar med krävande särskilt stöd. Utbildningsdagen behandlar barnets delaktighet och rättigheter i samarbetet mellan skolan, socialväsendet och hälso- och sjukvården. Samma utbildning ordnas på fem orter – välj den dag som passar dig.',
  trainers: 'Kaisa Nieminen (Valteri) ja Juha Lehtonen (Itä-Suomen yliopisto)',
  project: 'TUVET',
};
const TUVET2 = {
  slug: 'tuvet-aikuisten-nakokulma',
  titleFi: 'Moniammatillinen yhteistyö aikuisten näkökulmasta vaativassa erityisessä tuessa',
  titleSv: 'Mångprofessionellt samarbete ur de vuxnas perspektiv inom krävande särskilt stöd',
  descriptionFi:
    'Syksyn TUVET-koulutus tarkastelee moniammatillista yhteistyötä aikuisten – opettajien, ohjaajien, huoltajien ja eri sektorien ammattilaisten – näkökulmasta. Miten yhteistyö rakennetaan niin, että se kantaa arjessa? Koulutus järjestetään viidellä paikkakunnalla.',
  descriptionSv:
    'Höstens TUVET-utbildning granskar det mångprofessionella samarbetet ur de vuxnas perspektiv – lärare, handledare, vårdnadshavare och yrkesfolk från olika sektorer. Utbildningen ordnas på fem orter.',
  trainers: 'Riikka Salonen (Jyväskylän yliopisto) ja Mats Nyberg (Åbo Akademi)',
  project: 'TUVET',
};

const SUMMARY_ND_FI =
  'Alueen vaativan erityisen tuen toimijoiden yhteinen päivä: palvelukartta, työpajat ja ajankohtaista.';
const SUMMARY_ND_SV =
  'En gemensam dag för områdets aktörer inom krävande särskilt stöd: servicekarta, workshoppar och aktuellt.';

function networkDay(
  p: Partial<DemoEvent> &
    Pick<DemoEvent, 'slug' | 'titleFi' | 'day' | 'city' | 'venueName' | 'venueAddress' | 'themes' | 'fill'>,
): DemoEvent {
  return {
    kind: 'network_day',
    format: 'onsite',
    from: '9.00',
    to: '15.30',
    summaryFi: SUMMARY_ND_FI,
    summarySv: SUMMARY_ND_SV,
    descriptionFi: NETWORK_DAY_FI,
    descriptionSv: NETWORK_DAY_SV,
    capacityOnsite: 120,
    ...p,
  };
}

// The Swedish names of the session cities, for the Swedish titles ("… – Åbo").
const CITY_SV: Record<string, string> = {
  Helsinki: 'Helsingfors',
  Turku: 'Åbo',
  Oulu: 'Uleåborg',
  Tampere: 'Tammerfors',
  Vaasa: 'Vasa',
};

function session(
  series: 'tuvet-osallisuus' | 'tuvet-aikuiset',
  p: Pick<DemoEvent, 'slug' | 'day' | 'city' | 'venueName' | 'venueAddress' | 'region' | 'fill'> & Partial<DemoEvent>,
): DemoEvent {
  const s = series === 'tuvet-osallisuus' ? TUVET1 : TUVET2;
  return {
    kind: 'training',
    format: 'onsite',
    from: '9.00',
    to: '15.00',
    capacityOnsite: 40,
    series,
    titleFi: `${s.titleFi} – ${p.city}`,
    titleSv: `${s.titleSv} – ${CITY_SV[p.city!] ?? p.city}`,
    summaryFi: `TUVET-koulutuspäivä (${p.city}): ${s.titleFi.toLowerCase()}.`,
    summarySv: `TUVET-utbildningsdag (${CITY_SV[p.city!] ?? p.city}): ${s.titleSv.toLowerCase()}.`,
    descriptionFi: s.descriptionFi,
    descriptionSv: s.descriptionSv,
    themes: series === 'tuvet-osallisuus' ? ['sijoitetut-lapset', 'kaytoksellaan-oireilevat'] : ['toiminta-alueittain'],
    body: { kind: 'project', fi: 'TUVET-hanke', sv: 'TUVET-projektet' },
    ...p,
  };
}

export const DEMO_EVENTS: DemoEvent[] = [
  networkDay({
    slug: 'hyks-verkostopaiva',
    region: 'HYKS',
    titleFi: 'HYKS-alueen verkostopäivä',
    titleSv: 'Nätverksdag för HUCS-området',
    day: 19,
    city: 'Helsinki',
    venueName: 'Opetushallitus, auditorio',
    venueAddress: 'Hakaniemenranta 6, 00530 Helsinki',
    venueNameSv: 'Utbildningsstyrelsen, auditoriet',
    venueAddressSv: 'Hagnäskajen 6, 00530 Helsingfors',
    themes: ['koulua-kaymattomat', 'kaytoksellaan-oireilevat'],
    fill: 0.55,
    capacityOnsite: 150,
  }),
  networkDay({
    slug: 'tyks-verkostopaiva-palvelukartta',
    region: 'TYKS',
    titleFi: 'TYKS-alueen verkostopäivä: palvelukartta kuntien kanssa',
    titleSv: 'Nätverksdag för ÅUCS-området: servicekartan med kommunerna',
    day: 33,
    city: 'Turku',
    venueName: 'Turun yliopisto, Publicum',
    venueAddress: 'Assistentinkatu 7, 20500 Turku',
    venueNameSv: 'Åbo universitet, Publicum',
    venueAddressSv: 'Assistentgatan 7, 20500 Åbo',
    themes: ['toiminta-alueittain'],
    fill: 0.3,
  }),
  networkDay({
    slug: 'tays-verkostopaiva',
    region: 'TAYS',
    titleFi: 'TAYS-alueen verkostopäivä',
    titleSv: 'Nätverksdag för TAYS-området',
    day: 47,
    city: 'Tampere',
    venueName: 'Tampere-talo, Sorsapuisto-sali',
    venueAddress: 'Yliopistonkatu 55, 33100 Tampere',
    themes: ['koulua-kaymattomat', 'sijoitetut-lapset'],
    fill: 0.2,
  }),
  networkDay({
    slug: 'kys-verkostopaiva',
    region: 'KYS',
    titleFi: 'KYS-alueen verkostopäivä',
    titleSv: 'Nätverksdag för KUS-området',
    day: 61,
    city: 'Kuopio',
    venueName: 'Kuopion musiikkikeskus',
    venueAddress: 'Kuopionlahdenkatu 23, 70100 Kuopio',
    themes: ['kaytoksellaan-oireilevat'],
    fill: 0.1,
  }),
  networkDay({
    slug: 'oys-verkostopaiva',
    region: 'OYS',
    titleFi: 'OYS-alueen verkostopäivä',
    titleSv: 'Nätverksdag för OUS-området',
    day: 75,
    city: 'Oulu',
    venueName: 'Oulun kaupungintalo',
    venueAddress: 'Torikatu 10, 90100 Oulu',
    format: 'hybrid',
    capacityOnsite: 100,
    capacityRemote: null,
    themes: ['koulua-kaymattomat', 'toiminta-alueittain'],
    fill: 0.15,
  }),
  networkDay({
    slug: 'etela-pohjanmaan-verkostopaiva',
    region: 'TAYS',
    province: '14',
    titleFi: 'Etelä-Pohjanmaan verkostopäivä',
    day: 89,
    city: 'Seinäjoki',
    venueName: 'Seinäjoen kaupungintalo',
    venueAddress: 'Kirkkokatu 6, 60100 Seinäjoki',
    themes: ['sijoitetut-lapset'],
    fill: 0.05,
    capacityOnsite: 80,
  }),
  networkDay({
    slug: 'pohjois-karjalan-verkostopaiva',
    region: 'KYS',
    province: '12',
    titleFi: 'Pohjois-Karjalan verkostopäivä',
    day: 40,
    city: 'Joensuu',
    venueName: 'Carelicum',
    venueAddress: 'Koskikatu 5, 80100 Joensuu',
    themes: ['koulua-kaymattomat'],
    fill: 0.4,
    capacityOnsite: 70,
  }),
  networkDay({
    slug: 'lapin-verkostopaiva',
    region: 'OYS',
    province: '19',
    titleFi: 'Lapin verkostopäivä: pitkät välimatkat ja etäyhteydet',
    titleSv: 'Nätverksdag i Lappland: långa avstånd och distansförbindelser',
    day: 54,
    city: 'Rovaniemi',
    venueName: 'Lappia-talo',
    venueAddress: 'Hallituskatu 11, 96100 Rovaniemi',
    format: 'hybrid',
    capacityOnsite: 60,
    capacityRemote: 200,
    themes: ['toiminta-alueittain'],
    fill: 0.25,
  }),
  networkDay({
    slug: 'pohjanmaan-natverksdag',
    region: 'TYKS',
    province: '15',
    titleFi: 'Pohjanmaan verkostopäivä',
    titleSv: 'Nätverksdag i Österbotten',
    day: 68,
    city: 'Vaasa',
    venueName: 'Vaasan kaupungintalo',
    venueAddress: 'Kauppapuistikko 23, 65100 Vaasa',
    venueNameSv: 'Vasa stadshus',
    venueAddressSv: 'Handelsesplanaden 23, 65100 Vasa',
    themes: ['kaytoksellaan-oireilevat', 'sijoitetut-lapset'],
    fill: 0.2,
    capacityOnsite: 90,
    language: 'sv',
  }),
  networkDay({
    slug: 'etela-savon-verkostopaiva',
    status: 'cancelled',
    region: 'KYS',
    province: '10',
    titleFi: 'Etelä-Savon verkostopäivä',
    day: 24,
    city: 'Mikkeli',
    venueName: 'Mikkelin kaupungintalo',
    venueAddress: 'Maaherrankatu 9–11, 50100 Mikkeli',
    themes: ['koulua-kaymattomat'],
    fill: 0.2,
    capacityOnsite: 60,
  }),
  networkDay({
    slug: 'tyks-kevaan-verkostopaiva',
    region: 'TYKS',
    titleFi: 'TYKS-alueen verkostopäivä: kevään kokoontuminen',
    titleSv: 'Nätverksdag för ÅUCS-området: vårens träff',
    day: -35,
    city: 'Pori',
    venueName: 'Porin yliopistokeskus',
    venueAddress: 'Pohjoisranta 11, 28100 Pori',
    themes: ['koulua-kaymattomat'],
    fill: 0.8,
  }),
  networkDay({
    slug: 'kymenlaakson-verkostopaiva',
    region: 'HYKS',
    province: '08',
    titleFi: 'Kymenlaakson verkostopäivä',
    day: -70,
    city: 'Kotka',
    venueName: 'Kotkan kaupungintalo',
    venueAddress: 'Kustaankatu 2, 48100 Kotka',
    themes: ['sijoitetut-lapset'],
    fill: 0.7,
    capacityOnsite: 60,
  }),
  {
    slug: 'koulua-koulua-kaymattomille',
    kind: 'gathering',
    format: 'hybrid',
    language: 'bilingual',
    titleFi: 'Koulua koulua käymättömille – kokoontumisajo',
    titleSv: 'Skola för elever som inte går i skolan – samling',
    summaryFi:
      'Valtakunnallinen teemapäivä oppilaista, jotka eivät käy koulua: tutkimusta, käytäntöjä ja moniammatillisia malleja poissaoloihin puuttumiseen. Seurattavissa myös striimauksena.',
    summarySv:
      'En riksomfattande temadag om elever som inte går i skolan: forskning, praxis och mångprofessionella modeller för att ingripa i frånvaro. Kan även följas via livesändning.',
    descriptionFi:
      'Kokoontumisajo kokoaa koko maan vaativan erityisen tuen toimijat yhteen. Aamupäivällä kuullaan tutkijoiden ja kokemusasiantuntijoiden puheenvuorot, iltapäivällä esitellään koulua käymättömien oppilaiden teemaryhmän tuottamia malleja poissaoloihin puuttumiseen.\n\nTilaisuus on maksuton. Paikan päälle mahtuu rajallinen määrä osallistujia; striimausta voi seurata rajattomasti. Striimauksen linkki lähetetään etäosallistujiksi ilmoittautuneille.',
    descriptionSv:
      'Samlingen för samman aktörer inom krävande särskilt stöd från hela landet. På förmiddagen talar forskare och erfarenhetsexperter, på eftermiddagen presenteras modeller för att ingripa i frånvaro.\n\nEvenemanget är avgiftsfritt. Länken till livesändningen skickas till dem som anmält sig på distans.',
    venueName: 'Paasitorni, juhlasali',
    venueAddress: 'Paasivuorenkatu 5 A, 00530 Helsinki',
    venueNameSv: 'Paasitorni, festsalen',
    venueAddressSv: 'Paasivuorigatan 5 A, 00530 Helsingfors',
    city: 'Helsinki',
    day: 26,
    from: '9.00',
    to: '15.30',
    capacityOnsite: 250,
    capacityRemote: null,
    themes: ['koulua-kaymattomat'],
    fill: 0.85,
    opensInDays: -20,
  },
  {
    slug: 'sijoitetut-lapset-kokoontumisajo',
    kind: 'gathering',
    format: 'hybrid',
    language: 'bilingual',
    titleFi: 'Sijoitetut lapset ja nuoret koulussa – kokoontumisajo',
    titleSv: 'Placerade barn och unga i skolan – samling',
    summaryFi: 'Valtakunnallinen teemapäivä sijoitettujen lasten ja nuorten koulunkäynnin tukemisesta.',
    summarySv: 'En riksomfattande temadag om hur placerade barn och ungas skolgång kan stödjas.',
    venueName: 'Paasitorni, juhlasali',
    venueAddress: 'Paasivuorenkatu 5 A, 00530 Helsinki',
    venueNameSv: 'Paasitorni, festsalen',
    venueAddressSv: 'Paasivuorigatan 5 A, 00530 Helsingfors',
    city: 'Helsinki',
    day: -60,
    from: '9.00',
    to: '15.30',
    capacityOnsite: 200,
    capacityRemote: null,
    themes: ['sijoitetut-lapset'],
    fill: 0.9,
  },
  {
    slug: 'info-ja-verkostoitumispaiva-hankkeille',
    kind: 'info_day',
    format: 'onsite',
    titleFi: 'Info- ja verkostoitumispäivä rahoitusta saaneille hankkeille',
    titleSv: 'Informations- och nätverksdag för projekt som fått finansiering',
    summaryFi:
      'Vaativan erityisen tuen kehittämisrahoitusta saaneiden hankkeiden yhteinen aloituspäivä: hallinto, raportointi ja verkostoituminen.',
    summarySv:
      'En gemensam startdag för projekt som fått utvecklingsfinansiering för krävande särskilt stöd: administration, rapportering och nätverkande.',
    venueName: 'Opetushallitus, Vaasa-sali',
    venueAddress: 'Hakaniemenranta 6, 00530 Helsinki',
    city: 'Helsinki',
    day: 14,
    from: '10.00',
    to: '15.00',
    capacityOnsite: 80,
    themes: ['toiminta-alueittain', 'koulua-kaymattomat'],
    fill: 0.6,
    body: { kind: 'oph' },
  },
  // A project's training for two regions (issue 17): owned by TAYS, listed under KYS too.
  {
    slug: 'mindme-mielenterveyden-tuki-koulussa',
    kind: 'training',
    format: 'onsite',
    region: 'TAYS',
    alsoRegions: ['KYS'],
    body: { kind: 'project', fi: 'MindMe-hanke', sv: 'MindMe-projektet' },
    titleFi: 'MindMe: mielenterveyden tuki koulussa – koulutus',
    titleSv: 'MindMe: stöd för psykisk hälsa i skolan – utbildning',
    summaryFi:
      'MindMe-hankkeen koulutuspäivä TAYS- ja KYS-alueiden opettajille ja oppilashuollolle: oppilaan mielenterveyden tukeminen arjessa.',
    summarySv:
      'MindMe-projektets utbildningsdag för lärare och elevvården i TAYS- och KUS-områdena: att stödja elevens psykiska hälsa i vardagen.',
    venueName: 'Tampere-talo, Sorsapuisto-sali',
    venueAddress: 'Yliopistonkatu 55, 33100 Tampere',
    city: 'Tampere',
    day: 33,
    from: '9.00',
    to: '15.00',
    capacityOnsite: 60,
    themes: ['kaytoksellaan-oireilevat'],
    fill: 0.3,
  },
  // An AVI's training listed with registration elsewhere (issue 17): no places in Kokoon.
  {
    slug: 'avi-oppilashuollon-koulutus-oulu',
    kind: 'training',
    format: 'onsite',
    region: 'OYS',
    body: {
      kind: 'avi',
      fi: 'Pohjois-Suomen aluehallintovirasto',
      sv: 'Regionförvaltningsverket i Norra Finland',
    },
    registrationUrl: 'https://tapahtumat.avi.example/oppilashuollon-koulutus-oulu',
    titleFi: 'Oppilashuolto ja vaativa erityinen tuki – AVIn koulutus',
    titleSv: 'Elevvård och krävande särskilt stöd – RFV:s utbildning',
    summaryFi:
      'Aluehallintoviraston koulutus oppilashuollon ammattilaisille. Ilmoittautuminen aluehallintoviraston sivuilla.',
    summarySv:
      'Regionförvaltningsverkets utbildning för yrkesfolk inom elevvården. Anmälan på regionförvaltningsverkets webbplats.',
    venueName: 'Oulun kaupungintalo',
    venueAddress: 'Torikatu 10, 90100 Oulu',
    city: 'Oulu',
    day: 38,
    from: '9.00',
    to: '15.30',
    capacityOnsite: null,
    themes: ['koulua-kaymattomat'],
    fill: 0,
  },
  {
    slug: 'webinaari-kaytoksellaan-oireilevat',
    kind: 'webinar',
    format: 'online',
    titleFi: 'Käytöksellään oireilevat lapset ja nuoret – webinaari',
    titleSv: 'Barn och unga med beteendesymtom – webbinarium',
    summaryFi:
      'Teemaryhmän webinaari: miten koulu, sosiaalitoimi ja terveydenhuolto tukevat yhdessä käytöksellään oireilevaa oppilasta.',
    summarySv:
      'Temagruppens webbinarium: hur skolan, socialväsendet och hälso- och sjukvården tillsammans stöder en elev med beteendesymtom.',
    day: 11,
    from: '13.00',
    to: '15.00',
    capacityRemote: 500,
    themes: ['kaytoksellaan-oireilevat'],
    fill: 0,
    waitlisted: 0,
  },
  {
    slug: 'webinaari-toiminta-alueittain-arviointi',
    kind: 'webinar',
    format: 'online',
    titleFi: 'Toiminta-alueittain opiskelevan oppilaan arviointi – webinaari',
    summaryFi: 'Käytännön esimerkkejä toiminta-alueittain opiskelevan oppilaan arvioinnista ja oppimisen tuesta.',
    day: 45,
    from: '14.00',
    to: '15.30',
    capacityRemote: null,
    themes: ['toiminta-alueittain'],
    fill: 0,
  },
  // Closed meetings (issue 17): reachable by their link only, never in the lists, API or feeds.
  {
    slug: 'hyks-ydinryhman-suunnittelupaiva',
    kind: 'gathering',
    visibility: 'unlisted',
    format: 'onsite',
    region: 'HYKS',
    titleFi: 'HYKS-alueen ydinryhmän suunnittelupäivä',
    titleSv: 'HUCS-områdets kärngrupp: planeringsdag',
    summaryFi: 'Ydinryhmän jäsenten ja kuntien yhteyshenkilöiden suunnittelupäivä: ensi lukuvuoden verkostopäivät.',
    summarySv: 'Planeringsdag för kärngruppens medlemmar och kommunernas kontaktpersoner: nästa läsårs nätverksdagar.',
    venueName: 'Opetushallitus',
    venueAddress: 'Hakaniemenranta 6, 00530 Helsinki',
    venueNameSv: 'Utbildningsstyrelsen',
    venueAddressSv: 'Hagnäskajen 6, 00530 Helsingfors',
    city: 'Helsinki',
    day: 24,
    from: '12.00',
    to: '15.00',
    capacityOnsite: 20,
    themes: [],
    fill: 0,
  },
  {
    slug: 'vip-ohjausryhman-kokous',
    kind: 'gathering',
    visibility: 'invited',
    format: 'hybrid',
    titleFi: 'VIP-verkoston ohjausryhmän kokous',
    titleSv: 'VIP-nätverkets styrgrupp: möte',
    summaryFi: 'Ohjausryhmän kevään kokous: toimintasuunnitelma ja alueiden kuulumiset. Vain kutsutuille.',
    summarySv: 'Styrgruppens vårmöte: verksamhetsplanen och nytt från regionerna. Endast för inbjudna.',
    venueName: 'Opetushallitus',
    venueAddress: 'Hakaniemenranta 6, 00530 Helsinki',
    venueNameSv: 'Utbildningsstyrelsen',
    venueAddressSv: 'Hagnäskajen 6, 00530 Helsingfors',
    city: 'Helsinki',
    language: 'bilingual',
    day: 26,
    from: '13.00',
    to: '15.00',
    capacityOnsite: 15,
    capacityRemote: null,
    themes: [],
    fill: 0,
    invited: [
      { email: 'ohjausryhma.pj@kokoon.example', language: 'fi' },
      { email: 'ohjausryhma.jasen@kokoon.example', language: 'fi' },
      { email: 'styrgruppen.medlem@kokoon.example', language: 'sv' },
    ],
  },
  {
    slug: 'luonnos-oys-kevatseminaari',
    kind: 'network_day',
    status: 'draft',
    format: 'onsite',
    region: 'OYS',
    titleFi: 'OYS-alueen kevätseminaari (luonnos)',
    summaryFi: 'Suunnitteilla.',
    city: 'Kajaani',
    day: 120,
    from: '9.00',
    to: '15.00',
    capacityOnsite: 80,
    themes: [],
    fill: 0,
  },
  {
    slug: 'tunnistaminen-taydennyskoulutus',
    kind: 'training',
    format: 'hybrid',
    region: 'TYKS',
    titleFi: 'Koulupoissaolojen varhainen tunnistaminen – täydennyskoulutus',
    titleSv: 'Att tidigt känna igen skolfrånvaro – fortbildning',
    summaryFi:
      'Täydennyskoulutus opettajille ja oppilashuollolle: poissaolojen varhaiset merkit ja moniammatillinen puuttuminen. Osallistujat saavat todistuksen.',
    summarySv:
      'Fortbildning för lärare och elevvården: tidiga tecken på frånvaro och mångprofessionellt ingripande. Deltagarna får ett intyg.',
    venueName: 'Turun kaupungintalo',
    venueAddress: 'Aurakatu 2, 20100 Turku',
    city: 'Turku',
    day: -3,
    from: '9.00',
    to: '15.00',
    capacityOnsite: 30,
    capacityRemote: null,
    themes: ['koulua-kaymattomat'],
    fill: 0.25,
  },
  session('tuvet-osallisuus', {
    slug: 'tuvet-osallisuus-turku',
    day: 7,
    city: 'Turku',
    region: 'TYKS',
    venueName: 'Turun ammattikorkeakoulu, ICT-talo',
    venueAddress: 'Joukahaisenkatu 3, 20520 Turku',
    venueNameSv: 'Åbo yrkeshögskola, ICT-huset',
    venueAddressSv: 'Joukahainengatan 3, 20520 Åbo',
    fill: 1,
    waitlisted: 3,
    offers: true, // full, three waiting: a cancellation offers the place to the first for 24 hours
  }),
  session('tuvet-osallisuus', {
    slug: 'tuvet-osallisuus-oulu',
    day: 9,
    city: 'Oulu',
    region: 'OYS',
    venueName: 'Oulun yliopisto, Linnanmaa',
    venueAddress: 'Pentti Kaiteran katu 1, 90570 Oulu',
    fill: 0.7,
  }),
  session('tuvet-osallisuus', {
    slug: 'tuvet-osallisuus-joensuu',
    day: 37,
    city: 'Joensuu',
    region: 'KYS',
    venueName: 'Itä-Suomen yliopisto, Agora',
    venueAddress: 'Yliopistokatu 4, 80100 Joensuu',
    fill: 0.35,
  }),
  session('tuvet-osallisuus', {
    slug: 'tuvet-osallisuus-helsinki',
    day: 40,
    city: 'Helsinki',
    region: 'HYKS',
    venueName: 'Valteri-koulu Ruskis',
    venueAddress: 'Ruskeasuontie 8, 00250 Helsinki',
    venueAddressSv: 'Brunakärrsvägen 8, 00250 Helsingfors',
    fill: 0.9,
  }),
  session('tuvet-osallisuus', {
    slug: 'tuvet-osallisuus-seinajoki',
    day: 41,
    city: 'Seinäjoki',
    region: 'TAYS',
    venueName: 'Seinäjoen ammattikorkeakoulu',
    venueAddress: 'Kampusranta 11, 60320 Seinäjoki',
    fill: 0.2,
  }),
  session('tuvet-aikuiset', {
    slug: 'tuvet-aikuiset-jyvaskyla',
    day: 100,
    city: 'Jyväskylä',
    region: 'KYS',
    venueName: 'Jyväskylän yliopisto, Agora',
    venueAddress: 'Mattilanniemi 2, 40100 Jyväskylä',
    fill: 0,
    opensInDays: 30,
  }),
  session('tuvet-aikuiset', {
    slug: 'tuvet-aikuiset-tampere',
    day: 101,
    city: 'Tampere',
    region: 'TAYS',
    venueName: 'Tampereen yliopisto, Pinni B',
    venueAddress: 'Kanslerinrinne 1, 33100 Tampere',
    fill: 0,
    opensInDays: 30,
  }),
  session('tuvet-aikuiset', {
    slug: 'tuvet-aikuiset-vaasa',
    day: 102,
    city: 'Vaasa',
    region: 'TYKS',
    venueName: 'Åbo Akademi, Academill',
    venueAddress: 'Strandgatan 2, 65100 Vasa',
    fill: 0,
    opensInDays: 30,
  }),
  session('tuvet-aikuiset', {
    slug: 'tuvet-aikuiset-helsinki',
    day: 108,
    city: 'Helsinki',
    region: 'HYKS',
    venueName: 'Helsingin yliopisto, Minerva',
    venueAddress: 'Siltavuorenpenger 5 A, 00170 Helsinki',
    venueNameSv: 'Helsingfors universitet, Minerva',
    venueAddressSv: 'Broberget 5 A, 00170 Helsingfors',
    fill: 0,
    opensInDays: 30,
  }),
  session('tuvet-aikuiset', {
    slug: 'tuvet-aikuiset-rovaniemi',
    day: 109,
    city: 'Rovaniemi',
    region: 'OYS',
    venueName: 'Lapin yliopisto',
    venueAddress: 'Yliopistonkatu 8, 96300 Rovaniemi',
    fill: 0,
    opensInDays: 30,
  }),
];

const FIRST = [
  'Aino',
  'Eero',
  'Helmi',
  'Juha',
  'Kaisa',
  'Lauri',
  'Maria',
  'Mikko',
  'Noora',
  'Olli',
  'Pia',
  'Sami',
  'Tiina',
  'Ville',
  'Johanna',
  'Anders',
  'Linnea',
  'Elina',
  'Markus',
  'Heidi',
];
const LAST = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Hämäläinen',
  'Laine',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Salminen',
  'Heinonen',
  'Lindholm',
  'Nyström',
  'Karjalainen',
  'Rantanen',
  'Turunen',
];
const ROLES = [
  'Erityisopettaja',
  'Rehtori',
  'Koulukuraattori',
  'Koulupsykologi',
  'Sosiaalityöntekijä',
  'Terveydenhoitaja',
  'Opetuspäällikkö',
  'Lastenpsykiatri',
  'Ohjaava opettaja',
  'Tutkija',
];
const SECTOR_CYCLE = ['education', 'education', 'education', 'social', 'health', 'education', 'social', 'other'];

type DemoPerson = {
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  municipalityCode: string;
  sectorCode: string;
  role: string;
  language: Locale;
};

function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z]/g, '');
}

/** Deterministic pseudo-random numbers so every demo install looks the same. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function parseClock(s: string): [number, number] {
  const [h, m] = s.split('.').map(Number);
  return [h, m];
}

/** The seeding day plus n days, moved forward (or back, for past dates) off weekends. */
function weekday(base: Date, n: number): { year: number; month: number; day: number } {
  const t = helsinkiDate(base);
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + n));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + (n >= 0 ? 1 : -1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export async function seedDemoData(
  db: Database,
  now = new Date(),
): Promise<{ seeded: boolean; events: number; registrations: number }> {
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(events);
  if (count > 0) return { seeded: false, events: count, registrations: 0 };

  return db.transaction(async (tx) => {
    const seriesIds: Record<string, number> = {};
    for (const [key, s] of [
      ['tuvet-osallisuus', TUVET1],
      ['tuvet-aikuiset', TUVET2],
    ] as const) {
      const [row] = await tx.insert(trainingSeries).values(s).returning({ id: trainingSeries.id });
      seriesIds[key] = row.id;
    }
    const themeRows = await tx.select({ id: themes.id, slug: themes.slug }).from(themes);
    const themeId = new Map(themeRows.map((t) => [t.slug, t.id]));
    const munis = await tx
      .select({ code: municipalities.code, nameFi: municipalities.nameFi, region: provinces.regionCode })
      .from(municipalities)
      .innerJoin(provinces, sql`${provinces.code} = ${municipalities.provinceCode}`);

    const random = rng(2026);
    const again = rng(5);
    const pools: Record<string, DemoPerson[]> = {};
    let regCount = 0;
    for (const e of DEMO_EVENTS) {
      const date = weekday(now, e.day);
      const [fh, fm] = parseClock(e.from);
      const [th, tm] = parseClock(e.to);
      const startsAt = helsinkiTime(date.year, date.month, date.day, fh, fm);
      const endsAt = helsinkiTime(date.year, date.month, date.day, th, tm);
      const opensAt =
        e.opensInDays !== undefined
          ? (() => {
              const o = weekday(now, e.opensInDays!);
              return helsinkiTime(o.year, o.month, o.day, 9, 0);
            })()
          : new Date(Math.min(startsAt.getTime(), now.getTime()) - 60 * 86400_000);
      const closesAt = new Date(startsAt.getTime() - 3 * 86400_000);
      const regionContact = CONTACTS[e.region ?? 'national'];
      const [row] = await tx
        .insert(events)
        .values({
          slug: e.slug,
          kind: e.kind,
          status: e.status ?? 'published',
          titleFi: e.titleFi,
          titleSv: e.titleSv ?? null,
          summaryFi: e.summaryFi,
          summarySv: e.summarySv ?? null,
          descriptionFi: e.descriptionFi ?? e.summaryFi,
          descriptionSv: e.descriptionSv ?? null,
          scope: e.province ? 'province' : e.region ? 'region' : 'national',
          regionCode: e.region ?? null,
          provinceCode: e.province ?? null,
          extraRegionCodes: e.alsoRegions ?? [],
          organisingBody: e.body?.kind ?? 'vip_network',
          organisingBodyFi: e.body?.fi ?? null,
          organisingBodySv: e.body?.sv ?? null,
          registrationUrl: e.registrationUrl ?? null,
          freedPlaces: e.offers ? 'offer' : 'at_once',
          format: e.format,
          language: e.language ?? 'fi',
          visibility: e.visibility ?? 'public',
          venueName: e.venueName ?? null,
          venueAddress: e.venueAddress ?? null,
          city: e.city ?? null,
          venueNameSv: e.venueNameSv ?? null,
          venueAddressSv: e.venueAddressSv ?? null,
          startsAt,
          endsAt,
          capacityOnsite: e.format === 'online' || e.registrationUrl ? null : (e.capacityOnsite ?? 100),
          capacityRemote: e.format === 'onsite' || e.registrationUrl ? null : (e.capacityRemote ?? null),
          registrationOpensAt: opensAt,
          registrationClosesAt: e.kind === 'webinar' ? null : closesAt,
          contactName: regionContact.name,
          contactNameSv: CONTACTS_SV[e.region ?? 'national'],
          contactEmail: regionContact.email,
          contactPhone: regionContact.phone,
          seriesId: e.series ? seriesIds[e.series] : null,
        })
        .returning({ id: events.id });
      if (e.invited) {
        // The list only: the demo sends no invitation mails (an organiser adding an address does).
        await tx
          .insert(eventInvitations)
          .values(e.invited.map((i) => ({ eventId: row.id, ...i, tokenHash: hashToken(newToken()), invitedAt: now })));
      }
      if (e.format !== 'onsite') {
        // A made-up stream address: only registered remote participants ever reach it.
        await tx.insert(eventStreams).values({
          eventId: row.id,
          url: `https://video.kokoon.example/live/${e.slug}`,
          instructionsFi: 'Striimi avautuu selaimessa, sovellusta ei tarvita. Kysymyksiä voi lähettää chatissa.',
          instructionsSv: 'Livesändningen öppnas i webbläsaren, ingen app behövs. Frågor kan skickas i chatten.',
        });
      }
      if (e.day < 0 && e.kind === 'gathering') {
        await tx.insert(eventMaterials).values([
          {
            eventId: row.id,
            kind: 'recording',
            titleFi: 'Päivän tallenne',
            titleSv: 'Inspelning av dagen',
            url: `https://video.kokoon.example/recordings/${e.slug}`,
            visibility: 'participants',
            captioned: true,
          },
          {
            eventId: row.id,
            kind: 'slides',
            titleFi: 'Puheenvuorojen diat (PDF)',
            titleSv: 'Bilderna från anförandena (PDF)',
            url: `https://materiaalit.kokoon.example/${e.slug}/diat.pdf`,
            visibility: 'public',
          },
        ]);
      }
      const ids = e.themes.map((slug) => themeId.get(slug)).filter((id): id is number => id !== undefined);
      if (ids.length) await tx.insert(eventThemes).values(ids.map((id) => ({ eventId: row.id, themeId: id })));

      // Registrations: on-site seats filled to `fill`, plus remote followers for hybrid/online events.
      // About a third are people who come back: someone from the region who already has a
      // registration elsewhere (a separate random stream, so the rest of the data stays as it was).
      const regionMunis = munis.filter((m) => !e.region || m.region === e.region);
      const onsite = e.format === 'online' ? 0 : Math.round((e.capacityOnsite ?? 100) * e.fill);
      const remote =
        e.format === 'onsite' ? 0 : e.format === 'online' ? 25 + Math.floor(random() * 60) : Math.round(onsite * 0.8);
      const people: (typeof registrations.$inferInsert)[] = [];
      const inEvent = new Set<string>();
      const poolKey = e.region ?? 'national';
      const pool = (pools[poolKey] ??= []);
      const past = endsAt < now;
      const add = (attendance: 'onsite' | 'remote', status: 'confirmed' | 'waitlisted') => {
        const first = FIRST[Math.floor(random() * FIRST.length)];
        const last = LAST[Math.floor(random() * LAST.length)];
        const muni = regionMunis[Math.floor(random() * regionMunis.length)];
        const sector = SECTOR_CYCLE[people.length % SECTOR_CYCLE.length];
        const fresh: DemoPerson = {
          firstName: first,
          lastName: last,
          email: `${ascii(first)}.${ascii(last)}.${poolKey.toLowerCase()}${pool.length + 1}@${ascii(muni.nameFi)}.kokoon.example`,
          organisation: `${muni.nameFi}, ${sector === 'education' ? 'perusopetus' : 'perhepalvelut'}`,
          municipalityCode: muni.code,
          sectorCode: sector,
          role: ROLES[Math.floor(random() * ROLES.length)],
          language: random() < 0.1 ? 'sv' : 'fi',
        };
        const candidate = pool.length && again() < 0.35 ? pool[Math.floor(again() * pool.length)] : null;
        const who = candidate && !inEvent.has(candidate.email) ? candidate : fresh;
        if (who === fresh) pool.push(fresh);
        inEvent.add(who.email);
        // Past events have their attendance recorded: most came, a few did not.
        const came = past && status === 'confirmed' && again() < 0.82;
        people.push({
          eventId: row.id,
          status,
          attendance,
          ...who,
          consent: true,
          createdAt: new Date(Math.min(opensAt.getTime() + people.length * 3600_000, now.getTime() - 3600_000)),
          ...(past && status === 'confirmed' && attendance === 'onsite'
            ? {
                attendedOnsite: came,
                checkedInAt: came
                  ? new Date(startsAt.getTime() - 20 * 60_000 + Math.floor(again() * 40) * 60_000)
                  : null,
              }
            : {}),
          ...(past && attendance === 'remote' && came
            ? { remoteJoinedAt: new Date(startsAt.getTime() + Math.floor(again() * 15) * 60_000) }
            : {}),
        });
      };
      for (let i = 0; i < onsite; i++) add('onsite', 'confirmed');
      for (let i = 0; i < remote; i++) add('remote', 'confirmed');
      for (let i = 0; i < (e.waitlisted ?? 0); i++) add('onsite', 'waitlisted');
      if (people.length) {
        const inserted = await tx.insert(registrations).values(people).returning({
          id: registrations.id,
          email: registrations.email,
          role: registrations.role,
          sectorCode: registrations.sectorCode,
        });
        await seedAudienceAnswers(tx, inserted);
      }
      regCount += people.length;
    }
    await seedDemoQuestions(tx);
    await seedDemoSeriesQuestion(tx, seriesIds['tuvet-osallisuus']);
    await seedDemoProgramme(tx);
    await seedFollowupDemo(tx, now, random);
    return { seeded: true, events: DEMO_EVENTS.length, registrations: regCount };
  });
}

/**
 * Own registration questions (issue 15 §1) on the North Karelia network day, open for registration: a
 * required lunch choice for those who come on site and an optional wish. The seeded registrants
 * have chosen a lunch, so the attendance list's answer filter shows something on first start.
 */
async function seedDemoQuestions(tx: Parameters<Parameters<Database['transaction']>[0]>[0]): Promise<void> {
  const [event] = await tx
    .select({ id: events.id })
    .from(events)
    .where(sql`${events.slug} = 'pohjois-karjalan-verkostopaiva'`);
  if (!event) return;
  const [lunch] = await tx
    .insert(registrationQuestions)
    .values([
      {
        eventId: event.id,
        position: 1,
        type: 'single',
        required: true,
        askedOf: 'onsite',
        labelFi: 'Lounasvalinta',
        labelSv: 'Val av lunch',
        options: [
          { id: 1, fi: 'Liha', sv: 'Kött' },
          { id: 2, fi: 'Kasvis', sv: 'Vegetarisk' },
          { id: 3, fi: 'Vegaaninen', sv: 'Vegansk' },
        ],
      },
      {
        eventId: event.id,
        position: 2,
        type: 'longText',
        required: false,
        askedOf: 'both',
        labelFi: 'Mitä toivot päivältä? (vapaaehtoinen)',
        labelSv: 'Vad önskar du av dagen? (frivilligt)',
      },
    ])
    .returning({ id: registrationQuestions.id });
  await tx.execute(sql`
    insert into registration_answers (registration_id, question_id, value)
    select r.id, ${lunch.id}, to_jsonb((r.id % 3) + 1) from registrations r
    where r.event_id = ${event.id} and r.attendance = 'onsite'`);
}

/**
 * A question of a whole training series (issue 15 §1): the TUVET series on children's participation
 * asks in every session whether the person has been to a TUVET training before (an optional yes/no). The
 * seeded registrants have answered, so the statistics' answer chart shows something on first start.
 */
async function seedDemoSeriesQuestion(
  tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  seriesId: number,
): Promise<void> {
  const [question] = await tx
    .insert(registrationQuestions)
    .values({
      seriesId,
      position: 1,
      type: 'yesNo',
      required: false,
      askedOf: 'both',
      labelFi: 'Oletko osallistunut aiemmin TUVET-koulutukseen? (vapaaehtoinen)',
      labelSv: 'Har du tidigare deltagit i en TUVET-utbildning? (frivilligt)',
    })
    .returning({ id: registrationQuestions.id });
  await tx.execute(sql`
    insert into registration_answers (registration_id, question_id, value)
    select r.id, ${question.id}, to_jsonb(r.id % 3 = 0) from registrations r
    join events e on e.id = r.event_id
    where e.series_id = ${seriesId}`);
}

/**
 * A programme (issue 15 §2) on the same North Karelia network day: an opening, a slot of three
 * parallel workshops with small capacities (3, 5 and 8 on-site seats, open for registration) and a
 * closing panel. Three seeded registrants hold a workshop seat, so the attendance list shows picks
 * and the event page shows seats going.
 */
async function seedDemoProgramme(tx: Parameters<Parameters<Database['transaction']>[0]>[0]): Promise<void> {
  const [event] = await tx
    .select({ id: events.id, startsAt: events.startsAt, endsAt: events.endsAt })
    .from(events)
    .where(sql`${events.slug} = 'pohjois-karjalan-verkostopaiva'`);
  if (!event) return;
  const at = (minutes: number) =>
    new Date(Math.min(event.startsAt.getTime() + minutes * 60_000, event.endsAt.getTime()));
  const [, workshopSlot] = await tx
    .insert(programmeSlots)
    .values([
      {
        eventId: event.id,
        startsAt: at(0),
        endsAt: at(60),
        titleFi: 'Avaus ja ajankohtaista vaativasta erityisestä tuesta',
        titleSv: 'Öppning och aktuellt om krävande särskilt stöd',
        speakers: ['Leena Laaksonen', 'Mikko Heinonen'],
        roomFi: 'Auditorio',
        roomSv: 'Auditoriet',
        sortOrder: 1,
      },
      {
        eventId: event.id,
        startsAt: at(75),
        endsAt: at(165),
        titleFi: 'Rinnakkaiset työpajat',
        titleSv: 'Parallella workshoppar',
        sortOrder: 2,
      },
      {
        eventId: event.id,
        startsAt: at(180),
        endsAt: at(240),
        titleFi: 'Paneeli: koulua käymättömät lapset ja nuoret',
        titleSv: 'Panel: barn och unga som inte går i skolan',
        speakers: ['Sanna Räsänen', 'Jussi Kettunen', 'Anna Björk'],
        roomFi: 'Auditorio',
        roomSv: 'Auditoriet',
        sortOrder: 3,
      },
    ])
    .returning({ id: programmeSlots.id });
  const workshops = await tx
    .insert(programmeWorkshops)
    .values([
      {
        slotId: workshopSlot.id,
        titleFi: 'Kouluun paluun tukeminen',
        titleSv: 'Stöd för återgång till skolan',
        capacity: 3,
        sortOrder: 1,
      },
      {
        slotId: workshopSlot.id,
        titleFi: 'Monialainen yhteistyö',
        titleSv: 'Sektorsövergripande samarbete',
        capacity: 5,
        sortOrder: 2,
      },
      {
        slotId: workshopSlot.id,
        titleFi: 'Etäyhteydet opetuksessa',
        titleSv: 'Distansförbindelser i undervisningen',
        capacity: 8,
        sortOrder: 3,
      },
    ])
    .returning({ id: programmeWorkshops.id });
  await tx.execute(sql`
    insert into workshop_picks (registration_id, slot_id, workshop_id)
    select r.id, ${workshopSlot.id}::int, case when n = 1 then ${workshops[0].id}::int else ${workshops[1].id}::int end
    from (select r.id, row_number() over (order by r.id) as n from registrations r
          where r.event_id = ${event.id} and r.status = 'confirmed' and r.attendance = 'onsite') r
    where n <= 3`);
}
