import 'server-only';
// The demo's mailbox: mails kept by the `dev` transport. Reachable only while MAIL_TRANSPORT=dev
// and the app runs on localhost, so a real installation can never show anyone's mail.
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { devMailbox } from '@/db/schema';
import { config } from '@/lib/config';

export function devMailboxEnabled(): boolean {
  const c = config();
  const host = new URL(c.APP_URL).hostname;
  return c.MAIL_TRANSPORT === 'dev' && ['localhost', '127.0.0.1', '::1', '[::1]'].includes(host);
}

export async function listDevMails(limit = 100) {
  if (!devMailboxEnabled()) return null;
  return db().select({ id: devMailbox.id, toEmail: devMailbox.toEmail, subject: devMailbox.subject, createdAt: devMailbox.createdAt })
    .from(devMailbox).orderBy(desc(devMailbox.id)).limit(limit);
}

export async function getDevMail(id: number) {
  if (!devMailboxEnabled() || !Number.isSafeInteger(id)) return null;
  const [row] = await db().select().from(devMailbox).where(eq(devMailbox.id, id));
  return row ?? null;
}
