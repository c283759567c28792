import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { listAuditLog } from '@/lib/audit';
import { formatDateTime } from '@/lib/time';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false } };

const KNOWN_ACTIONS = ['event.create', 'event.update', 'event.publish', 'event.unpublish', 'event.cancel', 'event.duplicate',
  'event.capacity', 'event.stream', 'event.material', 'series.create', 'series.update',
  'registration.checkIn', 'registration.undoCheckIn', 'registration.markAttended', 'registration.cancelOnBehalf', 'registration.promote',
  'registrations.export', 'event.message', 'registration.move', 'organiser.invite', 'organiser.update'];

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** "field: old → new" lines from a { before, after } summary, other keys as "key: value". */
function summaryLines(summary: unknown): string[] {
  if (!summary || typeof summary !== 'object') return [];
  const { before, after, ...rest } = summary as { before?: Record<string, unknown>; after?: Record<string, unknown> } & Record<string, unknown>;
  const lines: string[] = [];
  for (const key of Object.keys(after ?? {})) {
    lines.push(before && key in before ? `${key}: ${short(before[key])} → ${short(after![key])}` : `${key}: ${short(after![key])}`);
  }
  for (const [key, v] of Object.entries(rest)) if (v !== null && v !== undefined) lines.push(`${key}: ${short(v)}`);
  return lines;
}

/** Links an "event:12" or "series:3" target to its editor. */
function targetHref(target: string): string | null {
  const m = /^(event|series):(\d+)$/.exec(target);
  if (!m) return null;
  return m[1] === 'event' ? `/workspace/events/${m[2]}/edit` : `/workspace/series/${m[2]}`;
}

/** The latest changes by organisers: for national admins only (others get a 404). */
export default async function AuditPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/audit`);
  const rows = await listAuditLog(organiser, 200);
  if (!rows) notFound();
  const t = await getTranslations('editor');
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('audit.title')}</h1>
      <p>{t('audit.intro', { count: rows.length })}</p>
      {rows.length === 0 ? <p>{t('audit.none')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('audit.title')}</caption>
            <thead><tr className="border-b border-line">
              <th scope="col" className="p-2">{t('audit.colWhen')}</th>
              <th scope="col" className="p-2">{t('audit.colWho')}</th>
              <th scope="col" className="p-2">{t('audit.colAction')}</th>
              <th scope="col" className="p-2">{t('audit.colTarget')}</th>
              <th scope="col" className="p-2">{t('audit.colSummary')}</th>
            </tr></thead>
            <tbody>
              {rows.map((r) => {
                const href = targetHref(r.target);
                return (
                  <tr key={r.id} className="border-b border-line align-top">
                    <td className="p-2 whitespace-nowrap"><time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, locale)}</time></td>
                    <td className="p-2 break-all">{r.actorEmail}</td>
                    <td className="p-2">{KNOWN_ACTIONS.includes(r.action) ? t(`audit.actions.${r.action.replace('.', '_')}` as 'audit.actions.event_create') : r.action}</td>
                    <td className="p-2 whitespace-nowrap">{href ? <Link href={href}>{r.target}</Link> : r.target}</td>
                    <td className="p-2">
                      <ul className="text-sm break-words">
                        {summaryLines(r.summary).map((line, i) => <li key={i}>{line}</li>)}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
