import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { registrations, mailOutbox } from '@/db/schema';
import { registerParticipant, cancelRegistration } from '@/lib/registrations/service';
import { setEventStream, streamState } from '@/lib/streams/access';
import { streamToken } from '@/lib/streams/tokens';
import { enqueueStreamOpensMails } from '@/lib/mail/scheduled';
import { resetPersonalFeed, personalFeedData } from '@/lib/calendar/personal';
import { GET as streamGET, POST as streamPOST } from '@/app/stream/[token]/route';
import { GET as eventsGET } from '@/app/api/events/route';
import { GET as personalGET } from '@/app/calendar/personal/[file]/route';

useTestDatabase();

const MIN = 60_000;
const STREAM = 'https://video.example.fi/live/salainen-huone-123';

async function remoteParticipant(startsInMinutes: number, o: Parameters<typeof person>[0] = {}) {
  const now = new Date();
  const event = await createEvent({
    format: 'hybrid',
    capacityRemote: null,
    startsAt: new Date(now.getTime() + startsInMinutes * MIN),
    endsAt: new Date(now.getTime() + (startsInMinutes + 120) * MIN),
    registrationClosesAt: null,
  });
  await setEventStream(event.id, { url: STREAM, instructionsFi: 'Tunnusluku 4321' });
  const r = await registerParticipant(event.slug, person({ attendance: 'remote', ...o }));
  if (!r.ok) throw new Error(r.error);
  return {
    event,
    registrationId: r.value.registrationId,
    manageToken: r.value.manageToken,
    token: streamToken(r.value.registrationId),
  };
}

const open = (token: string, method: 'GET' | 'POST', headers: Record<string, string> = {}) => {
  const req = new NextRequest(`http://localhost/stream/${token}`, { method, headers });
  return (method === 'GET' ? streamGET : streamPOST)(req, { params: Promise.resolve({ token }) });
};

const joinedAt = async (id: number) =>
  (await db().select({ at: registrations.remoteJoinedAt }).from(registrations).where(eq(registrations.id, id)))[0].at;

