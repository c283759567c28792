import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import {
  AUDIT_ACTIONS,
  auditActionKey,
  auditActors,
  auditChanges,
  describeAction,
  describeChange,
  listAuditLog,
  parseAuditFilter,
} from '@/lib/audit';
import { formatDateTime } from '@/lib/time';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false } };

/** Links an "event:12" or "series:3" target to its editor. */
function targetHref(target: string): string | null {
  const m = /^(event|series):(\d+)$/.exec(target);
  if (!m) return null;
  return m[1] === 'event' ? `/workspace/events/${m[2]}/edit` : `/workspace/series/${m[2]}`;
}

const field = 'mt-1 block w-full rounded border border-line bg-white p-2';

/** The latest changes by organisers, with filters and a CSV export: for national admins only (others get a 404). */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const locale = pageLocale((await params).locale);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/audit`);
  const query = await searchParams;
  const filter = parseAuditFilter(query);
  const [rows, actors] = await Promise.all([
    listAuditLog(organiser, { filter, limit: 200, locale }),
    auditActors(organiser),
  ]);
  if (!rows || !actors) notFound();
  const t = await getTranslations('editor');
  const ta = await getTranslations('editor.audit');
  const tr = (key: string) => ta(key as 'yes');
  const filtered = Object.values(filter).some((v) => v !== undefined);
  const exportQuery = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  ).toString();
  const value = (k: string) => (typeof query[k] === 'string' ? (query[k] as string) : '');
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('audit.title')}</h1>
      <form method="get" className="rounded border border-line bg-white p-4">
        <fieldset>
          <legend className="font-semibold">{t('audit.filters.legend')}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <label className="block">
              {t('audit.filters.who')}
              <select name="actor" defaultValue={filter.actor ?? ''} className={field}>
                <option value="">{t('audit.filters.any')}</option>
                {actors.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t('audit.filters.what')}
              <select name="action" defaultValue={filter.action ?? ''} className={field}>
                <option value="">{t('audit.filters.any')}</option>
                {AUDIT_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {tr(`actions.${auditActionKey(a)}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="block">
              {t('audit.filters.event')}
              <input
                name="event"
                inputMode="numeric"
                pattern="[0-9]*"
                defaultValue={value('event')}
                className={field}
              />
            </label>
            <label className="block">
              {t('audit.filters.from')}
              <input type="date" name="from" defaultValue={value('from')} className={field} />
            </label>
            <label className="block">
              {t('audit.filters.to')}
              <input type="date" name="to" defaultValue={value('to')} className={field} />
            </label>
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-4">
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
              {t('audit.filters.submit')}
            </button>
            {filtered && <Link href="/workspace/audit">{t('audit.filters.reset')}</Link>}
            <a href={`/${locale}/workspace/audit/export${exportQuery ? `?${exportQuery}` : ''}`} download>
              {t('audit.filters.csv')}
            </a>
          </div>
        </fieldset>
      </form>
      <p>{t('audit.intro', { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p>{filtered ? t('audit.noneFiltered') : t('audit.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('audit.title')}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-2">
                  {t('audit.colWhen')}
                </th>
                <th scope="col" className="p-2">
                  {t('audit.colWho')}
                </th>
                <th scope="col" className="p-2">
                  {t('audit.colAction')}
                </th>
                <th scope="col" className="p-2">
                  {t('audit.colTarget')}
                </th>
                <th scope="col" className="p-2">
                  {t('audit.colSummary')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const href = targetHref(r.target);
                const name = r.targetLabel ?? r.target;
                return (
                  <tr key={r.id} className="border-b border-line align-top">
                    <td className="p-2 whitespace-nowrap">
                      <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, locale)}</time>
                    </td>
                    <td className="p-2 [overflow-wrap:anywhere]">
                      {r.actorName ? (
                        <>
                          {r.actorName}
                          <br />
                          <span className="text-sm text-muted">{r.actorEmail}</span>
                        </>
                      ) : (
                        r.actorEmail
                      )}
                    </td>
                    <td className="p-2">{describeAction(r.action, tr)}</td>
                    <td className="p-2 [overflow-wrap:anywhere]">{href ? <Link href={href}>{name}</Link> : name}</td>
                    <td className="p-2">
                      <ul className="text-sm [overflow-wrap:anywhere]">
                        {auditChanges(r.summary).map((c, i) => (
                          <li key={i}>{describeChange(c, tr, (d) => formatDateTime(d, locale))}</li>
                        ))}
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
