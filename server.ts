// `npm start`: Next's request handler behind a small Node HTTP server of our own. It does two things
// Next cannot do for us:
//
// 1. The app knows who it talks to: the TCP peer address of every request goes into PEER_HEADER
//    (lib/client-ip.ts), replacing any value a client sent, because `next start` itself only fills
//    X-Forwarded-For when the client sent none — which let a client choose its own rate-limit key.
// 2. Public pages come from the page cache (lib/cache/page-cache.mjs) and are the same bytes for
//    everyone, so they cannot carry a per-request CSP nonce. Their HTML passes through here: the
//    SHA-256 of each inline script and style goes into their Content-Security-Policy (docs/security.md),
//    they get a Cache-Control a CDN may keep briefly, and they are compressed here (once per distinct
//    page, not per request). The final bytes of these pages and of `GET /api/events` are kept for a
//    second (lib/cache/front-cache.ts; an edit drops them at once), so under a rush most requests
//    never reach Next's router at all.
//
// PORT (3000) and HOST (every interface; `npm run demo` uses 127.0.0.1 unless HOST is set).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { PEER_HEADER } from './lib/client-ip';
import { config } from './lib/config';
import { inlineHashes } from './lib/security/inline-hashes';
import { frontLookup, frontStore, type FrontEntry } from './lib/cache/front-cache';
import { hasMalformedPercentEncoding } from './lib/request-guards';
import {
  baseHeaders,
  hashedPageCsp,
  isCachedPublicPath,
  isEmbedPath,
  NON_HTML_CSP,
  parseFrameAncestors,
} from './lib/security/headers';

// As `next start` does: the production build runs with NODE_ENV=production.
(process.env as Record<string, string>).NODE_ENV = 'production';
const { default: next } = await import('next');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const dir = import.meta.dirname;

const app = next({ dev: false, dir, port, hostname: host ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const cfg = config();
const headerOpts = {
  https: cfg.APP_URL.startsWith('https:'),
  dev: false,
  frameAncestors: parseFrameAncestors(cfg.FRAME_ANCESTORS),
};
/** What CDNs and shared caches may do with a public page (browsers always ask again). */
const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=30';

type Prepared = { csp: string; gzip?: Buffer; br?: Buffer };
/** Per distinct page body: its CSP and compressed forms. Bounded; the page cache holds few bodies. */
const prepared = new Map<string, Prepared>();
const PREPARED_MAX = 500;

/** `framable`: the embeddable list alone may be framed (by FRAME_ANCESTORS and Kokoon itself). */
function prepare(body: Buffer, framable: boolean): { page: Prepared; key: string } {
  const key = createHash('sha256').update(body).digest('base64url');
  const cacheKey = framable ? `frame:${key}` : key;
  let p = prepared.get(cacheKey);
  if (!p) {
    p = { csp: hashedPageCsp(inlineHashes(body.toString('utf8')), { ...headerOpts, framable }) };
    if (prepared.size >= PREPARED_MAX) prepared.delete(prepared.keys().next().value as string);
    prepared.set(cacheKey, p);
  }
  return { page: p, key };
}

function encodingFor(accept: string): 'br' | 'gzip' | null {
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/**
 * Holds back a cached public page's response until its HTML is complete, then sends it with its
 * hash-based CSP (kind "page"), or a public API answer until its JSON is complete (kind "api"), and
 * keeps it in the response cache. Anything else (RSC payloads of client navigations, redirects,
 * errors) passes on unchanged.
 */
function capture(req: IncomingMessage, res: ServerResponse, kind: 'page' | 'api') {
  const started = Date.now();
  const framable = isEmbedPath((req.url ?? '/').split('?')[0]);
  const accept = String(req.headers['accept-encoding'] ?? '');
  delete req.headers['accept-encoding']; // Next must not compress what we still have to read
  const chunks: Buffer[] = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let passthrough: boolean | null = null;

  const decide = () => {
    if (passthrough === null) {
      const type = String(res.getHeader('content-type') ?? '');
      passthrough = !type.startsWith(kind === 'page' ? 'text/html' : 'application/json') || req.method === 'HEAD';
    }
    return passthrough;
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((r) => r && typeof r === 'object') as Record<string, string | string[]> | undefined;
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (decide()) return writeHead(status, ...(rest as []));
    return res;
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    if (decide()) return write(chunk as never, encoding as never, cb as never);
    if (chunk != null)
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (decide()) return end(chunk as never, encoding as never, cb as never);
    if (chunk != null)
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    const body = Buffer.concat(chunks);
    const { page, key } =
      kind === 'page'
        ? prepare(body, framable)
        : { page: { csp: '' }, key: createHash('sha256').update(body).digest('base64url') };
    if (kind === 'page') {
      res.setHeader('Content-Security-Policy', page.csp);
      if (res.statusCode === 200) res.setHeader('Cache-Control', PUBLIC_PAGE_CACHE_CONTROL);
    }
    const vary = String(res.getHeader('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    res.setHeader('Vary', [...new Set([...vary, 'Accept-Encoding'])].join(', '));
    const etag = `"${key.slice(0, 27)}"`;
    res.setHeader('ETag', etag);
    res.removeHeader('Transfer-Encoding');
    const entry: Omit<FrontEntry, 'tags' | 'createdAt'> = {
      url: req.url ?? '/',
      status: res.statusCode,
      headers: res.getHeaders() as FrontEntry['headers'],
      body,
      etag,
      encoded: page,
    };
    // Only what is the same for everyone is kept (a response that sets a cookie is not).
    // A fresh render (MISS) or a stale one (STALE) is stored on its next, fresh, answer.
    const fresh = kind === 'api' || res.getHeader('x-nextjs-cache') === 'HIT';
    if (res.statusCode === 200 && !res.hasHeader('set-cookie') && fresh) frontStore(entry, started);
    send(res, entry, accept, req.headers['if-none-match'], writeHead, end);
    if (typeof cb === 'function') queueMicrotask(() => (cb as () => void)());
    return res;
  }) as typeof res.end;
}

/** Writes a stored public page: 304 when the client has it, else compressed as the client accepts. */
function send(
  res: ServerResponse,
  e: Omit<FrontEntry, 'tags' | 'createdAt'>,
  accept: string,
  ifNoneMatch: string | undefined,
  writeHead: ServerResponse['writeHead'] = res.writeHead.bind(res),
  end: ServerResponse['end'] = res.end.bind(res),
) {
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === e.etag) && e.status === 200) {
    const { 'content-length': _l, 'content-type': _t, ...rest } = e.headers;
    writeHead(304, rest);
    end();
    return;
  }
  let out: Buffer = e.body;
  const enc = e.body.length > 1024 ? encodingFor(accept) : null;
  if (enc === 'br') out = e.encoded.br ??= brotliCompressSync(e.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });
  else if (enc === 'gzip') out = e.encoded.gzip ??= gzipSync(e.body, { level: 6 });
  writeHead(e.status, {
    ...e.headers,
    ...(enc ? { 'content-encoding': enc } : {}),
    'content-length': String(out.length),
  });
  end(out);
}

// Loaded once Next is ready: its request classes need the runtime Next sets up.
const { NextRequest } = await import('next/server');
const { POST: signUpPost } = await import('./app/api/events/[slug]/registrations/route');

const API_HEADERS = { ...baseHeaders({ https: false }), 'Content-Security-Policy': NON_HTML_CSP };
const SIGN_UP = /^\/api\/events\/([^/]+)\/registrations$/;
const SIGN_UP_MAX_BYTES = 64 * 1024; // the handler refuses anything over 16 KB with its own answer

/**
 * The public sign-up POST, the one write that comes in a rush: the same route handler Next would
 * call (app/api/events/[slug]/registrations/route.ts), called from here without Next's router,
 * request conversion and tracing, which cost more CPU than the sign-up itself.
 */
async function signUp(req: IncomingMessage, res: ServerResponse, slug: string) {
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > SIGN_UP_MAX_BYTES) break;
      chunks.push(chunk as Buffer);
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const url = `http://${req.headers.host ?? 'localhost'}${req.url}`;
    const request = new NextRequest(url, { method: 'POST', headers, body: Buffer.concat(chunks) });
    const answer = await signUpPost(request, { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
    const body = Buffer.from(await answer.arrayBuffer());
    const out: Record<string, string> = { ...API_HEADERS };
    answer.headers.forEach((v, k) => {
      out[k] = v;
    });
    out['content-length'] = String(body.length);
    res.writeHead(answer.status, out);
    res.end(body);
  } catch (err) {
    console.error('sign-up failed', err);
    if (!res.headersSent) res.writeHead(500, { ...API_HEADERS, 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'internal' }));
  }
}

