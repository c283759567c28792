// A stand-in for Resend's HTTP API on localhost (RESEND_BASE_URL): POST /emails (one mail) and POST
// /emails/batch (up to 100, no attachments) with a Bearer key and an Idempotency-Key. Like Resend it keeps a rate limit per second (429 with Retry-After beyond it)
// and answers a repeated key with the first result instead of sending again. It can be told to fail:
// answer 5xx, or deliver and then answer 5xx (a lost response), for the next n requests.
import { createServer, type Server } from 'node:http';
import { freePort } from '../../scripts/support/embedded-db';

export type FakeResend = {
  url: string;
  /** Mails actually delivered (once per Idempotency-Key). */
  delivered: { to: string; subject: string; key: string; at: number }[];
  /** Every request seen: time, status answered, endpoint, mails in it. */
  requests: { at: number; status: number; key: string; path: string; mails: number }[];
  failNext(n: number, mode: '500' | '503' | 'deliver-then-500'): void;
  stop(): Promise<void>;
};

export async function startFakeResend(opts: { perSecond: number }): Promise<FakeResend> {
  const port = await freePort();
  const delivered: FakeResend['delivered'] = [];
  const requests: FakeResend['requests'] = [];
  const seen = new Map<string, string>();
  const bodies = new Map<string, string>();
  let failing: { remaining: number; mode: '500' | '503' | 'deliver-then-500' } = { remaining: 0, mode: '500' };
  const server: Server = createServer((req, res) => {
    // Counted when the request arrives, as a rate limiter in front of an API counts it (not when its
    // body has been read, which a loaded machine can delay by more than the client's pacing margin).
    const now = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8'); // (decoded whole: a chunk may end mid-character)
      const key = String(req.headers['idempotency-key'] ?? '');
      const path = req.url ?? '';
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(body);
      } catch {
        /* answered below */
      }
      const mails = (Array.isArray(parsed) ? parsed : [parsed]) as {
        to: string | string[];
        subject: string;
        attachments?: unknown[];
      }[];
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        requests.push({ at: now, status, key, path, mails: mails.length });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      };
      const batch = path === '/emails/batch';
      if (
        req.method !== 'POST' ||
        (path !== '/emails' && !batch) ||
        !/^Bearer re_/.test(req.headers.authorization ?? '')
      )
        return answer(404, { name: 'not_found', message: 'Not found' });
      const recent = requests.filter((r) => r.at > now - 1000 && r.status !== 429).length;
      if (recent >= opts.perSecond)
        return answer(
          429,
          { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 },
          { 'retry-after': '1' },
        );
      const fail = failing.remaining > 0 ? (failing.remaining--, failing.mode) : null;
      if (fail === '500' || fail === '503')
        return answer(Number(fail), {
          name: 'internal_server_error',
          message: 'Upstream trouble',
          statusCode: Number(fail),
        });
      if (!key) return answer(422, { name: 'validation_error', message: 'Idempotency-Key expected in this test' });
      if (batch && (!Array.isArray(parsed) || mails.length > 100 || mails.some((m) => m.attachments?.length))) {
        return answer(422, {
          name: 'validation_error',
          message: 'A batch is an array of at most 100 mails without attachments',
        });
      }
      // Like Resend: a key reused with another payload is refused (the sender must repeat itself exactly).
      const previous = bodies.get(key);
      if (previous !== undefined && previous !== body)
        return answer(409, {
          name: 'invalid_idempotent_request',
          message: 'Same key, different payload',
          statusCode: 409,
        });
      bodies.set(key, body);
      let id = seen.get(key);
      if (!id) {
        id = JSON.stringify(
          mails.map((mail, i) => {
            delivered.push({
              to: Array.isArray(mail.to) ? mail.to[0] : mail.to,
              subject: mail.subject,
              key: batch ? `${key}#${i}` : key,
              at: now,
            });
            return { id: `fake-${delivered.length}` };
          }),
        );
        seen.set(key, id);
      }
      // Delivered, but the answer is lost on the way: the sender cannot know, and will retry.
      if (fail === 'deliver-then-500')
        return answer(500, { name: 'internal_server_error', message: 'Response lost', statusCode: 500 });
      const ids = JSON.parse(id) as { id: string }[];
      return answer(200, batch ? { data: ids } : ids[0]);
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    requests,
    failNext(n, mode) {
      failing = { remaining: n, mode };
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
