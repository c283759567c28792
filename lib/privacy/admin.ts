import 'server-only';
// An admin handles a data request made by other means (mail, phone): looks up an address, downloads
// its data or erases it. Admins only; every step is written to the audit log under a hash of the
// address (the log outlives the erasure and must not keep the address). The lookup gives a
// short-lived reference, so the address never travels in a URL. The reference is stored in the same
// table as the self-service links but under its own hash (adminRefHash): the public page, its
// download and its erase button hash the bare token and can never find it, so a reference opens the
// person's data only in the workspace, for an admin, audited; and a person's e-mailed link never
// works as a workspace reference.
import { db } from '@/db/client';
import { dataRequests } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { hashToken, looksLikeToken, newToken } from '@/lib/registrations/tokens';
import {
  collectPersonalData,
  emailForDataToken,
  erasePersonalData,
  normaliseEmail,
  personRef,
  type ErasureReport,
  type PersonalData,
} from './data';
import { DATA_LINK_MINUTES } from './schema';

/** The stored hash of an admin's reference: a different domain from the self-service links' hashToken(token). */
function adminRefHash(token: string): string {
  return hashToken(`gdpr-admin-ref:${token}`);
}

export async function adminLookup(o: Organiser, email: string, now = new Date()): Promise<string | null> {
  if (!can(o, 'handleDataRequests')) return null;
  const e = normaliseEmail(email);
  const token = newToken();
  await db().transaction(async (tx) => {
    await tx.insert(dataRequests).values({
      tokenHash: adminRefHash(token),
      email: e,
      locale: 'fi',
      expiresAt: new Date(now.getTime() + DATA_LINK_MINUTES * 60_000),
    });
    await writeAudit(tx, o, 'gdpr.lookup', personRef(e));
  });
  return token;
}

/** The address behind an admin's lookup reference (null for non-admins and expired references). */
export async function adminEmail(o: Organiser, token: string, now = new Date()): Promise<string | null> {
  if (!can(o, 'handleDataRequests') || !looksLikeToken(token)) return null;
  return emailForDataToken(adminRefHash(token), now);
}

export async function adminExport(o: Organiser, token: string): Promise<PersonalData | null> {
  const email = await adminEmail(o, token);
  if (!email) return null;
  const data = await collectPersonalData(email);
  await writeAudit(db(), o, 'gdpr.export', personRef(email), { registrations: data.registrations.length });
  return data;
}

export async function adminErase(o: Organiser, token: string): Promise<ErasureReport | null> {
  const email = await adminEmail(o, token);
  if (!email) return null;
  const report = await erasePersonalData(email);
  await writeAudit(db(), o, 'gdpr.erase', personRef(email), report);
  return report;
}
