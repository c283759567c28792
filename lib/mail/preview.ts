import 'server-only';
// What a bulk sending will look like before it goes (certificates, the feedback survey): the mail
// rendered by the same registry and render() the worker uses, in Finnish and in Swedish, and how
// many of its recipients chose each language. The "send a test to me" half is ./test-send.ts.
import { render, type MailProps, type MailTemplateKind, type RenderedMail } from '@/emails/render';
import { translate } from '@/lib/i18n/messages';
import { locales, type Locale } from '@/lib/i18n/routing';
import type { Organiser } from '@/lib/auth/guards';

export type LanguageCounts = { fi: number; sv: number };
export type MailPreview = Record<Locale, RenderedMail>;

/** The mail of `kind` in both languages, with the props a recipient of each language would get. */
export async function previewInBothLanguages<K extends MailTemplateKind>(
  kind: K,
  props: (locale: Locale) => MailProps[K],
): Promise<MailPreview> {
  const rendered = await Promise.all(locales.map((l) => render(kind, props(l), l)));
  return Object.fromEntries(locales.map((l, i) => [l, rendered[i]])) as MailPreview;
}

/** The name a preview and a test greet and print: the organiser's own, or a sample name. */
export function previewName(o: Organiser, locale: Locale): string {
  return o.name?.trim() || translate(locale, 'mailPreview.sampleName');
}