describe('personal stream links', () => {
  it('show a page to whatever opens the link, counting nothing; only the join button redirects and counts', async () => {
    const p = await remoteParticipant(10);
    // A plain fetch, and a browser's navigation as a person's click or a scanner's headless browser sends it.
    for (const headers of [
      {},
      { 'sec-fetch-user': '?1', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'none' },
    ] as Record<string, string>[]) {
      const opened = await open(p.token, 'GET', headers);
      expect(opened.status).toBe(200);
      expect(opened.headers.get('location')).toBeNull();
      const html = await opened.text();
      expect(html).not.toContain(STREAM);
      expect(html).toContain('Avaa striimi');
      expect(html).toContain('Tunnusluku 4321');
      expect(await joinedAt(p.registrationId)).toBeNull();
    }

    const button = await open(p.token, 'POST');
    expect(button.status).toBe(303);
    expect(button.headers.get('location')).toBe(STREAM);
    const first = await joinedAt(p.registrationId);
    expect(first).not.toBeNull();
    expect((await open(p.token, 'POST')).status).toBe(303);
    expect(await joinedAt(p.registrationId)).toEqual(first); // the first join is what counts
  });

  it('follow the stream URL when the organiser changes it at the last minute', async () => {
    const p = await remoteParticipant(5);
    await setEventStream(p.event.id, { url: 'https://video.example.fi/live/uusi-huone' });
    expect((await open(p.token, 'POST')).headers.get('location')).toBe('https://video.example.fi/live/uusi-huone');
  });

  it("before the window show when the stream opens, in the participant's language, without the URL", async () => {
    const p = await remoteParticipant(24 * 60, { language: 'sv' });
    const res = await open(p.token, 'GET', { 'sec-fetch-user': '?1' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('lang="sv"');
    expect(html).toContain('Livesändningen öppnar');
    expect(html).not.toContain(STREAM);
    expect((await open(p.token, 'POST')).status).toBe(409);
    expect(await joinedAt(p.registrationId)).toBeNull();
  });

  it('refuse a cancelled registration, an on-site one and a forged or wrong token, never giving the URL', async () => {
    const cancelled = await remoteParticipant(10);
    await cancelRegistration(cancelled.manageToken);
    expect(await streamState(cancelled.token)).toMatchObject({ kind: 'refused', reason: 'cancelled' });
    const res = await open(cancelled.token, 'POST');
    expect(res.status).toBe(409);
    expect(await res.text()).not.toContain(STREAM);

    const onsite = await remoteParticipant(10, { attendance: 'onsite' });
    expect(await streamState(onsite.token)).toMatchObject({ kind: 'refused', reason: 'notRemote' });

    const forged = `${cancelled.registrationId + 1}.${cancelled.token.split('.')[1]}`;
    for (const bad of [forged, 'abc', `${onsite.registrationId}.${'A'.repeat(43)}`]) {
      const r = await open(bad, 'GET', { 'sec-fetch-user': '?1' });
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain('video.example.fi');
    }
  });

  it('never appear in the public API', async () => {
    await remoteParticipant(10);
    const body = await (await eventsGET(new NextRequest('http://localhost/api/events'))).text();
    expect(body).not.toContain('video.example.fi');
  });

  it('go out once in a "stream opens" mail to confirmed remote participants only', async () => {
    const p = await remoteParticipant(20);
    const onsite = await registerParticipant(p.event.slug, person({ attendance: 'onsite' }));
    await enqueueStreamOpensMails();
    await enqueueStreamOpensMails();
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'stream_opens'));
    const mine = mails.filter((m) => m.registrationId === p.registrationId);
    expect(mine).toHaveLength(1);
    expect(JSON.stringify(mine[0].payload)).toContain(`/stream/${p.token}`);
    expect(JSON.stringify(mine[0].payload)).not.toContain(STREAM);
    expect(mails.some((m) => onsite.ok && m.registrationId === onsite.value.registrationId)).toBe(false);
  });
});

describe('the personal feed link', () => {
  it("lists the person's events with stream links, and a new link revokes the old one", async () => {
    const p = await remoteParticipant(60, { email: 'kalle.kalenteri@kunta.example' });
    const other = await createEvent({ capacityOnsite: 0 });
    await registerParticipant(other.slug, person({ email: 'Kalle.Kalenteri@kunta.example' }));
    const first = await resetPersonalFeed(p.manageToken);
    expect(first).toMatch(/\/calendar\/personal\/[A-Za-z0-9_-]{43}\.ics$/);
    const token1 = first!.split('/').pop()!.replace('.ics', '');
    const data = await personalFeedData(token1);
    expect(data?.entries.sort((a, b) => a.eventId - b.eventId)).toEqual(
      [
        { eventId: p.event.id, status: 'confirmed' },
        { eventId: other.id, status: 'waitlisted' },
      ].sort((a, b) => a.eventId - b.eventId),
    );
    expect(data?.streamLinks.get(p.event.id)).toContain(`/stream/${p.token}`);
    const feed = (t: string) =>
      personalGET(new NextRequest(`http://localhost/calendar/personal/${t}.ics`), {
        params: Promise.resolve({ file: `${t}.ics` }),
      });
    const res = await feed(token1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = (await res.text()).replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('JONOSSA: ');
    expect(ics).toContain(`/stream/${p.token}`);
    expect(ics).not.toContain(STREAM);
    const second = await resetPersonalFeed(p.manageToken);
    expect(await personalFeedData(token1)).toBeNull();
    expect((await feed(token1)).status).toBe(404);
    expect(await personalFeedData(second!.split('/').pop()!.replace('.ics', ''))).not.toBeNull();
    expect(await resetPersonalFeed('x'.repeat(43))).toBeNull();
  });
});
