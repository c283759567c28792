import 'server-only';
// The audit log: every organiser action that changes data gets a row (who, what, which target, a
// before/after summary), written in the transaction of the change where there is one. Only admins
// read it.
import { desc } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';

export type AuditSummary = Record<string, unknown>;

export async function writeAudit(tx: Tx | ReturnType<typeof db>, o: Organiser, action: string, target: string, summary: AuditSummary | null = null): Promise<void> {
  await tx.insert(auditLog).values({ userId: o.id, actorEmail: o.email, action, target, summary });
}

/** Plain JSON of a value for the summary (dates as ISO strings). */
function plainValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(plainValue);
  return v;
}

/** Only what changed: { before: { field: old }, after: { field: new } }; null when nothing did. */
export function diffSummary<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: AuditSummary; after: AuditSummary } | null {
  const b: AuditSummary = {};
  const a: AuditSummary = {};
  for (const key of Object.keys(after)) {
    const was = plainValue(before[key]);
    const now = plainValue(after[key]);
    if (JSON.stringify(was ?? null) !== JSON.stringify(now ?? null)) {
      b[key] = was ?? null;
      a[key] = now ?? null;
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

export type AuditEntry = { id: number; actorEmail: string; action: string; target: string; summary: unknown; createdAt: Date };

/** The latest rows, newest first; null for anyone but an admin (the page answers 404). */
export async function listAuditLog(o: Organiser, limit = 200): Promise<AuditEntry[] | null> {
  if (!can(o, 'readAuditLog')) return null;
  return db().select({
    id: auditLog.id, actorEmail: auditLog.actorEmail, action: auditLog.action, target: auditLog.target,
    summary: auditLog.summary, createdAt: auditLog.createdAt,
  }).from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(Math.min(Math.max(limit, 1), 1000));
}

