// Every mail Kokoon sends, by kind: its component, example props in both languages (previews,
// tests), its subject line, and what the worker attaches when it sends it. emails/render.ts renders
// any of them the same way; lib/mail/worker.ts looks nothing up anywhere else.
import type { FunctionComponent } from 'react';
import ConfirmationEmail from './confirmation';
import WaitlistedEmail from './waitlisted';
import PromotedEmail from './promoted';
import CancelledEmail from './cancelled';
import ReminderEmail from './reminder';
import EventChangedEmail from './event-changed';
import EventCancelledEmail from './event-cancelled';
import DuplicateEmail from './duplicate';
import StreamOpensEmail from './stream-opens';
import OrganiserMessageEmail from './organiser-message';
import AttendanceChangedEmail from './attendance-changed';
import MaterialsAvailableEmail from './materials-available';
import {
  exampleAlert,
  exampleDigest,
  OrganiserAlertEmail,
  organiserAlertSubject,
  OrganiserDigestEmail,
  organiserDigestSubject,
  type OrganiserAlertMail,
  type OrganiserDigestMail,
} from './organiser-alerts';
import { OfferEmail, OfferExpiredEmail } from './offer';
import WorkshopChangedEmail from './workshop-changed';
import FollowupEmail, {
  exampleFollowupPayloads,
  followupSubject,
  type CertificateMailPayload,
  type DataAccessMailPayload,
  type SurveyMailPayload,
} from './followup';
import { InviteEmail, inviteSubject, SignInEmail, type InviteMail, type SignInMail } from './signin';
import { EventInvitationEmail, eventInvitationSubject, type EventInvitationMail } from './event-invitation';
import { exampleChangeNotes, exampleMailData, MAIL_KINDS, type MailData, type MailKind } from './mail-data';
import { mailTranslator, subjectFor } from './messages';
import { locales, type Locale } from '@/lib/i18n/routing';

/** The props of each kind of mail. */
export type MailProps = { [K in MailKind]: MailData } & {
  survey: SurveyMailPayload;
  certificate: CertificateMailPayload;
  data_access: DataAccessMailPayload;
  signin: SignInMail;
  organiser_invite: InviteMail;
  event_invitation: EventInvitationMail;
  organiser_digest: OrganiserDigestMail;
  organiser_alert: OrganiserAlertMail;
};
/** Every kind of mail: the participant mails (MailKind) and the others. */
export type MailTemplateKind = keyof MailProps;

export type MailTemplate<P> = {
  component: FunctionComponent<P>;
  previewProps: Record<Locale, P>;
  subject: (props: P) => string;
  /**
   * What the worker adds when it sends (lib/mail/attachments.ts): the calendar invitation (.ics, and
   * the door check-in QR code of an on-site participant), or the certificate PDF. A mail with
   * attachments never goes in a batch request.
   */
  attachments?: 'invitation' | 'certificate';
};
export type MailTemplates = { [K in MailTemplateKind]: MailTemplate<MailProps[K]> };

const byLanguage = <P>(props: (locale: Locale) => P) =>
  Object.fromEntries(locales.map((l) => [l, props(l)])) as Record<Locale, P>;

type ParticipantOptions = { example?: (l: Locale) => Partial<MailData>; attachments?: 'invitation' };

function participant(
  kind: MailKind,
  component: FunctionComponent<MailData>,
  { example, attachments }: ParticipantOptions = {},
): MailTemplate<MailData> {
  return {
    component,
    previewProps: byLanguage((l) => ({ ...exampleMailData[l], ...example?.(l) })),
    subject: (d) => subjectFor(kind, d),
    attachments,
  };
}

const invitation = { attachments: 'invitation' } as const;

