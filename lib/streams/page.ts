// The small page behind a personal stream link, in the participant's own language. Plain HTML
// from a route handler (no locale in the URL); every piece of data is escaped.
import { translate, localized } from '@/lib/i18n/messages';
import { formatDateTime, formatEventTime } from '@/lib/time';
import type { StreamState } from './access';

/** The page's only styling; its hash is in the page's CSP (handWrittenPageCsp). */
export const STREAM_PAGE_STYLE = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1f2328;background:#f7f7f8;margin:0}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c8cdd0;border-radius:8px}
h1{color:#1a4f8b;margin-top:0}button{font-size:1.25rem;font-weight:600;padding:.75rem 1.5rem;color:#fff;background:#1a4f8b;border:0;border-radius:4px;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1a4f8b;outline-offset:2px}.note{font-weight:600}.hint{color:#5a6168}a{color:#1a4f8b}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function streamPageHtml(state: StreamState, action: string): string {
  const lang = state.kind === 'invalid' ? 'fi' : state.language;
  const t = (key: string, values?: Record<string, string>) => escapeHtml(translate(lang, key, values));
  let body = '';
  if (state.kind === 'invalid') {
    body = `<p class="note">${t('stream.invalid')}</p><p lang="sv" class="note">${escapeHtml(translate('sv', 'stream.invalid'))}</p>`;
  } else {
    const e = state.event;
    body = `<h2>${escapeHtml(localized(lang, e.titleFi, e.titleSv))}</h2><p>${escapeHtml(formatEventTime(e.startsAt, e.endsAt, lang))}</p>`;
    if (state.kind === 'open') {
      body += `<form method="post" action="${escapeHtml(action)}"><button type="submit">${t('stream.join')}</button></form><p class="hint">${t('stream.joinHint')}</p>`;
      if (state.instructions) body += `<h3>${t('stream.instructions')}</h3><p>${escapeHtml(state.instructions)}</p>`;
    } else if (state.kind === 'early') {
      body += `<p class="note">${t('stream.early', { time: formatDateTime(state.opensAt, lang) })}</p>`;
    } else if (state.kind === 'ended') {
      body +=
        `<p class="note">${t('stream.ended')}</p>` +
        state.recordings
          .map(
            (r) =>
              `<p><a href="${escapeHtml(r.url)}" rel="noopener">${t('stream.recording')}: ${escapeHtml(r.title)}</a></p>`,
          )
          .join('');
    } else if (state.kind === 'notReady') {
      body += `<p class="note">${t('stream.notReady')}</p>`;
    } else {
      body += `<p class="note">${t(`stream.${state.reason}`)}</p>`;
    }
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${t('stream.title')} – Kokoon</title>
<style>${STREAM_PAGE_STYLE}</style></head>
<body><main><h1>${t('stream.title')}</h1>${body}<p><a href="/${lang}">${t('stream.home')}</a></p></main></body></html>`;
}
