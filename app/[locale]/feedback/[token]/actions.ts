'use server';
// The survey form's POST: the private token in the URL is the only authority (lib/surveys/answer
// checks it, validates with the form's own schema and stores the answers once).
import { isLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { submitSurvey } from '@/lib/surveys/answer';

export type SurveyActionResult = { ok: true } | { ok: false; message: string; fields?: Record<string, string> };

export async function submitSurveyAction(locale: string, token: string, values: unknown): Promise<SurveyActionResult> {
  const l = isLocale(locale) ? locale : 'fi';
  const r = await submitSurvey(token, values);
  if (r.ok) return { ok: true };
  if (r.error === 'survey.errors.fields') {
    return {
      ok: false,
      message: translate(l, 'survey.page.errorSummary'),
      fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, translate(l, v)])),
    };
  }
  return { ok: false, message: translate(l, r.error) };
}
