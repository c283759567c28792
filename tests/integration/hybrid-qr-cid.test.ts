// Issue 15 §4: the check-in QR code in an on-site confirmation is an inline attachment the HTML
// refers to by `cid:`, not a `data:` URL (webmail clients strip those) — over real SMTP and in the
// request Kokoon makes to Resend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { freePort } from '../../scripts/support/embedded-db';
import { registerParticipant } from '@/lib/registrations/service';
import { resendTransport, smtpTransport } from '@/lib/mail/transports';
import { drainOutbox } from '@/lib/mail/worker';

useTestDatabase();
process.env.APP_URL = 'https://kokoon.example';

let sink: SmtpSink;
let resend: Server;
const resendBodies: {
  attachments?: {
    filename: string;
    content: string;
    content_type?: string;
    contentType?: string;
    content_id?: string;
    contentId?: string;
  }[];
  html: string;
}[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  resend = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resendBodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `fake-${resendBodies.length}` }));
    });
  });
  await new Promise<void>((r) => resend.listen(port, '127.0.0.1', () => r()));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await sink.stop();
  await new Promise<void>((r) => resend.close(() => r()));
});

describe('check-in QR code in the confirmation', () => {
  it('arrives over SMTP as an inline PNG referenced by cid:, with no data: URL in the mail', async () => {
    const event = await createEvent({ format: 'hybrid', capacityOnsite: 5, capacityRemote: null });
    expect((await registerParticipant(event.slug, person({ email: 'paikalla@kunta.example' }))).ok).toBe(true);
    const start = sink.mails.length;
    expect(await drainOutbox(smtpTransport(sink.url))).toEqual({ sent: 1, failed: 0 });
    const [mail] = (await sink.waitFor(start + 1)).slice(start);
    expect(mail.raw).not.toContain('data:image');
    const img = /<img[^>]+src="cid:([^"]+)"/.exec(mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    expect(img).not.toBeNull();
    const png = mail.parsed.attachments.find((a) => a.contentType === 'image/png');
    expect(png?.cid).toBe(img![1]);
    expect(png?.contentDisposition).toBe('inline');
    expect(png!.content.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('goes to Resend as an attachment with a content id, the HTML pointing at it', async () => {
    const event = await createEvent({ format: 'onsite', capacityOnsite: 5 });
    expect((await registerParticipant(event.slug, person({ email: 'resend@kunta.example', language: 'sv' }))).ok).toBe(
      true,
    );
    const before = resendBodies.length;
    expect(await drainOutbox(resendTransport('re_test', 1000))).toEqual({ sent: 1, failed: 0 });
    const body = resendBodies[before];
    expect(body.html).not.toContain('data:image');
    const cid = /<img[^>]+src="cid:([^"]+)"/.exec(body.html)?.[1];
    expect(cid).toBeTruthy();
    const png = body.attachments?.find((a) => (a.content_type ?? a.contentType) === 'image/png');
    expect(png?.content_id ?? png?.contentId).toBe(cid);
    expect(Buffer.from(png!.content, 'base64').subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
