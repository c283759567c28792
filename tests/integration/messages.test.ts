import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { auditLog, mailOutbox, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { audienceCounts, listEventMessages, sendEventMessage } from '@/lib/messages/service';
import { messageSchema } from '@/lib/messages/schema';
import { smtpTransport } from '@/lib/mail/transports';
import { drainOutbox } from '@/lib/mail/worker';
import { getManagedRegistration } from '@/lib/registrations/service';

useTestDatabase();

let sink: SmtpSink;
let hyks: Organiser;
let tays: Organiser;
let eventId: number;

const input = (o: Partial<Record<string, string>> = {}) =>
  messageSchema.parse({
    audience: 'registrants',
    subjectFi: 'Ennakkotehtävä',
    bodyFi: 'Tuokaa palvelukartta.\n\nTervetuloa!',
    subjectSv: 'Förhandsuppgift',
    bodySv: 'Ta med servicekartan.',
    formKey: randomUUID(),
    ...o,
  });

beforeAll(async () => {
  sink = await startSmtpSink();
  hyks = {
    id: await inviteOrganiser(db(), { email: 'hyks@msg.example', role: 'organiser', regions: ['HYKS'] }),
    email: 'hyks@msg.example',
    name: null,
    role: 'organiser',
    regions: ['HYKS'],
  };
  tays = {
    id: await inviteOrganiser(db(), { email: 'tays@msg.example', role: 'organiser', regions: ['TAYS'] }),
    email: 'tays@msg.example',
    name: null,
    role: 'organiser',
    regions: ['TAYS'],
  };
  eventId = (
    await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'HYKS-verkostopäivä',
      titleSv: 'Nätverksdag HUCS',
    })
  ).id;
  const base = { eventId, attendance: 'onsite' as const, organisation: 'Kunta', consent: true };
  await db()
    .insert(registrations)
    .values([
      {
        ...base,
        status: 'confirmed',
        firstName: 'Aino',
        lastName: 'A',
        email: 'aino@kunta.example',
        language: 'fi',
        attendedOnsite: true,
      },
      { ...base, status: 'confirmed', firstName: 'Anna', lastName: 'B', email: 'anna@kommun.example', language: 'sv' },
      {
        ...base,
        status: 'waitlisted',
        firstName: 'Olli',
        lastName: 'C',
        email: 'olli@kunta.example',
        language: 'fi',
        waitlistedAt: new Date(),
      },
      { ...base, status: 'cancelled', firstName: 'Sami', lastName: 'D', email: 'sami@kunta.example', language: 'fi' },
    ]);
});
afterAll(async () => {
  await sink.stop();
});

describe("messages to an event's people", () => {
  it('counts each audience: confirmed registrants, the waiting list, attendees', async () => {
    expect(await audienceCounts(hyks, eventId)).toEqual({
      ok: true,
      value: { registrants: 2, waitlist: 1, attendees: 1 },
    });
  });

  it('queues one mail per registrant in their language, sends them through the outbox, and shows the progress', async () => {
    const form = input();
    const r = await sendEventMessage(hyks, eventId, form);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ recipients: 2, repeated: false });
    const [queued] = (
      (await listEventMessages(hyks, eventId, r.value.messageId)) as {
        ok: true;
        value: { queued: number; sent: number }[];
      }
    ).value;
    expect(queued).toMatchObject({ queued: 2, sent: 0, failed: 0 });

    // The same form posted again (a double click, a retried request) sends nothing more.
    expect(await sendEventMessage(hyks, eventId, form)).toMatchObject({
      ok: true,
      value: { messageId: r.value.messageId, repeated: true },
    });
    expect((await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'organiser_message'))).length).toBe(2);

    const start = sink.mails.length;
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 2, failed: 0 });
    const mails = (await sink.waitFor(start + 2)).slice(start);
    const fi = mails.find((m) => m.to === 'aino@kunta.example')!;
    const sv = mails.find((m) => m.to === 'anna@kommun.example')!;
    expect(fi.subject).toBe('Ennakkotehtävä – HYKS-verkostopäivä');
    expect(fi.text).toContain('Tuokaa palvelukartta.');
    expect(sv.subject).toBe('Förhandsuppgift – Nätverksdag HUCS');
    expect(sv.text).toContain('Ta med servicekartan.');
    expect(sv.text).not.toContain('Tuokaa');
    const link = /\/sv\/registrations\/([A-Za-z0-9_-]{43})/.exec(sv.text);
    expect((await getManagedRegistration(link![1]))?.registration.email).toBe('anna@kommun.example');
    expect(mails.map((m) => m.to)).not.toContain('olli@kunta.example');

    const [done] = ((await listEventMessages(hyks, eventId)) as { ok: true; value: { queued: number; sent: number }[] })
      .value;
    expect(done).toMatchObject({ queued: 0, sent: 2, failed: 0 });
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'event.message'));
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({ audience: 'registrants', recipients: 2, swedish: true });
  });

  it('falls back to Finnish for everyone when no Swedish text was written, and refuses half a Swedish message', async () => {
    const r = await sendEventMessage(hyks, eventId, input({ audience: 'waitlist', subjectSv: '', bodySv: '' }));
    expect(r).toMatchObject({ ok: true, value: { recipients: 1 } });
    expect(messageSchema.safeParse({ ...input(), subjectSv: 'Rubrik', bodySv: '' }).success).toBe(false);
    expect(messageSchema.safeParse({ ...input(), subjectFi: 'Kaksi\nriviä' }).success).toBe(false);
  });

  it("answers another region's organiser as if the event did not exist, and sends nothing to an empty audience", async () => {
    expect(await audienceCounts(tays, eventId)).toEqual({ ok: false, error: 'messages.errors.notFound' });
    expect(await sendEventMessage(tays, eventId, input())).toEqual({ ok: false, error: 'messages.errors.notFound' });
    expect(await listEventMessages(tays, eventId)).toEqual({ ok: false, error: 'messages.errors.notFound' });
    const empty = (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id;
    expect(await sendEventMessage(hyks, empty, input())).toEqual({ ok: false, error: 'messages.errors.noRecipients' });
  });
});
