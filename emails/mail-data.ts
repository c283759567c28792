// What every participant mail is rendered from, and realistic example props for previews and tests.
// Kept apart from render.ts so the templates can import the examples without an import cycle;
// render.ts re-exports everything here.
import type { Locale } from '@/lib/i18n/routing';

export type MailKind =
  | 'confirmation'
  | 'waitlisted'
  | 'promoted'
  | 'cancelled'
  | 'reminder'
  | 'event_changed'
  | 'event_cancelled'
  | 'duplicate'
  | 'stream_opens'
  | 'organiser_message'
  | 'attendance_changed'
  | 'materials_available'
  | 'offer'
  | 'offer_expired'
  | 'workshop_changed';

export const MAIL_KINDS: readonly MailKind[] = Object.freeze([
  'confirmation',
  'waitlisted',
  'promoted',
  'cancelled',
  'reminder',
  'event_changed',
  'event_cancelled',
  'duplicate',
  'stream_opens',
  'organiser_message',
  'attendance_changed',
  'materials_available',
  'offer',
  'offer_expired',
  'workshop_changed',
] as const);

export type MailEvent = {
  title: string; // already in the recipient's language
  when: string; // already formatted, e.g. "ke 3.4.2026 klo 9.00–15.30"
  where: string | null; // venue + address, null for online-only
  online: boolean; // event can be followed online
  url: string; // public event page
  contactName: string | null;
  contactEmail: string | null;
};

export type MailData = {
  locale: Locale;
  firstName: string;
  event: MailEvent;
  attendance: 'onsite' | 'remote';
  // `attendance_changed`: the mode the person switched from (`attendance` is the new one).
  previousAttendance?: 'onsite' | 'remote';
  status?: 'confirmed' | 'waitlisted'; // for `duplicate` and `attendance_changed`
  manageUrl: string;
  position?: number; // waitlisted / duplicate when waitlisted
  changeNote?: string | null;
  // Personal stream access link (`…/stream/<token>`) for remote participants, never the real stream
  // URL; shown in `reminder` (remote attendance only) and `stream_opens`.
  streamUrl?: string | null;
  // On-site participants' door check-in (confirmation, promoted): the signed organiser URL
  // (`…/workspace/checkin/<code>`) and the image source of the same URL as a QR code: in a sent mail
  // `cid:…` of an inline PNG attachment (webmail clients strip `data:` images), a data URL only in
  // previews. Filled in by the mail worker when it renders the mail (lib/mail/compose.ts
  // `withCheckInCode`); nothing is shown without them.
  checkInUrl?: string | null;
  checkInQrSrc?: string | null;
  // `cancelled`: an organiser cancelled the registration on the person's behalf.
  byOrganiser?: boolean;
  // `reminder`: when the event starts, seen from the moment the reminder was queued, in Helsinki
  // calendar days (lib/mail/scheduled.ts): 'today' / 'tomorrow' with the clock time ("9.30"), or
  // 'later' (the texts then name the full time). Missing in reminders queued before it existed.
  startsIn?: { day: 'today' | 'tomorrow' | 'later'; time: string } | null;
  // `organiser_message`: what the organiser wrote, already in the recipient's language (plain text).
  message?: { subject: string; body: string } | null;
  // `offer`: until when the offered place is held, already formatted in Helsinki time
  // ("ke 3.4.2026 klo 9.00"); the accept and decline buttons lead to the manage page (`manageUrl`).
  offerExpires?: string | null;
  // `workshop_changed`: the programme slot and the workshop the person now holds, in their language.
  workshop?: { slot: string; name: string } | null;
  // `attendance_changed`: the new mode asks required questions the person has not answered yet.
  answersMissing?: boolean;
};

export type RenderedMail = { subject: string; html: string; text: string };

/** A national VIP network gathering in Helsinki, as a participant would receive it. */
export const exampleMailData: Record<Locale, MailData> = {
  fi: {
    locale: 'fi',
    firstName: 'Aino',
    event: {
      title: 'Koulua koulua käymättömille – kokoontumisajo',
      when: 'ma 21.12.2026 klo 9.00–15.30',
      where: 'Paasitorni, Paasivuorenkatu 5 A, 00530 Helsinki',
      online: true,
      url: 'https://kokoon.example/fi/events/koulua-koulua-kaymattomille',
      contactName: 'Liisa Korhonen',
      contactEmail: 'liisa.korhonen@example.fi',
    },
    attendance: 'onsite',
    status: 'confirmed',
    manageUrl: 'https://kokoon.example/fi/manage/q8Z2vT4nLwR7xKc1',
    position: 3,
    changeNote: null,
    message: {
      subject: 'Ennakkotehtävä verkostopäivään',
      body: 'Hei kaikki,\n\npyydämme teitä tuomaan mukananne kuntanne palvelukartan luonnoksen.\nKäymme kartat läpi iltapäivän työpajoissa.',
    },
    streamUrl: 'https://kokoon.example/stream/1042.Zk3pQ9vT4nLwR7xKc1bY8mHs2DfG6jUe0aXoN5rWiVl',
  },
  sv: {
    locale: 'sv',
    firstName: 'Anna',
    event: {
      title: 'Skola för elever som inte går i skolan – samling',
      when: 'mån 21.12.2026 kl. 9.00–15.30',
      where: 'Paasitorni, Paasivuorenkatu 5 A, 00530 Helsingfors',
      online: true,
      url: 'https://kokoon.example/sv/events/koulua-koulua-kaymattomille',
      contactName: 'Liisa Korhonen',
      contactEmail: 'liisa.korhonen@example.fi',
    },
    attendance: 'remote',
    status: 'confirmed',
    manageUrl: 'https://kokoon.example/sv/manage/q8Z2vT4nLwR7xKc1',
    position: 3,
    changeNote: null,
    message: {
      subject: 'Förhandsuppgift inför nätverksdagen',
      body: 'Hej alla,\n\nvi ber er ta med ett utkast till kommunens servicekarta.\nVi går igenom kartorna i eftermiddagens workshoppar.',
    },
    streamUrl: 'https://kokoon.example/stream/1043.Zk3mB7xQ2rT9vLwN4cY1kHs8DfP6jUe0aXoG5tWiVqE',
  },
};

/** Example organiser notes for the previews of `event_changed` and `event_cancelled`. */
export const exampleChangeNotes: Record<Locale, { changed: string; cancelled: string }> = {
  fi: {
    changed:
      'Tapahtuma alkaa puoli tuntia aiemmin kuin alun perin ilmoitettiin.\nPäivitetty ohjelma on tapahtuman sivulla.',
    cancelled:
      'Tapahtuma järjestetään uudelleen keväällä 2027. Ilmoitamme uudesta ajankohdasta VIP-verkoston uutiskirjeessä.',
  },
  sv: {
    changed:
      'Evenemanget börjar en halvtimme tidigare än vad som ursprungligen meddelades.\nDet uppdaterade programmet finns på evenemangets sida.',
    cancelled: 'Evenemanget ordnas på nytt våren 2027. Vi meddelar den nya tidpunkten i VIP-nätverkets nyhetsbrev.',
  },
};
