import 'server-only';
// The demo's mailbox: mails kept by the `dev` transport. Reachable only while MAIL_TRANSPORT=dev
// and the app runs on localhost, so a real installation can never show anyone's mail — and only to
// a request from this machine (loopback peer address, as server.ts saw it, and a localhost Host):
// the mailbox shows sign-in links, so a demo reachable from the LAN must not hand out sessions.
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { devMailbox } from '@/db/schema';
import { config } from '@/lib/config';
import { isLoopback, peerAddress } from '@/lib/client-ip';

export function devMailboxEnabled(): boolean {
  const c = config();
  const host = new URL(c.APP_URL).hostname;
  return c.MAIL_TRANSPORT === 'dev' && ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host);
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The request comes from this machine and names it as localhost. */
export function isLocalRequest(headers: Headers): boolean {
  const host = (headers.get('host') ?? '').toLowerCase().replace(/:\d+$/, '');
  return isLoopback(peerAddress(headers)) && LOCAL_HOSTS.has(host);
}

export async function listDevMails(headers: Headers, limit = 100) {
  if (!devMailboxEnabled() || !isLocalRequest(headers)) return null;
  return db()
    .select({
      id: devMailbox.id,
      toEmail: devMailbox.toEmail,
      subject: devMailbox.subject,
      createdAt: devMailbox.createdAt,
    })
    .from(devMailbox)
    .orderBy(desc(devMailbox.id))
    .limit(limit);
}

export async function getDevMail(headers: Headers, id: number) {
  if (!devMailboxEnabled() || !isLocalRequest(headers) || !Number.isSafeInteger(id)) return null;
  const [row] = await db().select().from(devMailbox).where(eq(devMailbox.id, id));
  return row ?? null;
}
