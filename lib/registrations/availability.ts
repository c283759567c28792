import 'server-only';
// Free places of an event, asked of the database function that the sign-up itself uses
// (kokoon_seats_left, migration 0013_house_register_rules): confirmed registrations of a mode
// against the mode's capacity. The rule is written once, in SQL; TypeScript never counts again.
// Inside a transaction that holds the event lock (promotion, a switch of mode) pass the transaction,
// so the answer includes its own changes.
import { sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import type { Mode } from '@/lib/events/availability';

type Executor = Tx | ReturnType<typeof db>;

/** Free places per mode; null = unlimited. The public event page shows the same numbers. */
export async function seatsLeft(eventId: number, executor: Executor = db()): Promise<Record<Mode, number | null>> {
  const [row] = await executor.execute<{ onsite: number | null; remote: number | null }>(sql`
    select kokoon_seats_left(${eventId}, 'onsite') as onsite, kokoon_seats_left(${eventId}, 'remote') as remote`);
  return { onsite: row?.onsite ?? null, remote: row?.remote ?? null };
}

/** Free places of one mode; null = unlimited. */
export async function seatsLeftIn(executor: Executor, eventId: number, mode: Mode): Promise<number | null> {
  const [row] = await executor.execute<{ left: number | null }>(
    sql`select kokoon_seats_left(${eventId}, ${mode}::attendance_mode) as left`,
  );
  return row?.left ?? null;
}

/** Whether one more person fits in the mode now. */
export async function hasRoom(executor: Executor, eventId: number, mode: Mode): Promise<boolean> {
  const left = await seatsLeftIn(executor, eventId, mode);
  return left === null || left > 0;
}
