// The texts of every mail — participant mails, sign-in link, organiser invitation, survey invitation,
// certificate, data-access link — live in the message catalogue (lib/i18n/messages/{fi,sv}.json,
// namespace `mail`, one sub-key per mail kind plus `layout` and `common`), beside the UI's texts, so
// the parity tests see them and a translator finds them in one place. They are ICU MessageFormat,
// formatted by the same next-intl translator as every other text (lib/i18n/icu): {name}, plurals and
// selects, and a missing value throws rather than leak "{name}" into a mail. Escaping is React's job.
// No client island gets the `mail` namespace (lib/i18n/client-messages.ts picks namespaces by name).
//
// `reminder` texts take {day}: today | tomorrow | later (a Helsinki calendar day, see
// lib/mail/scheduled.ts), {time} "9.30", and {when} the full time for `later`.
import type { MailData, MailKind } from './mail-data';
import type { Locale } from '@/lib/i18n/routing';
import { catalogues } from '@/lib/i18n/messages';
import { catalogueTranslator, formatIcu } from '@/lib/i18n/icu';

export type MailMessages = (typeof catalogues)['fi']['mail'];

/** Every dotted key under `mail` ("confirmation.intro", "common.greeting"). */
type Leaves<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Leaves<T[K]>}` }[keyof T & string];
export type MailTextKey = Leaves<MailMessages>;
export type MailValues = Record<string, string | number | null | undefined>;
/** A mail text in one language, formatted as ICU. */
export type MailT = (key: MailTextKey, values?: MailValues) => string;

const translators = {
  fi: catalogueTranslator('fi', catalogues.fi.mail),
  sv: catalogueTranslator('sv', catalogues.sv.mail),
} satisfies Record<Locale, unknown>;

function defined(values: MailValues): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null) out[name] = value;
  return out;
}

/** The mail texts of a language: `t('confirmation.intro', { title })`. */
export function mailTranslator(locale: Locale): MailT {
  const t = translators[locale];
  return (key, values = {}) => t(key, defined(values));
}

/** The participant mails' texts as written (patterns, not formatted): `layout`, `common` and one entry per kind. */
function participantTexts(m: MailMessages) {
  const {
    survey: _survey,
    certificate: _certificate,
    data_access: _dataAccess,
    signin: _signin,
    organiser_invite: _invite,
    event_invitation: _eventInvitation,
    organiser_digest: _digest,
    organiser_alert: _alert,
    ...rest
  } = m;
  return rest;
}
export const fi = participantTexts(catalogues.fi.mail);
export const sv: typeof fi = participantTexts(catalogues.sv.mail);

/** Formats one of the patterns above with the same ICU formatter (for tests and previews). */
export function fill(locale: Locale, pattern: string, vars: MailValues): string {
  return formatIcu(locale, pattern, defined(vars));
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The values every participant-mail text may ask for. `reminder` says when the event is, as
 * seen when it was queued; a payload queued without `startsIn` names the full time instead.
 */
export function textValues(data: MailData): MailValues {
  const t = mailTranslator(data.locale);
  return {
    title: data.event.title,
    firstName: data.firstName,
    position: data.position,
    when: data.event.when,
    day: data.startsIn?.day ?? 'later',
    time: data.startsIn?.time ?? '',
    // `attendance_changed`: the new and the previous mode, in words ("etänä", "på plats").
    to: t(`common.${data.attendance}`),
    from: t(`common.${data.previousAttendance ?? (data.attendance === 'onsite' ? 'remote' : 'onsite')}`),
    deadline: data.offerExpires ?? '',
    slot: data.workshop?.slot ?? '',
    workshop: data.workshop?.name ?? '',
  };
}

/** The subject line: one line, whatever the title (or the organiser's subject) holds. */
export function subjectFor(kind: MailKind, data: MailData): string {
  const t = mailTranslator(data.locale);
  const own =
    kind === 'organiser_message' ? { subject: oneLine(data.message?.subject || t('organiser_message.heading')) } : {};
  return t(`${kind}.subject`, { ...textValues(data), title: oneLine(data.event.title), ...own });
}
