import 'server-only';
// An admin handles a data request made by other means (mail, phone): looks up an address, downloads
// its data or erases it. Admins only; every step is written to the audit log under a hash of the
// address (the log outlives the erasure and must not keep the address). The lookup gives a
// short-lived reference of the same kind as the self-service link, so the address never travels in a URL.
import { db } from '@/db/client';
import { dataRequests } from '@/db/schema';
import type { Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { collectPersonalData, erasePersonalData, normaliseEmail, personRef, type ErasureReport, type PersonalData } from './data';
import { emailForDataLink } from './requests';
import { DATA_LINK_MINUTES } from './schema';

export async function adminLookup(o: Organiser, email: string, now = new Date()): Promise<string | null> {
  if (o.role !== 'admin') return null;
  const e = normaliseEmail(email);
  const token = newToken();
  await db().transaction(async (tx) => {
    await tx.insert(dataRequests).values({ tokenHash: hashToken(token), email: e, locale: 'fi', expiresAt: new Date(now.getTime() + DATA_LINK_MINUTES * 60_000) });
    await writeAudit(tx, o, 'gdpr.lookup', personRef(e));
  });
  return token;
}

/** The address behind an admin's lookup reference (null for non-admins and expired references). */
export async function adminEmail(o: Organiser, token: string): Promise<string | null> {
  return o.role === 'admin' ? emailForDataLink(token) : null;
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
