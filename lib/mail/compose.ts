// Builds what a registration mail needs (in the recipient's language) from the rows at hand, so the
// outbox row is complete when the transaction commits and the worker only renders and sends.
import type { MailKind, MailData } from '@/emails/render';
import { localized } from '@/lib/i18n/messages';
import { publicBaseUrl } from '@/lib/config';
import { formatDateTime, formatEventTime } from '@/lib/time';
import { eventUid } from '@/lib/calendar/ical';
import { checkInUrl, qrPng } from '@/lib/attendance/qr';
import { calendarTexts } from '@/lib/calendar/texts';
import { streamLink } from '@/lib/streams/tokens';
import type { FollowupMailPayload } from '@/emails/followup';
import type { OrganiserAlertMail, OrganiserDigestMail } from '@/emails/organiser-alerts';
import type { Locale } from '@/lib/i18n/routing';
import { programmeText, type InvitationSlot } from '@/lib/calendar/programme';

export type MailEventRow = {
  id: number;
  slug: string;
  titleFi: string;
  titleSv: string | null;
  format: 'onsite' | 'online' | 'hybrid';
  venueName: string | null;
  venueAddress: string | null;
  city: string | null;
  startsAt: Date;
  endsAt: Date;
  contactName: string | null;
  contactEmail: string | null;
  sequence: number;
  status: string;
  /** Swedish venue, address and contact (issue 16); null falls back to the Finnish column. */
  venueNameSv: string | null;
  venueAddressSv: string | null;
  contactNameSv: string | null;
};
export type MailRegistrationRow = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  language: Locale;
  attendance: 'onsite' | 'remote';
};

export type InvitationPayload = {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  attendee: { name: string; email: string };
};

export type RegistrationMailPayload = { kind: MailKind; data: MailData; invitation?: InvitationPayload };
export type SignInMailPayload = { kind: 'signin'; locale: Locale; url: string };
/** An admin invited this person to the workspace (lib/auth/organisers). */
export type InviteMailPayload = {
  kind: 'organiser_invite';
  role: 'admin' | 'organiser' | 'project';
  regions: string[];
};
/** An invited event's invitation with its personal sign-up link (lib/invitations). */
export type EventInvitationMailPayload = {
  kind: 'event_invitation';
  locale: Locale;
  title: string;
  when: string;
  place: string | null;
  url: string;
};
/** Organiser alerts (lib/alerts): the daily digest and the full / waiting-list mail. */
export type OrganiserDigestMailPayload = { kind: 'organiser_digest' } & OrganiserDigestMail;
export type OrganiserAlertMailPayload = { kind: 'organiser_alert' } & OrganiserAlertMail;
export type OutboxPayload =
  | RegistrationMailPayload
  | SignInMailPayload
  | InviteMailPayload
  | FollowupMailPayload
  | EventInvitationMailPayload
  | OrganiserDigestMailPayload
  | OrganiserAlertMailPayload;

export function manageUrl(locale: Locale, token: string): string {
  return `${publicBaseUrl()}/${locale}/registrations/${token}`;
}

/** Venue and address (or the city) in `locale`: the Swedish ones where the event has them. */
export function eventPlace(e: MailEventRow, locale: Locale = 'fi'): string | null {
  if (e.format === 'online') return null;
  const venue = localized(locale, e.venueName ?? '', e.venueNameSv) || null;
  const address = localized(locale, e.venueAddress ?? '', e.venueAddressSv) || null;
  return [venue, address ?? e.city].filter(Boolean).join(', ') || null;
}

/** Kinds that carry a calendar invitation (REQUEST) or its withdrawal (CANCEL); emails/registry.ts marks the same kinds. */
const INVITES: Partial<Record<MailKind, 'REQUEST' | 'CANCEL'>> = {
  confirmation: 'REQUEST',
  promoted: 'REQUEST',
  event_changed: 'REQUEST',
  cancelled: 'CANCEL',
  event_cancelled: 'CANCEL',
  attendance_changed: 'REQUEST', // these two only for a confirmed place (CONFIRMED_ONLY)
  workshop_changed: 'REQUEST',
};
/** Changes that may leave the person waiting: no invitation then, as they never had a calendar entry. */
const CONFIRMED_ONLY: readonly MailKind[] = ['attendance_changed', 'workshop_changed'];

