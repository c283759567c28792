// The parts of the message catalogue that client components get. No layout hands messages to every
// page: each island that translates in the browser is wrapped in its own provider with the
// namespaces below (components/i18n/intl-island.tsx), or — the sign-up form, on the busiest page —
// gets just its messages as a prop (components/i18n/translate.ts, no use-intl in the browser).
// Workspace pages (app/[locale]/(workspace)/layout.tsx) keep one provider with the editors'
// namespaces. A client component that starts using another namespace must add it here (the e2e
// raw-key walk and the workspace flows fail otherwise).
import type { AbstractIntlMessages } from 'next-intl';

/** Namespaces of the public islands that use next-intl (manage page, my data, feedback survey). */
export const PUBLIC_CLIENT_NAMESPACES = [
  'registration',
  'validation',
  'manage',
  'errors',
  'security',
  'signin',
  'privacyData',
  'survey',
] as const;
export const WORKSPACE_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  'editor',
  'attendance',
  'messages',
  'materialsArchive',
] as const;

/**
 * What the sign-up form shows (dotted paths pick part of a namespace). These messages are filled
 * in by components/i18n/translate.ts, which knows `{name}` placeholders and nothing else of ICU:
 * tests/unit/client-messages.test.ts keeps them that simple.
 */
export const SIGN_UP_FORM_MESSAGES = ['registration.form', 'validation', 'security.controlCharacters'] as const;

/** The given namespaces, or parts of them ("registration.form"), of a catalogue. */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: AbstractIntlMessages | string | undefined = messages;
    let to = picked;
    for (const [i, key] of keys.entries()) {
      if (typeof from !== 'object' || !(key in from)) break;
      from = from[key];
      if (i === keys.length - 1) to[key] = from;
      else to = (to[key] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}
