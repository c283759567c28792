import 'server-only';
// The attendance actions' audit rows, written through lib/audit in the transaction of the change
// itself, so the log never claims a change that rolled back nor misses one that committed.
// Summaries hold ids and the changed fields only (no names or addresses: the log outlives the
// registrations, which retention anonymises).
import type { Database, Tx } from '@/db/client';
import type { Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';

export type AuditAction =
  | 'registration.checkIn'
  | 'registration.undoCheckIn'
  | 'registration.markAttended'
  | 'registration.cancelOnBehalf'
  | 'registration.promote'
  | 'registration.move'
  | 'registrations.export';

export async function recordAudit(
  tx: Tx | Database,
  o: Organiser,
  action: AuditAction,
  target: string,
  summary: { eventId: number; before?: Record<string, unknown>; after?: Record<string, unknown>; [k: string]: unknown },
): Promise<void> {
  await writeAudit(tx, o, action, target, summary);
}
