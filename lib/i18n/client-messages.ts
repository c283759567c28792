// The part of the message catalogue that client components need. The provider would otherwise
// serialise the whole catalogue (~60 KB a language) into every page; public pages send the
// namespaces of their forms, workspace pages (app/[locale]/(workspace)/layout.tsx) add the editors'.
// A client component that starts using another namespace must add it here (the e2e raw-key walk
// and the workspace flows fail otherwise).
import type { AbstractIntlMessages } from 'next-intl';

export const PUBLIC_CLIENT_NAMESPACES = ['registration', 'validation', 'manage', 'errors', 'security', 'signin', 'privacyData', 'survey'] as const;
export const WORKSPACE_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, 'editor', 'attendance', 'messages'] as const;

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]));
}
