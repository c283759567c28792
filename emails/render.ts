// Renders any mail (subject, HTML and plain text) from its kind, props and language, one way for all:
// pure — no database, no transport, no environment; lib/mail calls it when it drains the outbox. The
// plain-text part comes from the same component as the HTML, so the two never drift apart.
import { createElement, type FunctionComponent } from 'react';
import { render as renderEmail } from '@react-email/render';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import {
  isMailTemplateKind,
  MAIL_TEMPLATES,
  type MailProps,
  type MailTemplate,
  type MailTemplateKind,
} from './registry';
import type { MailData, MailKind, RenderedMail } from './mail-data';

export type { Locale } from '@/lib/i18n/routing';
export type { MailKind, MailEvent, MailData, RenderedMail } from './mail-data';
export { MAIL_KINDS, exampleMailData } from './mail-data';
export type { MailProps, MailTemplateKind } from './registry';

// Headings keep their case in the text part (html-to-text upper-cases them by default).
const headingSelectors = ['h1', 'h2'].map((selector) => ({ selector, options: { uppercase: false } }));

/** One mail of any kind in a language: the subject, the HTML and its plain-text part. */
export async function render<K extends MailTemplateKind>(
  kind: K,
  props: MailProps[K],
  locale: Locale,
): Promise<RenderedMail> {
  // Kinds and languages arrive from outbox rows, so check at run time too.
  if (!isMailTemplateKind(kind)) throw new Error(`unknown mail kind: ${String(kind)}`);
  if (!isLocale(locale)) throw new Error(`unknown mail locale: ${String(locale)}`);
  const template = MAIL_TEMPLATES[kind] as unknown as MailTemplate<MailProps[K]>;
  const withLocale = { ...props, locale } as MailProps[K];
  const element = createElement(
    template.component as FunctionComponent<Record<string, unknown>>,
    withLocale as Record<string, unknown>,
  );
  const [html, text] = await Promise.all([
    renderEmail(element),
    renderEmail(element, { plainText: true, htmlToTextOptions: { selectors: headingSelectors } }),
  ]);
  return { subject: template.subject(withLocale), html, text: text.trim() + '\n' };
}

/** A participant mail, in the language its data says. */
export function renderMail(kind: MailKind, data: MailData): Promise<RenderedMail> {
  return render(kind, data, data.locale);
}