export function composeRegistrationMail(
  kind: MailKind,
  reg: MailRegistrationRow,
  event: MailEventRow,
  opts: {
    manageToken: string;
    position?: number;
    status?: 'confirmed' | 'waitlisted';
    changeNote?: string | null;
    streamUrl?: string | null;
    byOrganiser?: boolean;
    message?: { subject: string; body: string };
    previousAttendance?: 'onsite' | 'remote';
    /** The event's programme (with the person's workshop picks) for the invitation's description. */
    programme?: InvitationSlot[];
    /** `offer`: until when the offered place is held (shown in Helsinki time). */
    offerExpiresAt?: Date;
    /** `workshop_changed`: the slot and the workshop the person now holds, in both languages. */
    workshop?: { slot: { fi: string; sv: string | null }; name: { fi: string; sv: string | null } };
    /** `attendance_changed`: the new mode has required questions the person has not answered. */
    answersMissing?: boolean;
  },
): { toEmail: string; locale: Locale; payload: RegistrationMailPayload } {
  const locale = reg.language;
  const title = localized(locale, event.titleFi, event.titleSv);
  const url = `${publicBaseUrl()}/${locale}/events/${event.slug}`;
  const where = eventPlace(event, locale);
  const data: MailData = {
    locale,
    firstName: reg.firstName,
    event: {
      title,
      when: formatEventTime(event.startsAt, event.endsAt, locale),
      where,
      online: event.format !== 'onsite',
      url,
      contactName: localized(locale, event.contactName ?? '', event.contactNameSv) || null,
      contactEmail: event.contactEmail,
    },
    attendance: reg.attendance,
    status: opts.status,
    manageUrl: manageUrl(locale, opts.manageToken),
    position: opts.position,
    changeNote: opts.changeNote ?? null,
    streamUrl: opts.streamUrl ?? null,
    ...(opts.byOrganiser ? { byOrganiser: true } : {}),
    ...(opts.message ? { message: opts.message } : {}),
    ...(opts.previousAttendance ? { previousAttendance: opts.previousAttendance } : {}),
    ...(opts.offerExpiresAt ? { offerExpires: formatDateTime(opts.offerExpiresAt, locale) } : {}),
    ...(opts.answersMissing ? { answersMissing: true } : {}),
    ...(opts.workshop
      ? {
          workshop: {
            slot: localized(locale, opts.workshop.slot.fi, opts.workshop.slot.sv),
            name: localized(locale, opts.workshop.name.fi, opts.workshop.name.sv),
          },
        }
      : {}),
  };
  const method = CONFIRMED_ONLY.includes(kind) && opts.status === 'waitlisted' ? undefined : INVITES[kind];
  // Per mode (issue 15 §4): an on-site participant's entry has the address; a remote one's gets the
  // personal stream link from the worker (withPersonalStreamLink: a new sign-up's id is not known
  // here), never the venue. Never the manage link: calendar entries get shared and delegated.
  const texts = calendarTexts(locale).invitation;
  const remote = reg.attendance === 'remote' && event.format !== 'onsite';
  const programme = programmeText(opts.programme ?? [], locale, event.startsAt);
  const invitation: InvitationPayload | undefined = method && {
    uid: eventUid(event.id),
    sequence: event.sequence,
    method,
    start: event.startsAt.toISOString(),
    end: event.endsAt.toISOString(),
    summary: title,
    description: (remote
      ? [texts.streamLater, programme, `${texts.page}: ${url}`]
      : [where ? `${texts.place}: ${where}` : null, programme, `${texts.page}: ${url}`]
    )
      .filter(Boolean)
      .join('\n\n'),
    location: remote ? null : where,
    url,
    attendee: { name: `${reg.firstName} ${reg.lastName}`, email: reg.email },
  };
  return { toEmail: reg.email, locale, payload: { kind, data, invitation } };
}

/** Mails that carry the door check-in QR code, for on-site participants. */
const WITH_CHECK_IN: readonly MailKind[] = ['confirmation', 'promoted', 'attendance_changed'];

/** A file shown inside the HTML part (`<img src="cid:{contentId}">`), sent as an inline attachment. */
export type InlineImage = { filename: string; content: Buffer; contentType: 'image/png'; contentId: string };

/** The content id of the check-in QR image in a mail (one per mail). */
export const CHECK_IN_QR_CID = 'checkin-qr@kokoon';

/**
 * Adds the door check-in code (URL and QR image) to a confirmation or promoted mail of an on-site
 * participant. Called by the worker when it renders the mail, not when the outbox row is written:
 * a new sign-up's id is only known inside its insert, and the image would otherwise be drawn (and
 * stored) while the event lock is held in a registration rush. The image is an inline attachment
 * referenced by `cid:` — Gmail, Outlook on the web and many webmail clients drop `data:` images.
 */
export async function withCheckInCode(
  payload: RegistrationMailPayload,
  registrationId: number | null | undefined,
): Promise<{ payload: RegistrationMailPayload; inline: InlineImage[] }> {
  const d = payload.data;
  const none = { payload, inline: [] };
  if (!registrationId || !WITH_CHECK_IN.includes(payload.kind) || d.attendance !== 'onsite' || d.checkInQrSrc)
    return none;
  if (payload.kind === 'attendance_changed' && d.status !== 'confirmed') return none; // a waiting place has no door code
  const url = checkInUrl(d.locale, registrationId);
  const image: InlineImage = {
    filename: 'kokoon-qr.png',
    content: await qrPng(url),
    contentType: 'image/png',
    contentId: CHECK_IN_QR_CID,
  };
  return {
    payload: { ...payload, data: { ...d, checkInUrl: url, checkInQrSrc: `cid:${CHECK_IN_QR_CID}` } },
    inline: [image],
  };
}

/**
 * A remote participant's calendar invitation carries their personal stream link, as the entry's
 * URL and LOCATION and in its DESCRIPTION, so the calendar's "join" opens the stream. Done when the
 * worker renders the mail (the registration id is known there). Cancellations need no link.
 */
export function withPersonalStreamLink(
  payload: RegistrationMailPayload,
  registrationId: number | null | undefined,
): RegistrationMailPayload {
  const inv = payload.invitation;
  if (!registrationId || !inv || inv.method !== 'REQUEST' || payload.data.attendance !== 'remote') return payload;
  if (payload.data.event.online === false) return payload; // an on-site-only event has no stream
  const link = streamLink(registrationId);
  const texts = calendarTexts(payload.data.locale).invitation;
  return {
    ...payload,
    invitation: {
      ...inv,
      url: link,
      location: link,
      // The stream link replaces "sent later"; the programme (between them, if any) stays.
      description: inv.description.replace(texts.streamLater, `${texts.stream}: ${link}`),
    },
  };
}
