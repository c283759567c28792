// Texts of the calendar feeds, their HTTP errors, the e-mailed invitation and the subscribe /
// add-to-calendar blocks. The texts themselves are in the message catalogues (namespace
// `calendar`, lib/i18n/messages/*.json) and formatted as ICU by lib/i18n/messages; this module
// gives them the shape the feed builder, the mail composer and the components read, with the
// texts that depend on a region, province or theme as functions. No `server-only`: the feed
// benchmark loads it outside Next. The `calendar` namespace is never handed to a client island.
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { EVENT_LANGUAGES, type EventLanguage } from '@/lib/events/filters';

/** "HYKS-alue (Helsinki)" → "HYKS-alue": the regions table carries the hospital city in brackets. */
function withoutCity(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

function build(lang: Locale) {
  const text = (key: string, values?: Record<string, string | number>) => translate(lang, `calendar.${key}`, values);
  return {
    feeds: {
      all: { name: text('feeds.all.name'), description: text('feeds.all.description') },
      region: {
        // "HYKS-alue" → "HYKS-alueen tapahtumat" in Finnish; any other shape keeps its basic form
        // rather than a wrong inflection (the catalogue's select on `area`).
        name: (region: string) => {
          const short = withoutCity(region);
          return text('feeds.region.name', { region: short, area: /-alue$/.test(short) ? 'alue' : 'other' });
        },
        description: (region: string, national: boolean) =>
          text('feeds.region.description', { region, national: national ? 'yes' : 'no' }),
      },
      province: {
        name: (province: string) => text('feeds.province.name', { province }),
        description: (province: string) => text('feeds.province.description', { province }),
      },
      theme: {
        name: (theme: string) => text('feeds.theme.name', { theme }),
        description: (theme: string) => text('feeds.theme.description', { theme }),
      },
      /** Appended to a feed's description when `?language=` narrows it. */
      onlyLanguage: (language: EventLanguage) => text('feeds.onlyLanguage', { language }),
      personal: { name: text('feeds.personal.name'), description: text('feeds.personal.description') },
      updates: text('feeds.updates'),
    },
    event: {
      cancelledPrefix: text('event.cancelledPrefix'),
      waitlistedPrefix: text('event.waitlistedPrefix'),
      online: text('event.online'),
      cancelledNotice: text('event.cancelledNotice'),
      waitlistedNotice: text('event.waitlistedNotice'),
      formats: {
        onsite: text('event.formats.onsite'),
        online: text('event.formats.online'),
        hybrid: text('event.formats.hybrid'),
      },
      languages: Object.fromEntries(EVENT_LANGUAGES.map((l) => [l, text(`event.languages.${l}`)])) as Record<
        EventLanguage,
        string
      >,
      followOnlineYes: text('event.followOnlineYes'),
      followOnlineNo: text('event.followOnlineNo'),
      free: text('event.free'),
      labels: {
        format: text('event.labels.format'),
        language: text('event.labels.language'),
        place: text('event.labels.place'),
        price: text('event.labels.price'),
        registration: text('event.labels.registration'),
        contact: text('event.labels.contact'),
        organiser: text('event.labels.organiser'),
      },
    },
    // The e-mailed invitation's DESCRIPTION, per mode (lib/mail/compose.ts).
    invitation: {
      place: text('invitation.place'),
      stream: text('invitation.stream'),
      streamLater: text('invitation.streamLater'),
      page: text('invitation.page'),
      programme: text('invitation.programme'),
      yourWorkshop: (workshop: string) => text('invitation.yourWorkshop', { workshop }),
      workshops: (workshops: string) => text('invitation.workshops', { workshops }),
    },
    errors: {
      badLang: (value: string) => text('errors.badLang', { value }),
      badNational: (value: string) => text('errors.badNational', { value }),
      badLanguage: (value: string) => text('errors.badLanguage', { value }),
      notFound: text('errors.notFound'),
    },
    subscribe: {
      heading: text('subscribe.heading'),
      intro: text('subscribe.intro'),
      webcal: text('subscribe.webcal'),
      google: text('subscribe.google'),
      outlook: text('subscribe.outlook'),
      microsoft365: text('subscribe.microsoft365'),
      urlLabel: text('subscribe.urlLabel'),
      copy: text('subscribe.copy'),
      copied: text('subscribe.copied'),
      copyFailed: text('subscribe.copyFailed'),
      googleNote: text('subscribe.googleNote'),
    },
    addToCalendar: {
      heading: text('addToCalendar.heading'),
      download: text('addToCalendar.download'),
      google: text('addToCalendar.google'),
    },
  };
}

export type CalendarTexts = ReturnType<typeof build>;

// The catalogues do not change while the process runs: each language is formatted once.
export const fi: CalendarTexts = build('fi');
export const sv: CalendarTexts = build('sv');

export function calendarTexts(lang: Locale): CalendarTexts {
  return lang === 'sv' ? sv : fi;
}
