import 'server-only';
// The organiser's changes to one address on an invited event's list (issue 17): remove it (its
// personal link stops working and the address can no longer sign up) or send its invitation mail
// again. Both check the event's scope (lib/auth/guards), run under the event row's lock and are
// audited in their transaction (target `event:{id}`, the invitation's id — never the address).
//
// Removal is refused while the address has a live registration: the registration is the person's,
// and the organiser cancels it from the attendance list if that is what they mean. The removal
// touches the event row, so a sign-up that passed the list check just before is answered 'stale'
// by kokoon_register and checked again (lib/registrations/service.ts): nobody gets in after it.
//
// A resend makes a new personal link (only its hash is stored, so the old one cannot be mailed
// again; it stops working), at most one mail a minute to an address and three an hour per invitation.
import { and, eq, gt, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { auditLog, eventInvitations, events, rateLimits, registrations } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isValidId } from '@/lib/ids';
import { enqueueMany } from '@/lib/mail/outbox';
import { addressKey, rateLimitWindow } from '@/lib/rate-limit';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { INVITING_EVENT_COLUMNS, invitationMails } from './service';

export type InvitationChangeError =
  | 'invitations.errors.notFound'
  | 'invitations.errors.invitationNotFound'
  | 'invitations.errors.registered'
  | 'invitations.errors.closed'
  | 'invitations.errors.rateLimited';
export type InvitationChange =
  | { ok: true; value: { email: string } }
  | { ok: false; error: InvitationChangeError; params?: Record<string, string | number> };

export const RESENDS_PER_HOUR = 3;

async function lockedInvitation(tx: Tx, o: Organiser, eventId: number, invitationId: number) {
  const event = await findEventInScope(o, eventId, { lock: tx, columns: INVITING_EVENT_COLUMNS });
  if (!event) return { error: 'invitations.errors.notFound' } as const;
  if (!isValidId(invitationId)) return { error: 'invitations.errors.invitationNotFound' } as const;
  const [inv] = await tx
    .select()
    .from(eventInvitations)
    .where(and(eq(eventInvitations.id, invitationId), eq(eventInvitations.eventId, event.id)));
  if (!inv) return { error: 'invitations.errors.invitationNotFound' } as const;
  const [reg] = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, event.id),
        sql`lower(trim(${registrations.email})) = lower(trim(${inv.email}))`,
        sql`${registrations.status} <> 'cancelled'`,
      ),
    )
    .limit(1);
  return { event, inv, registered: !!reg };
}

/** Takes an address off the list, unless it has a live registration (then says so and changes nothing). */
export async function removeInvitation(o: Organiser, eventId: number, invitationId: number): Promise<InvitationChange> {
  if (!isValidId(eventId)) return { ok: false, error: 'invitations.errors.notFound' };
  return db().transaction(async (tx): Promise<InvitationChange> => {
    const found = await lockedInvitation(tx, o, eventId, invitationId);
    if ('error' in found) return { ok: false, error: found.error! };
    const { event, inv } = found;
    if (found.registered) return { ok: false, error: 'invitations.errors.registered', params: { email: inv.email } };
    await tx
      .delete(eventInvitations)
      .where(and(eq(eventInvitations.id, inv.id), eq(eventInvitations.eventId, event.id)));
    await tx.update(events).set({ updatedAt: new Date() }).where(eq(events.id, event.id));
    await writeAudit(tx, o, 'event.invitation.remove', `event:${event.id}`, { before: { invitationId: inv.id } });
    return { ok: true, value: { email: inv.email } };
  });
}

/** Mails the invitation again with a new personal link (not to an address that has already signed up). */
export async function resendInvitation(
  o: Organiser,
  eventId: number,
  invitationId: number,
  now = new Date(),
): Promise<InvitationChange> {
  if (!isValidId(eventId)) return { ok: false, error: 'invitations.errors.notFound' };
  return db().transaction(async (tx): Promise<InvitationChange> => {
    const found = await lockedInvitation(tx, o, eventId, invitationId);
    if ('error' in found) return { ok: false, error: found.error! };
    const { event, inv } = found;
    if (event.visibility !== 'invited' || event.status !== 'published' || now >= event.endsAt)
      return { ok: false, error: 'invitations.errors.closed' };
    if (found.registered) return { ok: false, error: 'invitations.errors.registered', params: { email: inv.email } };
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'event.invitation.resend'),
          eq(auditLog.target, `event:${event.id}`),
          sql`${auditLog.summary}->'after'->>'invitationId' = ${String(inv.id)}`,
          gt(auditLog.createdAt, new Date(now.getTime() - 3600_000)),
        ),
      );
    // The address's minute window, counted on this transaction's connection (no second one while the lock is held).
    const [hit] = await tx
      .insert(rateLimits)
      .values({
        key: addressKey('invitation-mail', inv.email),
        windowStart: rateLimitWindow(now).windowStart,
        count: 1,
      })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: { count: sql`${rateLimits.count} + 1` },
      })
      .returning({ count: rateLimits.count });
    if (n >= RESENDS_PER_HOUR || hit.count > 1)
      return {
        ok: false,
        error: 'invitations.errors.rateLimited',
        params: { minutes: n >= RESENDS_PER_HOUR ? 60 : 1 },
      };
    const token = newToken();
    await tx
      .update(eventInvitations)
      .set({ tokenHash: hashToken(token) })
      .where(and(eq(eventInvitations.id, inv.id), eq(eventInvitations.eventId, event.id)));
    await enqueueMany(tx, await invitationMails(event, inv.language, [{ email: inv.email, token }]));
    await writeAudit(tx, o, 'event.invitation.resend', `event:${event.id}`, { after: { invitationId: inv.id } });
    return { ok: true, value: { email: inv.email } };
  });
}
