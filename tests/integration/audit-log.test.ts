// The audit log as an admin reads it: names instead of ids, actions and fields in words, no
// "null → null" non-changes, filters by who, what, event and period, and every action the code
// writes has a name in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import {
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  auditActionKey,
  auditChanges,
  describeAction,
  describeChange,
  listAuditLog,
  parseAuditFilter,
  writeAudit,
} from '@/lib/audit';
import { translate } from '@/lib/i18n/messages';
import { formatDateTime } from '@/lib/time';

useTestDatabase();

const people = {} as Record<'admin' | 'hyks', Organiser>;
let eventId = 0;
let otherId = 0;
const fi = (key: string) => translate('fi', `editor.audit.${key}`);
const sv = (key: string) => translate('sv', `editor.audit.${key}`);

beforeAll(async () => {
  const admin = await inviteOrganiser(db(), { email: 'admin@audit.example', role: 'admin', regions: [] });
  const hyks = await inviteOrganiser(db(), {
    email: 'hyks.jarjestaja@audit.example',
    role: 'organiser',
    regions: ['HYKS'],
  });
  people.admin = { id: admin, email: 'admin@audit.example', name: null, role: 'admin', regions: [] };
  people.hyks = { id: hyks, email: 'hyks.jarjestaja@audit.example', name: null, role: 'organiser', regions: ['HYKS'] };
  const e = await createEvent({
    titleFi: 'Helsingin verkostopäivä',
    titleSv: 'Nätverksdag i Helsingfors',
    scope: 'region',
    regionCode: 'HYKS',
  });
  const other = await createEvent({ titleFi: 'Tampereen verkostopäivä', scope: 'region', regionCode: 'TAYS' });
  eventId = e.id;
  otherId = other.id;
  await writeAudit(db(), people.hyks, 'event.update', `event:${eventId}`, {
    before: { startsAt: '2027-03-24T07:00:00.000Z', venueName: 'Paasitorni', waitlistEnabled: false },
    after: { startsAt: '2027-03-25T07:00:00.000Z', venueName: 'Paasitorni', waitlistEnabled: true },
  });
  await writeAudit(db(), people.hyks, 'registration.undoCheckIn', 'registration:7', {
    eventId,
    before: { checkedInAt: null, attendedOnsite: null },
    after: { checkedInAt: null, attendedOnsite: null },
  });
  await writeAudit(db(), people.admin, 'organiser.invite', `user:${hyks}`, {
    after: { email: 'hyks.jarjestaja@audit.example', role: 'organiser', regions: ['HYKS'] },
  });
  await writeAudit(db(), people.admin, 'certificates.send', `event:${otherId}`, {
    eventId: otherId,
    queued: 3,
    attended: 4,
  });
});

describe('the audit log', () => {
  it('shows names, actions and changed fields in words, and leaves out what did not change', async () => {
    const rows = (await listAuditLog(people.admin, { locale: 'sv' }))!;
    const update = rows.find((r) => r.action === 'event.update')!;
    expect(update.targetLabel).toBe('Nätverksdag i Helsingfors');
    const lines = auditChanges(update.summary).map((c) => describeChange(c, fi, (d) => formatDateTime(d, 'fi')));
    expect(lines).toEqual([
      `Alkaa: ${formatDateTime(new Date('2027-03-24T07:00:00Z'), 'fi')} → ${formatDateTime(new Date('2027-03-25T07:00:00Z'), 'fi')}`,
      'Jonotuslista: ei → kyllä',
    ]);
    // An undo of a check-in that had not happened changes nothing: no "checkedInAt: null → null".
    expect(auditChanges(rows.find((r) => r.action === 'registration.undoCheckIn')!.summary)).toEqual([]);
    const invite = rows.find((r) => r.action === 'organiser.invite')!;
    expect(invite.targetLabel).toBe('hyks.jarjestaja@audit.example');
    expect(describeAction(invite.action, sv)).toBe('En arrangör bjöds in');
    expect(describeAction('certificates.send', fi)).toBe('Todistukset lähetettiin');
    expect(describeAction('survey.question.add', sv)).toBe('En fråga lades till i responsenkäten');
  });

  it('filters by who, what, event and period', async () => {
    const list = async (q: Record<string, string>) =>
      (await listAuditLog(people.admin, { filter: parseAuditFilter(q) }))!.map((r) => r.action).sort();
    expect(await list({ actor: 'hyks.jarjestaja@audit.example' })).toEqual([
      'event.update',
      'registration.undoCheckIn',
    ]);
    expect(await list({ action: 'certificates.send' })).toEqual(['certificates.send']);
    // By event: rows about it, also those whose target is a registration of it.
    expect(await list({ event: String(eventId) })).toEqual(['event.update', 'registration.undoCheckIn']);
    const today = new Date().toISOString().slice(0, 10);
    expect(await list({ from: today, to: today })).toHaveLength(4);
    expect(await list({ to: '2020-01-01' })).toEqual([]);
    // Nonsense in the query is ignored, not an error.
    expect(await list({ action: 'drop table', event: '1; --', from: '2027-13-45' })).toHaveLength(4);
    expect(await listAuditLog(people.hyks)).toBeNull();
  });

  it('has a name in Finnish and Swedish for every action the code writes', () => {
    for (const a of AUDIT_ACTIONS) {
      expect(fi(`actions.${auditActionKey(a)}`), a).not.toContain('editor.audit');
      expect(sv(`actions.${auditActionKey(a)}`), a).not.toContain('editor.audit');
      expect(sv(`actions.${auditActionKey(a)}`)).not.toBe(fi(`actions.${auditActionKey(a)}`));
    }
    // And every field a summary names (materials, own questions, audience lists included).
    for (const f of ['captioned', 'file', 'askedOf', 'labelFi', 'nameSv', 'active', ...AUDIT_FIELDS]) {
      expect(AUDIT_FIELDS as readonly string[], f).toContain(f);
      expect(fi(`fields.${f}`), f).not.toContain('editor.audit');
      expect(sv(`fields.${f}`), f).not.toContain('editor.audit');
    }
    // Every action literal written anywhere in lib/ is one of them (the type checks calls; this checks the list is whole).
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f))
          for (const m of readFileSync(p, 'utf8').matchAll(/(?:writeAudit|recordAudit)\([^,]+, [^,]+, '([a-zA-Z.]+)'/g))
            written.add(m[1]);
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'lib'));
    expect(written.size).toBeGreaterThan(15);
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });
});
