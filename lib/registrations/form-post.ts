import 'server-only';
// The sign-up form when its JavaScript is blocked or failed: the browser posts the form itself
// (application/x-www-form-urlencoded) to /{locale}/events/{slug}/sign-up, never a GET with the
// person's name and e-mail in the URL. The fields are read into the same body the JSON API takes and
// go through the same checks and the same sign-up (signUpAnswer); the answer is a small HTML page in
// the page's language. The JSON API's answers are not touched.
import type { Locale } from '@/lib/i18n/routing';
import { municipalityCodeByName } from '@/lib/reference';
import { signUpAnswer, type ReadBody } from './http';
import { formAnswerPage } from './form-answer-page';
import { audienceFromForm } from '@/lib/audience/form';

const MAX_FORM_BYTES = 16 * 1024;
const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'organisation',
  'sector',
  'role',
  'attendance',
  'diet',
  'accessNeeds',
  'language',
  'website',
] as const;

/** The municipality's code from its name as typed (Finnish or Swedish, any case), or '' when unknown. */
const municipalityCode = municipalityCodeByName;

async function readForm(req: Request): Promise<ReadBody> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers.get('content-type') ?? ''))
    return { ok: false, error: 'badRequest' };
  if (Number(req.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return { ok: false, error: 'tooLarge' };
  const bytes = await req.arrayBuffer();
  if (bytes.byteLength > MAX_FORM_BYTES) return { ok: false, error: 'tooLarge' };
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: 'badEncoding' };
  }
  const body: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    // An unchosen radio button or select sends nothing: left out, the schema names what is missing.
    if (value !== null && !(value === '' && (name === 'sector' || name === 'attendance'))) body[name] = value;
  }
  body.municipality = form.get('municipality') || (await municipalityCode(form.get('municipalityName') ?? ''));
  body.consent = form.get('consent') === 'on' || form.get('consent') === 'true';
  // Own questions: `answers.q<id>` fields (several for a multiple choice) → the API's `answers.<id>`.
  const answers: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const m = /^answers\.q(\d{1,10})$/.exec(key);
    if (!m) continue;
    const values = form.getAll(key);
    answers[m[1]] = values.length > 1 ? values : values[0];
  }
  if (Object.keys(answers).length) body.answers = answers;
  // Workshop picks: `workshops.s<slot id>` radio groups → the API's `workshops.<slot id>`.
  const workshops: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const m = /^workshops\.s(\d{1,10})$/.exec(key);
    if (m) workshops[m[1]] = form.get(key);
  }
  if (Object.keys(workshops).length) body.workshops = workshops;
  Object.assign(body, audienceFromForm(form));
  return { ok: true, body };
}

/** POST /{locale}/events/{slug}/sign-up: the form's answer as an HTML page (its status as the API's). */
export async function handleRegistrationFormPost(
  req: Request,
  slug: string,
  locale: Locale,
  nonce: string | null,
): Promise<Response> {
  const read = await readForm(req);
  const answer = await signUpAnswer(req, read, slug);
  const email = read.ok ? String((read.body as { email?: unknown }).email ?? '').trim() : '';
  const { status, html } = formAnswerPage(answer, { locale, slug, nonce, email });
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex, nofollow',
      ...(answer.ok || answer.error !== 'rateLimited' ? {} : { 'retry-after': String(answer.retryAfterSeconds ?? 60) }),
    },
  });
}
