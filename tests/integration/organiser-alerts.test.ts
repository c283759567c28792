// Issue 17: organiser alerts (settings, the daily digest, one mail per full / waiting-list crossing)
// and the "materials are available" mail, through the real outbox and an SMTP sink.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { db } from '@/db/client';
import { auditLog, events, mailOutbox, registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { getAlertSettings, saveAlertSettings } from '@/lib/alerts/settings';
import { sendDailyDigests } from '@/lib/alerts/digest';
import { sendCrossingAlerts } from '@/lib/alerts/crossings';
import { saveMaterial } from '@/lib/materials/editor';
import { materialSchema } from '@/lib/materials/schema';
import { saveMaterialRequest } from '@/lib/materials/http';
import { smtpTransport } from '@/lib/mail/transports';
import { drainOutbox } from '@/lib/mail/worker';
import { registerParticipant, getManagedRegistration } from '@/lib/registrations/service';

useTestDatabase();

const HOUR = 3600_000;
let sink: SmtpSink;

async function organiser(email: string, role: Organiser['role'], regions: string[]): Promise<Organiser> {
  return { id: await inviteOrganiser(db(), { email, role, regions }), email, name: null, role, regions };
}

/** Sends what is queued and answers the mails that arrived at `domain` (participants' confirmations go elsewhere). */
async function deliver(domain: string) {
  const start = sink.mails.length;
  const { sent } = await drainOutbox(smtpTransport(sink.url));
  const arrived = sent ? (await sink.waitFor(start + sent)).slice(start) : [];
  return arrived.filter((m) => m.to.endsWith(`@${domain}`));
}

let hyks: Organiser;
let tays: Organiser;
let admin: Organiser;

beforeAll(async () => {
  sink = await startSmtpSink();
  hyks = await organiser('hyks@alerts.example', 'organiser', ['HYKS']);
  tays = await organiser('tays@alerts.example', 'organiser', ['TAYS']);
  admin = await organiser('admin@alerts.example', 'admin', []);
});
afterAll(async () => {
  await sink.stop();
});

describe('alert settings', () => {
  it('are off until the organiser opts in, refuse a bad threshold without saving anything, and keep each account its own', async () => {
    const o = await organiser('own@alerts.example', 'organiser', ['TYKS']);
    expect(await getAlertSettings(o)).toMatchObject({ dailyDigest: false, eventFull: false, waitlistThreshold: null });
    for (const bad of ['0', '-3', 'kymmenen', '10001', '2.5'])
      expect(await saveAlertSettings(o, { dailyDigest: 'on', waitlistThreshold: bad }, 'fi')).toEqual({
        ok: false,
        error: 'organiserAlerts.errors.invalid',
        fields: { waitlistThreshold: 'organiserAlerts.errors.threshold' },
      });
    expect(await getAlertSettings(o)).toMatchObject({ dailyDigest: false, waitlistThreshold: null });
    expect(await saveAlertSettings(o, { eventFull: 'on', waitlistThreshold: ' 15 ' }, 'sv')).toEqual({ ok: true });
    expect(await getAlertSettings(o)).toMatchObject({
      dailyDigest: false,
      eventFull: true,
      waitlistThreshold: 15,
      language: 'sv',
    });
    expect(await getAlertSettings(hyks)).toMatchObject({ eventFull: false, waitlistThreshold: null });
    // Emptying the threshold turns the waiting-list mail off.
    expect(await saveAlertSettings(o, { eventFull: 'on', waitlistThreshold: '' }, 'sv')).toEqual({ ok: true });
    expect(await getAlertSettings(o)).toMatchObject({ waitlistThreshold: null });
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'organiser.alerts'));
    expect(audit.filter((a) => a.userId === o.id)).toHaveLength(2);
  });
});

