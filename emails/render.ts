// Renders a participant mail (subject, HTML and plain text) from its kind and data. Pure: no database,
// no transport, no environment; lib/mail calls it when it drains the outbox. The plain-text part comes
// from the same component as the HTML, so the two never drift apart.
import { createElement, type FunctionComponent } from 'react';
import { render } from '@react-email/render';
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
import { MAIL_KINDS, type MailData, type MailKind, type RenderedMail } from './mail-data';
import { subjectFor } from './messages';

export type { Locale } from '@/lib/i18n/routing';
export type { MailKind, MailEvent, MailData, RenderedMail } from './mail-data';
export { MAIL_KINDS, exampleMailData } from './mail-data';

const templates: Record<MailKind, FunctionComponent<MailData>> = {
  confirmation: ConfirmationEmail,
  waitlisted: WaitlistedEmail,
  promoted: PromotedEmail,
  cancelled: CancelledEmail,
  reminder: ReminderEmail,
  event_changed: EventChangedEmail,
  event_cancelled: EventCancelledEmail,
  duplicate: DuplicateEmail,
  stream_opens: StreamOpensEmail,
  organiser_message: OrganiserMessageEmail,
  attendance_changed: AttendanceChangedEmail,
};

// Headings keep their case in the text part (html-to-text upper-cases them by default).
const headingSelectors = ['h1', 'h2'].map((selector) => ({ selector, options: { uppercase: false } }));

export async function renderMail(kind: MailKind, data: MailData): Promise<RenderedMail> {
  // Kinds arrive from outbox rows, so check at run time too.
  if (!MAIL_KINDS.includes(kind)) throw new Error(`unknown mail kind: ${String(kind)}`);
  if (data.locale !== 'fi' && data.locale !== 'sv') throw new Error(`unknown mail locale: ${String(data.locale)}`);
  const element = createElement(templates[kind], data);
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: headingSelectors } }),
  ]);
  return { subject: subjectFor(kind, data), html, text: text.trim() + '\n' };
}
