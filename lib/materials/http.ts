import 'server-only';
// The materials' route handlers: saving a material with its file (one multipart POST, read with an
// explicit 25 MB cap — it lives under /api/ so that neither proxy.ts nor Next's 1 MB server-action
// limit touches it), downloads (the right Content-Type, attachment, nosniff and a sandbox CSP, so a
// file is never run in Kokoon's origin), and GET /api/materials.
import { NextResponse } from 'next/server';
import { currentOrganiser, type Organiser } from '@/lib/auth/guards';
import { publicBaseUrl } from '@/lib/config';
import { fieldErrors } from '@/lib/events/editor-schema';
import { translate } from '@/lib/i18n/messages';
import { toLocale, type Locale } from '@/lib/i18n/routing';
import { fileResponse, jsonError, PRIVATE_HEADERS } from '@/lib/http';
import { parseId } from '@/lib/ids';
import { registrationForManageToken } from '@/lib/certificates';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { checkUpload, type UploadedFile } from './files';
import { materialSchema, materialsQuery, MAX_FILE_BYTES, RECORDING_KINDS } from './schema';
import { saveMaterial, type SaveTarget } from './editor';
import { organiserMaterialFile, publicMaterialFile, registrationMaterialFile, type StoredFile } from './access';
import { listPublicMaterials, publicFilePath } from './queries';

/** Room for the form's text fields and multipart boundaries beside the largest file. */
const BODY_LIMIT = MAX_FILE_BYTES + 256 * 1024;