describe('daily digest', () => {
  it("lists per managed event the new registrations since the last digest, as counts only, in the organiser's language, once a day", async () => {
    const now = new Date('2027-03-10T05:00:00Z'); // 07:00 in Helsinki
    const at = (h: number) => new Date(now.getTime() + h * HOUR);
    const hyksEvent = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'HYKS-päivä',
      titleSv: 'HUCS-dag',
      format: 'hybrid',
      startsAt: at(24 * 20),
    });
    const quiet = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      titleFi: 'Hiljainen päivä',
      startsAt: at(24 * 21),
    });
    const taysEvent = await createEvent({
      scope: 'region',
      regionCode: 'TAYS',
      titleFi: 'TAYS-päivä',
      titleSv: 'TAYS-dag',
      startsAt: at(24 * 22),
    });
    const national = await createEvent({ scope: 'national', titleFi: 'Valtakunnallinen päivä', startsAt: at(24 * 23) });
    await addRegistrations(hyksEvent.id, 2, { createdAt: at(-2), firstName: 'Salainen' });
    await addRegistrations(hyksEvent.id, 1, { createdAt: at(-3), attendance: 'remote' });
    await addRegistrations(hyksEvent.id, 1, { createdAt: at(-4), status: 'waitlisted', waitlistedAt: at(-4) });
    await addRegistrations(hyksEvent.id, 1, { createdAt: at(-5), status: 'cancelled' });
    await addRegistrations(hyksEvent.id, 4, { createdAt: at(-30) }); // before the period: in yesterday's digest
    await addRegistrations(quiet.id, 1, { createdAt: at(-30) });
    await addRegistrations(taysEvent.id, 3, { createdAt: at(-1) });
    await addRegistrations(national.id, 1, { createdAt: at(-1) });
    await saveAlertSettings(hyks, { dailyDigest: 'on' }, 'fi');
    await saveAlertSettings(tays, { dailyDigest: 'on' }, 'sv');
    await saveAlertSettings(admin, { dailyDigest: 'on' }, 'fi');

    expect(await sendDailyDigests(now)).toBe(3);
    const mails = await deliver('alerts.example');
    const fi = mails.find((m) => m.to === hyks.email)!;
    expect(fi.subject).toBe('Kokoon: uudet ilmoittautumiset 10.3.2027');
    expect(fi.text).toContain('HYKS-päivä');
    expect(fi.text).toContain('2 uutta paikan päälle, 1 uusi etänä, 1 uusi jonoon');
    expect(fi.text).toContain(`/fi/workspace/events/${hyksEvent.id}`);
    expect(fi.text).not.toContain('Hiljainen päivä');
    expect(fi.text).not.toContain('TAYS-päivä');
    expect(fi.text).not.toContain('Salainen'); // counts, never names
    expect(fi.text).not.toContain('@example.fi');
    const sv = mails.find((m) => m.to === tays.email)!;
    expect(sv.subject).toBe('Kokoon: nya anmälningar 10.3.2027');
    expect(sv.text).toContain('TAYS-dag');
    expect(sv.text).toContain('3 nya på plats, inga nya på distans, inga nya i kön');
    // The national admin: the national events (and what it is named on), not every region's.
    const ad = mails.find((m) => m.to === admin.email)!;
    expect(ad.text).toContain('Valtakunnallinen päivä');
    expect(ad.text).not.toContain('HYKS-päivä');

    // A sign-up stamped just before the run but committed after it is not lost: it is in the next one.
    await addRegistrations(hyksEvent.id, 1, { createdAt: new Date(now.getTime() - 20_000) });
    // A rerun the same day (a retried job, another instance) sends nothing, even with news since.
    await addRegistrations(hyksEvent.id, 1, { createdAt: at(0.5) });
    expect(await sendDailyDigests(at(1))).toBe(0);
    expect(await sendDailyDigests(at(12))).toBe(0);
    // The next morning: only what arrived after the first digest.
    expect(await sendDailyDigests(at(24))).toBe(1);
    const [next] = await deliver('alerts.example');
    expect(next.to).toBe(hyks.email);
    expect(next.text).toContain('2 uutta paikan päälle, ei uusia etänä, ei uusia jonoon');
    // Turned off: nothing more.
    await saveAlertSettings(hyks, {}, 'fi');
    await addRegistrations(hyksEvent.id, 1, { createdAt: at(25) });
    expect(await sendDailyDigests(at(48))).toBe(0);
  });
});

describe('full and waiting-list alerts', () => {
  it('mail each opted-in organiser once per crossing, not once per sign-up, and again after the condition passed', async () => {
    const oys = await organiser('oys@alerts.example', 'organiser', ['OYS']);
    const other = await organiser('oys2@alerts.example', 'organiser', ['KYS']);
    await saveAlertSettings(oys, { eventFull: 'on', waitlistThreshold: '1' }, 'fi');
    await saveAlertSettings(other, { eventFull: 'on', waitlistThreshold: '1' }, 'fi');
    const e = await createEvent({ scope: 'region', regionCode: 'OYS', titleFi: 'Oulun päivä', capacityOnsite: 2 });
    const signUp = async () => {
      const r = await registerParticipant(e.slug, person());
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    await signUp();
    expect(await sendCrossingAlerts()).toBe(0);
    await signUp(); // the last seat
    expect(await sendCrossingAlerts()).toBe(1);
    expect(await sendCrossingAlerts()).toBe(0);
    let mails = await deliver('alerts.example');
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[oys.email, 'Paikan päällä täynnä: Oulun päivä']]);
    expect(mails[0].text).toContain('ei ole enää vapaita paikkoja: paikan päällä');

    expect((await signUp()).status).toBe('waitlisted');
    expect(await sendCrossingAlerts()).toBe(0); // 1 waiting is not past 1
    await signUp();
    await signUp();
    expect(await sendCrossingAlerts()).toBe(1);
    await signUp();
    expect(await sendCrossingAlerts()).toBe(0);
    mails = await deliver('alerts.example');
    expect(mails.map((m) => m.subject)).toEqual(['Jonossa yli 1: Oulun päivä']);
    expect(mails[0].text).toContain('jonossa on nyt 3 henkilöä');

    // Places added (not full any more), then taken again: a new crossing, a new mail.
    await db().update(events).set({ capacityOnsite: 20 }).where(eq(events.id, e.id));
    expect(await sendCrossingAlerts()).toBe(0);
    await db().update(events).set({ capacityOnsite: 2 }).where(eq(events.id, e.id));
    expect(await sendCrossingAlerts()).toBe(1);
    mails = await deliver('alerts.example');
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[oys.email, 'Paikan päällä täynnä: Oulun päivä']]);
  });
});

