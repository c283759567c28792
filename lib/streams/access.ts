import 'server-only';
// Stream access for registered remote participants. The rule for mail scanners: a GET of the
// personal link never reveals the stream URL and never counts as attendance, whatever its headers
// (scanners open links in headless browsers, which send Sec-Fetch-User: ?1 like a person's click).
// The page shows a "join" button; its POST records the join and redirects. Only that counts as
// remote attendance.
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventMaterials, eventStreams, events, registrations } from '@/db/schema';
import { config } from '@/lib/config';
import { verifyStreamToken } from './tokens';
import type { Locale } from '@/lib/i18n/routing';

export type StreamEvent = {
  id: number;
  slug: string;
  titleFi: string;
  titleSv: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
};

export type StreamState =
  | { kind: 'invalid' }
  | {
      kind: 'refused';
      reason: 'cancelled' | 'notRemote' | 'waitlisted' | 'eventCancelled';
      event: StreamEvent;
      language: Locale;
    }
  | { kind: 'early'; event: StreamEvent; language: Locale; opensAt: Date }
  | { kind: 'ended'; event: StreamEvent; language: Locale; recordings: { title: string; url: string }[] }
  | { kind: 'notReady'; event: StreamEvent; language: Locale }
  | {
      kind: 'open';
      event: StreamEvent;
      language: Locale;
      url: string;
      instructions: string | null;
      registrationId: number;
    };

/** Open from STREAM_OPENS_MINUTES before the start until an hour after the end. */
export function streamWindow(e: { startsAt: Date; endsAt: Date }): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(e.startsAt.getTime() - config().STREAM_OPENS_MINUTES * 60_000),
    closesAt: new Date(e.endsAt.getTime() + 60 * 60_000),
  };
}

export async function streamState(token: string, now = new Date()): Promise<StreamState> {
  const id = verifyStreamToken(token);
  if (id === null) return { kind: 'invalid' };
  const [row] = await db()
    .select({
      status: registrations.status,
      attendance: registrations.attendance,
      language: registrations.language,
      event: {
        id: events.id,
        slug: events.slug,
        titleFi: events.titleFi,
        titleSv: events.titleSv,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        status: events.status,
      },
      url: eventStreams.url,
      instructionsFi: eventStreams.instructionsFi,
      instructionsSv: eventStreams.instructionsSv,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .leftJoin(eventStreams, eq(eventStreams.eventId, events.id))
    .where(eq(registrations.id, id));
  if (!row) return { kind: 'invalid' };
  const { event, language } = row;
  if (event.status === 'cancelled') return { kind: 'refused', reason: 'eventCancelled', event, language };
  if (row.status === 'cancelled') return { kind: 'refused', reason: 'cancelled', event, language };
  if (row.status === 'waitlisted') return { kind: 'refused', reason: 'waitlisted', event, language };
  if (row.attendance !== 'remote') return { kind: 'refused', reason: 'notRemote', event, language };
  const { opensAt, closesAt } = streamWindow(event);
  if (now < opensAt) return { kind: 'early', event, language, opensAt };
  if (now > closesAt) {
    const recordings = await db()
      .select({ titleFi: eventMaterials.titleFi, titleSv: eventMaterials.titleSv, url: eventMaterials.url })
      .from(eventMaterials)
      .where(and(eq(eventMaterials.eventId, event.id), eq(eventMaterials.kind, 'recording')));
    return {
      kind: 'ended',
      event,
      language,
      recordings: recordings.flatMap((r) =>
        r.url ? [{ title: language === 'sv' && r.titleSv ? r.titleSv : r.titleFi, url: r.url }] : [],
      ),
    };
  }
  if (!row.url) return { kind: 'notReady', event, language };
  const instructions = (language === 'sv' ? row.instructionsSv : null) ?? row.instructionsFi;
  return { kind: 'open', event, language, url: row.url, instructions, registrationId: id };
}

/** The person joins: remember the first time (remote attendance) and hand out the current URL. */
export async function joinStream(token: string, now = new Date()): Promise<StreamState> {
  const state = await streamState(token, now);
  if (state.kind === 'open') {
    await db()
      .update(registrations)
      .set({ remoteJoinedAt: sql`coalesce(${registrations.remoteJoinedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(registrations.id, state.registrationId));
  }
  return state;
}

/** Organisers set or change the stream until the last minute (the organiser UI calls this). */
export async function setEventStream(
  eventId: number,
  stream: { url: string; instructionsFi?: string | null; instructionsSv?: string | null },
) {
  const url = new URL(stream.url); // throws on anything that is not a URL
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('stream URL must be http(s)');
  await db()
    .insert(eventStreams)
    .values({
      eventId,
      url: url.toString(),
      instructionsFi: stream.instructionsFi ?? null,
      instructionsSv: stream.instructionsSv ?? null,
    })
    .onConflictDoUpdate({
      target: eventStreams.eventId,
      set: {
        url: url.toString(),
        instructionsFi: stream.instructionsFi ?? null,
        instructionsSv: stream.instructionsSv ?? null,
        updatedAt: new Date(),
      },
    });
}
