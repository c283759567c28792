import 'server-only';
// The sign-up's question to an invited event's list (issue 17). Apart from ./service.ts because the
// public sign-up is bundled into server.ts (lib/registrations): this module must stay free of the
// workspace's imports (Auth.js, next/navigation).
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventInvitations } from '@/db/schema';

/**
 * Why this address may not register for this event: an invited event takes only addresses on its
 * list. Null for public and unlisted events (no query) and for invited addresses.
 */
export async function invitationRefusal(
  event: { id: number; visibility: 'public' | 'unlisted' | 'invited' },
  email: string,
): Promise<{ ok: false; error: 'registration.notInvited' } | null> {
  if (event.visibility !== 'invited') return null;
  const [row] = await db()
    .select({ id: eventInvitations.id })
    .from(eventInvitations)
    .where(
      and(
        eq(eventInvitations.eventId, event.id),
        sql`lower(trim(${eventInvitations.email})) = ${email.trim().toLowerCase()}`,
      ),
    )
    .limit(1);
  return row ? null : { ok: false, error: 'registration.notInvited' };
}