describe('"materials are available" mail', () => {
  const input = materialSchema.parse({
    kind: 'slides',
    visibility: 'participants',
    language: 'fi',
    titleFi: 'Diat',
    url: 'https://example.fi/diat',
  });

  it('goes once to each attendee in their language with their own manage link, only when the box is ticked', async () => {
    const e = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      format: 'hybrid',
      capacityRemote: 50,
      titleFi: 'Materiaalipäivä',
      titleSv: 'Materialdag',
      startsAt: new Date(Date.now() - 30 * HOUR),
    });
    const base = { eventId: e.id, organisation: 'Kunta', consent: true } as const;
    await db()
      .insert(registrations)
      .values([
        {
          ...base,
          status: 'confirmed',
          attendance: 'onsite',
          firstName: 'Aino',
          lastName: 'A',
          email: 'aino@mat.example',
          language: 'fi',
          attendedOnsite: true,
        },
        {
          ...base,
          status: 'confirmed',
          attendance: 'onsite',
          firstName: 'Pekka',
          lastName: 'P',
          email: 'pekka@mat.example',
          language: 'fi',
          attendedOnsite: false,
        },
        {
          ...base,
          status: 'confirmed',
          attendance: 'remote',
          firstName: 'Anna',
          lastName: 'B',
          email: 'anna@mat.example',
          language: 'sv',
        },
        {
          ...base,
          status: 'waitlisted',
          attendance: 'onsite',
          firstName: 'Olli',
          lastName: 'C',
          email: 'olli@mat.example',
          language: 'fi',
          waitlistedAt: new Date(),
        },
        {
          ...base,
          status: 'cancelled',
          attendance: 'onsite',
          firstName: 'Sami',
          lastName: 'D',
          email: 'sami@mat.example',
          language: 'fi',
        },
      ]);

    // Without the box: saved, nobody mailed.
    expect(await saveMaterial(hyks, { kind: 'event', eventId: e.id }, input, null)).toMatchObject({
      ok: true,
      value: { mailed: null },
    });
    expect(await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'materials_available'))).toHaveLength(0);
    // Another region's organiser: not found, nothing sent.
    expect(
      await saveMaterial(tays, { kind: 'event', eventId: e.id }, input, null, { notifyParticipants: true }),
    ).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });

    const r = await saveMaterial(hyks, { kind: 'event', eventId: e.id }, input, null, { notifyParticipants: true });
    expect(r).toMatchObject({ ok: true, value: { mailed: 2 } });
    const mails = await deliver('mat.example');
    expect(mails.map((m) => m.to).sort()).toEqual(['aino@mat.example', 'anna@mat.example']);
    const fi = mails.find((m) => m.to === 'aino@mat.example')!;
    const sv = mails.find((m) => m.to === 'anna@mat.example')!;
    expect(fi.subject).toBe('Materiaalit saatavilla: Materiaalipäivä');
    expect(sv.subject).toBe('Material tillgängligt: Materialdag');
    expect(sv.text).toContain('Arrangören av evenemanget Materialdag har publicerat');
    const link = /\/sv\/registrations\/([A-Za-z0-9_-]{43})/.exec(sv.text);
    expect((await getManagedRegistration(link![1]))?.registration.email).toBe('anna@mat.example');

    // Published again with the box ticked (through the editor's route): nobody is mailed twice.
    const form = new FormData();
    for (const [k, v] of Object.entries({
      target: `event:${e.id}`,
      kind: 'slides',
      visibility: 'public',
      language: 'fi',
      titleFi: 'Tallenne',
      url: 'https://example.fi/t',
      notifyParticipants: 'yes',
    }))
      form.set(k, v);
    const res = await saveMaterialRequest(
      new Request('http://localhost/api/workspace/materials?locale=fi', { method: 'POST', body: form }),
      hyks,
    );
    expect(await res.json()).toMatchObject({
      ok: true,
      message: expect.stringContaining('Kaikki osallistujat ovat jo saaneet'),
    });
    expect(await db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'materials_available'))).toHaveLength(2);

    // Someone marked present later gets it on the next publish; the others still do not.
    await db()
      .update(registrations)
      .set({ attendedOnsite: true })
      .where(and(eq(registrations.eventId, e.id), like(registrations.email, 'pekka@%')));
    expect(
      await saveMaterial(hyks, { kind: 'event', eventId: e.id }, input, null, { notifyParticipants: true }),
    ).toMatchObject({
      ok: true,
      value: { mailed: 1 },
    });
    expect((await deliver('mat.example')).map((m) => m.to)).toEqual(['pekka@mat.example']);
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'event.materialsMail'));
    expect(audit.map((a) => (a.summary as { recipients: number }).recipients)).toEqual([2, 0, 1]);
  });
});