const server = createServer((req, res) => {
  // Replace, never append: the header a client sends under this name is dropped from both views
  // Node keeps of the request.
  const peer = req.socket.remoteAddress ?? '';
  req.headers[PEER_HEADER] = peer;
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2);
  }
  req.rawHeaders.push(PEER_HEADER, peer);
  const path = (req.url ?? '/').split('?')[0];
  // Next answers a path it cannot decode with a bare 500 and no headers: refuse it here, as a 400.
  if (hasMalformedPercentEncoding(path)) {
    res.writeHead(400, { ...API_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Bad Request\n');
    return;
  }
  const signUpSlug = req.method === 'POST' ? SIGN_UP.exec(path)?.[1] : undefined;
  if (signUpSlug !== undefined) {
    try {
      decodeURIComponent(signUpSlug);
      void signUp(req, res, signUpSlug);
      return;
    } catch {
      /* malformed: Next answers */
    }
  }
  const kind =
    req.method !== 'GET' && req.method !== 'HEAD'
      ? null
      : isCachedPublicPath(path) && !req.headers.rsc
        ? 'page'
        : path === '/api/events'
          ? 'api'
          : null;
  if (kind) {
    const hit = req.method === 'GET' ? frontLookup(req.url ?? '/') : null;
    if (hit) {
      send(res, hit, String(req.headers['accept-encoding'] ?? ''), req.headers['if-none-match']);
      return;
    }
    capture(req, res, kind);
  }
  void handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than a typical load balancer's idle timeout
server.listen(port, host, () => {
  console.log(`Kokoon listening on ${host ?? 'every interface'}, port ${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', shutdown);
// `npm run bench` measures memory after a forced collection (node --expose-gc only), and prints
// where it is before and after: V8's heap, memory outside it (Buffers), and RSS.
process.on('SIGUSR2', () => {
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const usage = () => {
    const m = process.memoryUsage();
    return {
      rss: mb(m.rss),
      heapTotal: mb(m.heapTotal),
      heapUsed: mb(m.heapUsed),
      external: mb(m.external),
      arrayBuffers: mb(m.arrayBuffers),
    };
  };
  const before = usage();
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`kokoon-memory ${JSON.stringify({ before, after: usage() })}`);
});
process.on('SIGINT', shutdown);
