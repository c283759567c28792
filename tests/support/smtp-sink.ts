// A real SMTP server on localhost (smtp-server + mailparser) that keeps what it receives, for
// tests that check delivered mail. Can be stopped and started again on the same port.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { freePort } from '../../scripts/support/embedded-db';

export type ReceivedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
  calendar?: { method: string; content: string };
  parsed: ParsedMail;
};

export type SmtpSink = {
  url: string;
  mails: ReceivedMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const port = await freePort();
  const mails: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = await simpleParser(raw);
          const to = Array.isArray(parsed.to) ? (parsed.to[0]?.text ?? '') : (parsed.to?.text ?? '');
          const cal = /Content-Type: text\/calendar;[^\n]*method=([A-Z]+)/i.exec(raw);
          const calAttachment = parsed.attachments.find((a) => a.contentType === 'text/calendar');
          mails.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            raw,
            parsed,
            calendar: cal
              ? { method: cal[1].toUpperCase(), content: calAttachment ? calAttachment.content.toString('utf8') : raw }
              : undefined,
          });
          callback();
        });
      },
    });
  const sink: SmtpSink = {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async start() {
      server = make();
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      if (!server) return;
      const s = server;
      server = undefined;
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return mails;
    },
  };
  await sink.start();
  return sink;
}