export const MAIL_TEMPLATES: MailTemplates = {
  confirmation: participant('confirmation', ConfirmationEmail, invitation),
  waitlisted: participant('waitlisted', WaitlistedEmail),
  promoted: participant('promoted', PromotedEmail, invitation),
  cancelled: participant('cancelled', CancelledEmail, invitation),
  reminder: participant('reminder', ReminderEmail, {
    example: () => ({ startsIn: { day: 'tomorrow', time: '9.00' } }),
  }),
  event_changed: participant('event_changed', EventChangedEmail, {
    ...invitation,
    example: (l) => ({ changeNote: exampleChangeNotes[l].changed }),
  }),
  event_cancelled: participant('event_cancelled', EventCancelledEmail, {
    ...invitation,
    example: (l) => ({ changeNote: exampleChangeNotes[l].cancelled }),
  }),
  duplicate: participant('duplicate', DuplicateEmail),
  stream_opens: participant('stream_opens', StreamOpensEmail, { example: () => ({ attendance: 'remote' }) }),
  organiser_message: participant('organiser_message', OrganiserMessageEmail),
  // An invitation unless the switch put the person on a waiting list (lib/mail/compose.ts).
  attendance_changed: participant('attendance_changed', AttendanceChangedEmail, {
    ...invitation,
    example: (l) => ({ previousAttendance: l === 'fi' ? 'remote' : 'onsite' }),
  }),
  materials_available: participant('materials_available', MaterialsAvailableEmail),
  offer: participant('offer', OfferEmail, {
    example: (l) => ({ offerExpires: l === 'fi' ? 'ti 15.12.2026 klo 14.30' : 'tis 15.12.2026 kl. 14.30' }),
  }),
  offer_expired: participant('offer_expired', OfferExpiredEmail),
  // An invitation unless the person is on the waiting list (lib/mail/compose.ts).
  workshop_changed: participant('workshop_changed', WorkshopChangedEmail, {
    ...invitation,
    example: (l) => ({
      workshop:
        l === 'fi'
          ? { slot: 'Rinnakkaiset työpajat', name: 'Monialainen yhteistyö' }
          : { slot: 'Parallella workshoppar', name: 'Sektorsövergripande samarbete' },
    }),
  }),
  survey: { component: FollowupEmail, previewProps: exampleFollowupPayloads.survey, subject: followupSubject },
  certificate: {
    component: FollowupEmail,
    previewProps: exampleFollowupPayloads.certificate,
    subject: followupSubject,
    attachments: 'certificate',
  },
  data_access: {
    component: FollowupEmail,
    previewProps: exampleFollowupPayloads.data_access,
    subject: followupSubject,
  },
  signin: {
    component: SignInEmail,
    previewProps: byLanguage((locale) => ({
      locale,
      url: 'https://kokoon.example/api/auth/callback/email?token=Zk3pQ9vT4nLwR7xKc1bY',
    })),
    subject: ({ locale }) => mailTranslator(locale)('signin.subject'),
  },
  organiser_invite: {
    component: InviteEmail,
    previewProps: byLanguage((locale) => ({
      role: locale === 'fi' ? 'organiser' : 'admin',
      regions: ['HYKS', 'TAYS'],
      baseUrl: 'https://kokoon.example',
      locale,
    })),
    subject: inviteSubject,
  },
  event_invitation: {
    component: EventInvitationEmail,
    previewProps: byLanguage((locale) => ({
      locale,
      title: locale === 'fi' ? 'Ohjausryhmän kokous' : 'Styrgruppens möte',
      when: locale === 'fi' ? 'ti 12.1.2027 klo 13.00–15.00' : 'tis 12.1.2027 kl. 13.00–15.00',
      place:
        locale === 'fi'
          ? 'Opetushallitus, Hakaniemenranta 6, Helsinki'
          : 'Utbildningsstyrelsen, Hagnäskajen 6, Helsingfors',
      url: `https://kokoon.example/${locale}/events/ohjausryhma-tammikuu/invitation/Zk3pQ9vT4nLwR7xKc1bYZk3pQ9vT4nLwR7xKc1bY123`,
    })),
    subject: eventInvitationSubject,
  },
  organiser_digest: {
    component: OrganiserDigestEmail,
    previewProps: byLanguage(exampleDigest),
    subject: organiserDigestSubject,
  },
  organiser_alert: {
    component: OrganiserAlertEmail,
    previewProps: byLanguage(exampleAlert),
    subject: organiserAlertSubject,
  },
};

export const MAIL_TEMPLATE_KINDS = Object.keys(MAIL_TEMPLATES) as MailTemplateKind[];

export function isMailTemplateKind(kind: unknown): kind is MailTemplateKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, kind);
}

/** Kinds of mail that carry a file (an invitation, a certificate PDF): never in a batch request. */
export const KINDS_WITH_ATTACHMENTS: readonly string[] = MAIL_TEMPLATE_KINDS.filter(
  (k) => MAIL_TEMPLATES[k].attachments,
);

// The participant kinds are all here (MAIL_KINDS is what the outbox rows of registrations carry).
for (const kind of MAIL_KINDS) if (!isMailTemplateKind(kind)) throw new Error(`no template for ${kind}`);
