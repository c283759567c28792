// A stand-in for Resend's HTTP API on localhost (RESEND_BASE_URL): POST /emails with a Bearer key and
// an Idempotency-Key. Like Resend it keeps a rate limit per second (429 with Retry-After beyond it)
// and answers a repeated key with the first result instead of sending again. It can be told to fail:
// answer 5xx, or deliver and then answer 5xx (a lost response), for the next n requests.
import { createServer, type Server } from 'node:http';
import { freePort } from '../../scripts/support/embedded-db';

export type FakeResend = {
  url: string;
  /** Mails actually delivered (once per Idempotency-Key). */
  delivered: { to: string; subject: string; key: string; at: number }[];
  /** Every request seen: time, status answered. */
  requests: { at: number; status: number; key: string }[];
  failNext(n: number, mode: '500' | '503' | 'deliver-then-500'): void;
  stop(): Promise<void>;
};

export async function startFakeResend(opts: { perSecond: number }): Promise<FakeResend> {
  const port = await freePort();
  const delivered: FakeResend['delivered'] = [];
  const requests: FakeResend['requests'] = [];
  const seen = new Map<string, string>();
  let failing: { remaining: number; mode: '500' | '503' | 'deliver-then-500' } = { remaining: 0, mode: '500' };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const now = Date.now();
      const key = String(req.headers['idempotency-key'] ?? '');
      const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        requests.push({ at: now, status, key });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(json));
      };
      if (req.method !== 'POST' || req.url !== '/emails' || !/^Bearer re_/.test(req.headers.authorization ?? '')) return answer(404, { name: 'not_found', message: 'Not found' });
      const recent = requests.filter((r) => r.at > now - 1000 && r.status !== 429).length;
      if (recent >= opts.perSecond) return answer(429, { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 }, { 'retry-after': '1' });
      const fail = failing.remaining > 0 ? (failing.remaining--, failing.mode) : null;
      if (fail === '500' || fail === '503') return answer(Number(fail), { name: 'internal_server_error', message: 'Upstream trouble', statusCode: Number(fail) });
      if (!key) return answer(422, { name: 'validation_error', message: 'Idempotency-Key expected in this test' });
      let id = seen.get(key);
      if (!id) {
        const mail = JSON.parse(body) as { to: string | string[]; subject: string };
        id = `fake-${delivered.length + 1}`;
        seen.set(key, id);
        delivered.push({ to: Array.isArray(mail.to) ? mail.to[0] : mail.to, subject: mail.subject, key, at: now });
      }
      // Delivered, but the answer is lost on the way: the sender cannot know, and will retry.
      if (fail === 'deliver-then-500') return answer(500, { name: 'internal_server_error', message: 'Response lost', statusCode: 500 });
      return answer(200, { id });
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${port}`,
    delivered, requests,
    failNext(n, mode) {
      failing = { remaining: n, mode };
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
