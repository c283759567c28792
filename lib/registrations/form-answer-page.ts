// The page that answers a sign-up form posted without JavaScript (lib/registrations/form-post.ts):
// plain HTML in the page's language, every piece of data escaped. Its one <style> carries the
// request's CSP nonce (proxy.ts gives every such page a fresh one), so no other style can run.
// Confirmed, waiting list, "already registered" and errors each look different, as in the form.
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { ERROR_STATUS, errorMessageKey, type SignUpAnswer } from './http';
import { escapeHtml } from '@/lib/streams/page';

/** The form's fields in the order the form shows them: the error list follows it. */
export const FORM_ORDER = [
  'firstName',
  'lastName',
  'email',
  'organisation',
  'municipality',
  'sector',
  'role',
  'attendance',
  'diet',
  'accessNeeds',
  'language',
  'consent',
] as const;

const STYLE = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2328;background:#f7f7f8;margin:0}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c8cdd0;border-radius:8px}
h1{margin-top:0;font-size:1.6rem}a{color:#1a4f8b}a:focus-visible{outline:3px solid #1a4f8b;outline-offset:2px}
.box{border:2px solid;border-radius:6px;padding:1rem}.ok{border-color:#1b6e3a;background:#e9f5ee}.ok h1{color:#1b6e3a}
.wait{border-color:#8a5a00;background:#fff6e0}.wait h1{color:#6b4500}.info{border-color:#1a4f8b;background:#eaf1fa}.info h1{color:#1a4f8b}
.bad{border-color:#a4262c;background:#fbeaea}.bad h1{color:#a4262c}`;

export function formAnswerPage(
  answer: SignUpAnswer,
  o: { locale: Locale; slug: string; nonce: string | null; email: string },
): { status: number; html: string } {
  const { locale } = o;
  const t = (key: string, values?: Record<string, string | number>) => escapeHtml(translate(locale, key, values));
  const formUrl = `/${locale}/events/${encodeURIComponent(o.slug)}`;
  let status: number;
  let kind: 'ok' | 'wait' | 'info' | 'bad';
  let body: string;
  if (answer.ok && answer.status === 'confirmed') {
    status = 201;
    kind = 'ok';
    body = `<h1>${t('registration.form.successTitle')}</h1><p>${t('registration.form.successText', { email: o.email })}</p>`;
  } else if (answer.ok) {
    status = 201;
    kind = 'wait';
    body = `<h1>${t('registration.form.waitlistedTitle')}</h1><p>${t('registration.form.waitlistedText', { email: o.email, position: answer.position ?? 1 })}</p>`;
  } else if (answer.error === 'registration.duplicate') {
    status = ERROR_STATUS[answer.error].status;
    kind = 'info';
    body = `<h1>${t('registration.form.duplicateTitle')}</h1><p>${t('registration.errors.duplicate')}</p>`;
  } else {
    status = ERROR_STATUS[answer.error].status;
    kind = 'bad';
    const fields = answer.fields ?? {};
    const items = [
      ...FORM_ORDER.filter((f) => fields[f]),
      ...Object.keys(fields).filter((f) => !(FORM_ORDER as readonly string[]).includes(f)),
    ].map((f) => {
      const label =
        (FORM_ORDER as readonly string[]).includes(f) && f !== 'consent'
          ? `${translate(locale, `registration.form.${f}`).replace(/ \(.*\)$/, '')}: `
          : '';
      return `<li>${escapeHtml(label)}${t(fields[f]!)}</li>`;
    });
    body = items.length
      ? `<h1>${t('registration.form.errorSummary')}</h1><ul>${items.join('')}</ul><p>${t('registration.form.noScriptBack')}</p>`
      : `<h1>${t('registration.form.notSentTitle')}</h1><p>${t(errorMessageKey(answer.error), answer.values)}</p>`;
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${t('registration.form.title')} – Kokoon</title>
${o.nonce ? `<style nonce="${escapeHtml(o.nonce)}">${STYLE}</style>` : ''}</head>
<body><main><div class="box ${kind}" role="${kind === 'bad' ? 'alert' : 'status'}">${body}</div>
<p><a href="${escapeHtml(formUrl)}">${t('registration.form.backToEvent')}</a></p></main></body></html>`;
  return { status, html };
}
