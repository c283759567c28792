import 'server-only';
// The personal feed: every event a person (an e-mail address) is registered for, at a secret URL
// `/calendar/personal/{token}.ics`. The token is made on the manage page (a POST), stored only as
// a hash, and making a new one revokes the old URL for all of that person's registrations.
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { accessTokens, events, registrations } from '@/db/schema';
import { hashToken, looksLikeToken, newToken } from '@/lib/registrations/tokens';
import { publicBaseUrl } from '@/lib/config';
import { streamLink } from '@/lib/streams/tokens';
import type { Locale } from '@/lib/i18n/routing';

async function registrationForToken(token: string, purpose: 'manage' | 'feed') {
  if (!looksLikeToken(token)) return null;
  const [row] = await db()
    .select({ id: registrations.id, email: registrations.email, language: registrations.language })
    .from(accessTokens)
    .innerJoin(registrations, eq(registrations.id, accessTokens.registrationId))
    .where(
      and(
        eq(accessTokens.tokenHash, hashToken(token)),
        eq(accessTokens.purpose, purpose),
        isNull(accessTokens.revokedAt),
      ),
    );
  return row ?? null;
}

const sameEmail = (email: string) => sql`lower(btrim(${registrations.email})) = ${email.trim().toLowerCase()}`;

/** A new personal feed URL for the owner of this manage link; older feed URLs stop working. */
export async function resetPersonalFeed(manageToken: string, now = new Date()): Promise<string | null> {
  const owner = await registrationForToken(manageToken, 'manage');
  if (!owner) return null;
  return db().transaction(async (tx) => {
    const mine = tx.select({ id: registrations.id }).from(registrations).where(sameEmail(owner.email));
    await tx
      .update(accessTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(accessTokens.purpose, 'feed'),
          isNull(accessTokens.revokedAt),
          inArray(accessTokens.registrationId, mine),
        ),
      );
    const token = newToken();
    await tx.insert(accessTokens).values({ tokenHash: hashToken(token), purpose: 'feed', registrationId: owner.id });
    return `${publicBaseUrl()}/calendar/personal/${token}.ics`;
  });
}

export type PersonalFeedData = {
  language: Locale;
  entries: { eventId: number; status: 'confirmed' | 'waitlisted' }[];
  streamLinks: Map<number, string>;
};

/** What the personal feed shows, or null for an unknown or revoked token. Drafts never appear. */
export async function personalFeedData(feedToken: string): Promise<PersonalFeedData | null> {
  const owner = await registrationForToken(feedToken, 'feed');
  if (!owner) return null;
  const rows = await db()
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      status: registrations.status,
      attendance: registrations.attendance,
      format: events.format,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(sameEmail(owner.email), ne(registrations.status, 'cancelled'), ne(events.status, 'draft')));
  const streamLinks = new Map<number, string>();
  for (const r of rows) {
    if (r.status === 'confirmed' && r.attendance === 'remote' && r.format !== 'onsite')
      streamLinks.set(r.eventId, streamLink(r.id));
  }
  return {
    language: owner.language,
    entries: rows.map((r) => ({ eventId: r.eventId, status: r.status as 'confirmed' | 'waitlisted' })),
    streamLinks,
  };
}
