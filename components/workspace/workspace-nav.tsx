// The workspace navigation for the signed-in organiser: events, series, statistics, feedback for
// everyone; organisers, audit log and data requests only for those allowed (lib/auth/guards `can`).
import { getTranslations } from 'next-intl/server';
import { can, currentOrganiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { WorkspaceNavLinks, type WorkspaceNavItem } from './workspace-nav-links';

export async function WorkspaceNav({ locale, place }: { locale: Locale; place?: 'top' | 'bottom' }) {
  const organiser = await currentOrganiser();
  if (!organiser) return null; // the page itself sends a stranger to sign in
  const [t, ed, em, al] = await Promise.all([
    getTranslations('workspace'),
    getTranslations('editor'),
    getTranslations('embed.generator'),
    getTranslations('organiserAlerts'),
  ]);
  const ws = `/${locale}/workspace`;
  const items: WorkspaceNavItem[] = [
    { href: ws, text: t('navEvents'), also: [`${ws}/events`, `${ws}/checkin`] },
    { href: `${ws}/series`, text: ed('workspace.series') },
    // Region statistics need a region (a project organiser has none: its events' own statistics remain).
    ...(organiser.regions.length || can(organiser, 'actNationally') ? [{ href: `${ws}/stats`, text: t('stats') }] : []),
    { href: `${ws}/feedback`, text: t('feedbackLink') },
    { href: `${ws}/materials`, text: ed('materials.title') },
    ...(can(organiser, 'editAudienceLists') ? [{ href: `${ws}/audience`, text: t('audienceLink') }] : []),
    ...(can(organiser, 'manageOrganisers') ? [{ href: `${ws}/organisers`, text: t('organisers') }] : []),
    ...(can(organiser, 'readAuditLog') ? [{ href: `${ws}/audit`, text: ed('workspace.audit') }] : []),
    ...(can(organiser, 'handleDataRequests') ? [{ href: `${ws}/privacy`, text: t('privacyLink') }] : []),
    ...(can(organiser, 'embedList') ? [{ href: `${ws}/embed`, text: em('navLink') }] : []),
    { href: `${ws}/account`, text: al('navLink') },
  ];
  return <WorkspaceNavLinks label={t('navLabel')} items={items} place={place} />;
}