/** The body, or null once it passes `limit` bytes (nothing more is read). */
async function readCapped(req: Request, limit: number): Promise<Uint8Array | null> {
  const length = req.headers.get('content-length');
  if (length !== null && !(Number(length) <= limit)) return null;
  const reader = req.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
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

/** Same-origin only: a form of another site cannot post with the organiser's cookies. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (origin === null) return true; // not a browser's cross-site form (they always send Origin on POST)
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? new URL(req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

type Answer =
  | { ok: true; message: string; redirectTo?: string; id: number }
  | { ok: false; message: string; fields: Record<string, string> };
const answer = (status: number, body: Answer) => NextResponse.json(body, { status, headers: PRIVATE_HEADERS });
const refusal = (l: Locale, status: number, error: string, fields: Record<string, string> = {}) =>
  answer(status, {
    ok: false,
    message: translate(l, error),
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translate(l, v)])),
  });

function targetOf(raw: FormDataEntryValue | null): SaveTarget | null {
  const s = typeof raw === 'string' ? raw : '';
  if (s === 'standalone') return { kind: 'standalone' };
  const m = /^(event|material):(\d+)$/.exec(s);
  const id = m ? parseId(m[2]) : null;
  if (!m || id === null) return null;
  return m[1] === 'event' ? { kind: 'event', eventId: id } : { kind: 'existing', id };
}

/**
 * POST /api/workspace/materials?locale=fi — multipart: `target` (event:ID, material:ID or standalone),
 * the form's fields, and optionally `file`. Answers the editor's form result as JSON.
 */
export async function saveMaterialRequest(req: Request, who: Organiser | null = null): Promise<Response> {
  const l = toLocale(new URL(req.url).searchParams.get('locale'));
  if (!sameOrigin(req)) return jsonError(403, 'forbidden');
  const o = who ?? (await currentOrganiser());
  if (!o) return refusal(l, 401, 'editor.errors.signedOut');
  const body = await readCapped(req, BODY_LIMIT);
  if (body === null)
    return refusal(l, 413, 'materialsArchive.errors.fileSize', { file: 'materialsArchive.errors.fileSize' });
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, {
      headers: { 'content-type': req.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return refusal(l, 400, 'editor.errors.invalid');
  }
  const target = targetOf(form.get('target'));
  if (!target) return refusal(l, 404, 'editor.errors.notFound');
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : null;
  };
  const parsed = materialSchema.safeParse({
    kind: text('kind'),
    visibility: text('visibility'),
    language: text('language'),
    titleFi: text('titleFi'),
    titleSv: text('titleSv'),
    descriptionFi: text('descriptionFi'),
    descriptionSv: text('descriptionSv'),
    url: text('url'),
    captioned: text('captioned'),
    themes: form.getAll('themes').filter((v): v is string => typeof v === 'string'),
    targetLevel: text('targetLevel'),
    year: text('year'),
  });
  if (!parsed.success) return refusal(l, 422, 'editor.errors.invalid', fieldErrors(parsed.error));
  const raw = form.get('file');
  let file: UploadedFile | null = null;
  if (raw instanceof File && raw.size > 0) {
    const checked = await checkUpload(new Uint8Array(await raw.arrayBuffer()), raw.name);
    if (!checked.ok) return refusal(l, 422, checked.error, { file: checked.error });
    file = checked.file;
  }
  const notifyParticipants = text('notifyParticipants') === 'yes';
  const r = await saveMaterial(o, target, parsed.data, file, { notifyParticipants });
  if (!r.ok) return refusal(l, r.error === 'editor.errors.notFound' ? 404 : 422, r.error, r.fields);
  const mailed = r.value.mailed;
  return answer(200, {
    ok: true,
    message:
      mailed === null
        ? translate(l, target.kind === 'existing' ? 'materialsArchive.done.saved' : 'editor.done.material')
        : mailed > 0
          ? translate(l, 'materialsArchive.notify.sent', { count: mailed })
          : translate(l, 'materialsArchive.notify.none'),
    id: r.value.id,
  });
}

/** A stored file as a download: never rendered or sniffed by the browser, never run with Kokoon's origin. */
export function materialFileResponse(f: StoredFile | null, headers: Readonly<Record<string, string>>): Response {
  if (!f)
    return new NextResponse('Not found', {
      status: 404,
      headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  return fileResponse(f, {
    ...headers,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
  });
}

const PUBLIC_FILE_HEADERS = { 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' };

export async function publicFileRequest(id: string): Promise<Response> {
  const n = parseId(id);
  return materialFileResponse(n === null ? null : await publicMaterialFile(n), PUBLIC_FILE_HEADERS);
}

export async function registrationFileRequest(
  token: string,
  id: string,
  headers: Readonly<Record<string, string>>,
): Promise<Response> {
  const n = parseId(id);
  const reg = n !== null && looksLikeToken(token) ? await registrationForManageToken(token) : null;
  return materialFileResponse(reg && n !== null ? await registrationMaterialFile(reg, n) : null, headers);
}

export async function organiserFileRequest(o: Organiser, id: string): Promise<Response> {
  const n = parseId(id);
  return materialFileResponse(n === null ? null : await organiserMaterialFile(o, n), PRIVATE_HEADERS);
}

/**
 * GET /api/materials?q=&theme=&lang=&kind=&level=&year= — public materials, newest first (the
 * documented shape). A file's URL is on the public base URL (APP_URL), as /api/events' links are:
 * behind a TLS proxy the request's own origin is an internal one.
 */
export async function materialsApi(params: URLSearchParams) {
  const query = materialsQuery.parse({
    q: params.get('q') || undefined,
    theme: params.get('theme') || undefined,
    lang: params.get('lang') || undefined,
    kind: params.get('kind') || undefined,
    level: params.get('level') || undefined,
    year: params.get('year') || undefined,
  });
  const base = publicBaseUrl();
  const list = await listPublicMaterials(query, { limit: 500 });
  return list.map((m) => ({
    id: m.id,
    title: { fi: m.titleFi, sv: m.titleSv },
    kind: m.kind,
    event: m.event?.slug ?? null,
    themes: m.themes,
    url: m.url ?? `${base}${publicFilePath(m.id)}`,
    ...(RECORDING_KINDS.includes(m.kind) ? { captioned: m.captioned } : {}),
    language: m.language,
    createdAt: m.createdAt.toISOString(),
  }));
}
