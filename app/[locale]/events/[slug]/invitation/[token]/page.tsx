import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicEvent } from '@/lib/events/queries';
import { findInvitation } from '@/lib/invitations/service';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { EventArticle } from '@/components/events/event-article';

// An invitation's personal sign-up link (issue 17): the event's page with the invited address filled
// in. Per request (it shows that address), never indexed, and its URL never travels on as a Referer.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const event = await getPublicEvent(slug);
  return {
    ...(event ? { title: localized(locale, event.titleFi, event.titleSv) } : {}),
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

export default async function InvitationPage({ params }: Props) {
  await connection();
  const { locale: rawLocale, slug, token } = await params;
  const locale = pageLocale(rawLocale);
  const [event, invitation] = await Promise.all([getPublicEvent(slug), findInvitation(slug, token)]);
  if (!event || !invitation) notFound();
  return <EventArticle event={event} locale={locale} invitedEmail={invitation.email} />;
}
