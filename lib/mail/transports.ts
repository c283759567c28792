// Mail transports, chosen by MAIL_TRANSPORT: `smtp` (nodemailer, SMTP_URL), `resend` (RESEND_API_KEY;
// RESEND_BASE_URL is honoured by the SDK) and `dev`, which keeps mails in the database for the
// demo's mailbox page. A transport throws on failure; the worker decides about retries.
import nodemailer from 'nodemailer';
import { Resend } from 'resend';
import { config } from '@/lib/config';
import { db } from '@/db/client';
import { devMailbox } from '@/db/schema';

export type OutgoingMail = {
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
  ics?: { content: string; method: 'REQUEST' | 'CANCEL' };
  // Files such as an attendance certificate (PDF); with a `contentId`, an inline image the HTML shows
  // as `<img src="cid:{contentId}">` (the check-in QR code).
  attachments?: { filename: string; content: Buffer; contentType: string; contentId?: string }[];
  idempotencyKey: string;
};

export interface MailTransport {
  name: string;
  send(mail: OutgoingMail): Promise<void>;
  /**
   * Several mails without attachments in one request (Resend's /emails/batch, up to 100), all or
   * none; `idempotencyKey` stands for the whole set, so a retry of the same set is not resent.
   */
  sendBatch?(mails: OutgoingMail[], idempotencyKey: string): Promise<void>;
}

/** What a transport can put in one batch request. */
export const BATCH_LIMIT = 100;

export function batchable(m: OutgoingMail): boolean {
  return !m.ics && !m.attachments?.length;
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(m) {
      await transporter.sendMail({
        from: m.from,
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        headers: { 'X-Kokoon-Mail-Id': m.idempotencyKey },
        // A text/calendar alternative with a matching method= makes Outlook show an invitation.
        icalEvent: m.ics ? { method: m.ics.method, filename: 'kutsu.ics', content: m.ics.content } : undefined,
        // nodemailer sends a part with a `cid` inline (Content-ID, Content-Disposition: inline).
        attachments: m.attachments?.map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.contentType,
          ...(a.contentId ? { cid: a.contentId } : {}),
        })),
      });
    },
  };
}

/**
 * A transport's refusal because of its rate limit (Resend's 429): not a failed attempt — the worker
 * puts the mail back for `retryAfterMs` and pauses the batch.
 */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

/**
 * Spaces calls at least 1/perSecond apart in this process, with a tenth to spare for network jitter
 * (Resend's limit is per team: split it between workers).
 */
export function pacer(perSecond: number): () => Promise<void> {
  const gap = 1100 / perSecond;
  let next = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + gap;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  };
}

/** Resend's answer as an error the worker understands: a 429 is a pause, anything else a failed attempt. */
function resendFailure(
  error: { name: string; message: string },
  headers: Record<string, string> | null | undefined,
): Error {
  const status = (error as { statusCode?: number | null }).statusCode;
  if (status === 429 || error.name === 'rate_limit_exceeded') {
    const seconds = Number(headers?.['retry-after'] ?? headers?.['ratelimit-reset'] ?? 1);
    return new RateLimitedError(
      `Resend: ${error.name}: ${error.message}`,
      Math.min(60, Math.max(1, Number.isFinite(seconds) ? seconds : 1)) * 1000,
    );
  }
  return Object.assign(new Error(`Resend: ${error.name}: ${error.message}`), { code: error.name });
}

export function resendTransport(apiKey: string, perSecond = config().RESEND_RATE_PER_SECOND): MailTransport {
  const resend = new Resend(apiKey);
  const pace = pacer(perSecond); // one request, whether it carries one mail or a batch of them
  return {
    name: 'resend',
    async send(m) {
      await pace();
      const { error, headers } = await resend.emails.send(
        {
          from: m.from,
          to: m.to,
          subject: m.subject,
          html: m.html,
          text: m.text,
          attachments: [
            ...(m.ics
              ? [
                  {
                    filename: 'kutsu.ics',
                    content: Buffer.from(m.ics.content).toString('base64'),
                    contentType: `text/calendar; method=${m.ics.method}`,
                  },
                ]
              : []),
            ...(m.attachments ?? []).map((a) => ({
              filename: a.filename,
              content: a.content.toString('base64'),
              contentType: a.contentType,
              ...(a.contentId ? { contentId: a.contentId } : {}),
            })),
          ],
        },
        // The same key on every retry: Resend answers a repeat with the first result, never a second mail.
        { idempotencyKey: m.idempotencyKey },
      );
      if (error) throw resendFailure(error, headers);
    },
    async sendBatch(ms, idempotencyKey) {
      if (ms.length > BATCH_LIMIT || !ms.every(batchable))
        throw new Error('Resend: a batch holds at most 100 mails without attachments');
      await pace();
      const { error, headers } = await resend.batch.send(
        ms.map((m) => ({ from: m.from, to: m.to, subject: m.subject, html: m.html, text: m.text })),
        { idempotencyKey },
      );
      if (error) throw resendFailure(error, headers);
    },
  };
}

export const devTransport: MailTransport = {
  name: 'dev',
  async send(m) {
    // The demo mailbox shows the HTML in the browser, which cannot resolve `cid:`: inline images go in as data URLs there.
    let html = m.html;
    for (const a of m.attachments ?? []) {
      if (a.contentId)
        html = html.split(`cid:${a.contentId}`).join(`data:${a.contentType};base64,${a.content.toString('base64')}`);
    }
    await db()
      .insert(devMailbox)
      .values({ toEmail: m.to, subject: m.subject, html, text: m.text, ics: m.ics?.content ?? null });
  },
};

export function configuredTransport(): MailTransport {
  const c = config();
  if (c.MAIL_TRANSPORT === 'smtp') {
    if (!c.SMTP_URL) throw new Error('MAIL_TRANSPORT=smtp needs SMTP_URL (e.g. smtp://user:pass@mail.example.fi:587)');
    return smtpTransport(c.SMTP_URL);
  }
  if (c.MAIL_TRANSPORT === 'resend') {
    if (!c.RESEND_API_KEY) throw new Error('MAIL_TRANSPORT=resend needs RESEND_API_KEY');
    return resendTransport(c.RESEND_API_KEY);
  }
  return devTransport;
}
