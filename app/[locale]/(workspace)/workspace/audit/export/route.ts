// The audit log as CSV, with the page's filters (national admins only; a 404 for everyone else).
import { getTranslations } from 'next-intl/server';
import { withOrganiser } from '@/lib/auth/entry-points';
import { auditChanges, describeAction, describeChange, listAuditLog, parseAuditFilter } from '@/lib/audit';
import { toCsv } from '@/lib/csv';
import { fileResponse } from '@/lib/http';
import { formatDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser(
  async ({ organiser, url, locale }) => {
    const rows = (await listAuditLog(organiser, {
      filter: parseAuditFilter(Object.fromEntries(url.searchParams)),
      limit: 5000,
      locale,
    }))!;
    const ta = await getTranslations({ locale, namespace: 'editor.audit' });
    const tr = (key: string) => ta(key as 'yes');
    const date = (d: Date) => formatDateTime(d, locale);
    const body = toCsv(
      [
        tr('csv.when'),
        tr('csv.who'),
        tr('csv.whoName'),
        tr('csv.action'),
        tr('csv.target'),
        tr('csv.targetName'),
        tr('csv.changes'),
      ],
      rows.map((r) => [
        date(r.createdAt),
        r.actorEmail,
        r.actorName,
        describeAction(r.action, tr),
        r.target,
        r.targetLabel,
        auditChanges(r.summary)
          .map((c) => describeChange(c, tr, date))
          .join('\n'),
      ]),
    );
    return fileResponse({
      body,
      contentType: 'text/csv; charset=utf-8',
      filename: `kokoon-audit-${new Date().toISOString().slice(0, 10)}.csv`,
    });
  },
  { admin: 'readAuditLog' },
);
