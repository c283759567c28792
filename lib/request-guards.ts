// Requests Next.js itself answers with a 500 before any code of ours runs (issue 12), to be refused
// in proxy.ts with the 4xx they are:
// - a path with malformed percent-encoding (`/fi/events/%ff`): Next's route matcher throws a
//   DecodeError, meant to become a 400 through the Pages Router's /_error page, which an App
//   Router-only build does not have, so it becomes a bare 500 without our headers;
// - server-action POSTs with a foreign Origin (Next's CSRF check sets 500 by hand), a body over its
//   1 MB limit, or a React fetch whose body is not the JSON React sends.
// Pure functions of the request, for proxy.ts: no server-only.

/** Does decoding this path (as Next does, segment by segment) throw? */
export function hasMalformedPercentEncoding(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/** Next's default `serverActions.bodySizeLimit` (next.config.ts does not change it). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type ActionRefusal = { status: 400 | 403 | 413; message: string };

/** A POST Next would treat as a server action: React's fetch (Next-Action header) or a form without JavaScript. */
export function isServerActionPost(req: Request): boolean {
  if (req.method !== 'POST') return false;
  return (
    req.headers.has('next-action') ||
    (req.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
  );
}

/** The host an Origin names, as Next compares it ('null' for an opaque origin, '' if unreadable). */
function originHost(origin: string): string {
  if (origin === 'null') return 'null';
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}

/** The body, or null once it passes `limit` bytes (read from a clone: the request stays readable). */
async function readLimited(req: Request, limit: number): Promise<Uint8Array | null> {
  const reader = req.clone().body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a clone's cancel settles only once the original is cancelled too.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Why this server-action POST must be refused, or null to let Next handle it. */
export async function refuseServerActionPost(req: Request): Promise<ActionRefusal | null> {
  if (!isServerActionPost(req)) return null;
  // The same comparison as Next's CSRF check: the Origin's host against X-Forwarded-Host or Host.
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? new URL(req.url).host;
  if (origin !== null && originHost(origin) !== host) return { status: 403, message: 'Forbidden: cross-origin form' };
  const length = req.headers.get('content-length');
  if (length !== null && !(Number(length) <= ACTION_BODY_LIMIT)) return { status: 413, message: 'Payload Too Large' };
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  const mustBeJson = req.headers.has('next-action') && !type.startsWith('multipart/form-data');
  if (length !== null && !mustBeJson) return null;
  const body = await readLimited(req, ACTION_BODY_LIMIT);
  if (body === null) return { status: 413, message: 'Payload Too Large' };
  if (mustBeJson) {
    try {
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return { status: 400, message: 'Bad Request' };
    }
  }
  return null;
}
