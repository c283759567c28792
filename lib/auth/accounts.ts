// Creating and inviting organiser accounts (the admin CLI and the demo seed). No `server-only`:
// it runs from scripts.
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { organiserRegions, users } from '@/db/schema';

export async function inviteOrganiser(
  db: Database,
  input: { email: string; name?: string; role: 'admin' | 'organiser' | 'project'; regions: string[] },
) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`not an e-mail address: ${input.email}`);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name ?? null, role: input.role })
      .onConflictDoUpdate({
        target: users.email,
        set: { role: input.role, disabledAt: null, name: sql`coalesce(excluded.name, ${users.name})` },
      })
      .returning({ id: users.id });
    await tx.delete(organiserRegions).where(eq(organiserRegions.userId, user.id));
    // Only a regional organiser has regions (a project organiser is tied to none).
    const regions = input.role === 'organiser' ? input.regions : [];
    if (regions.length)
      await tx.insert(organiserRegions).values(regions.map((regionCode) => ({ userId: user.id, regionCode })));
    return user.id;
  });
}

export const DEMO_ORGANISERS = [
  { email: 'admin@kokoon.example', name: 'Anna Virtanen', role: 'admin' as const, regions: [] },
  ...['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS'].map((code) => ({
    email: `${code.toLowerCase()}@kokoon.example`,
    name: `${code}-alueen ydinryhmä`,
    role: 'organiser' as const,
    regions: [code],
  })),
  // TUVET project staff: no region, named on the TUVET series (db/seed/organisers.ts).
  { email: 'tuvet@kokoon.example', name: 'TUVET-hanke', role: 'project' as const, regions: [] },
];
