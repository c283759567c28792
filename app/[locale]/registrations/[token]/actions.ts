'use server';
// Changes from the manage page. Each is a POST (a mail scanner's GET never reaches them); the
// secret token in the URL is the only authority, checked again in lib/registrations.
import { redirect } from 'next/navigation';
import { changeAttendance, updateDetails } from '@/lib/registrations/service';
import { detailsSchema } from '@/lib/registrations/schema';
import { looksLikeToken } from '@/lib/registrations/tokens';
import { translate } from '@/lib/i18n/messages';
import { errorMessageKey } from '@/lib/registrations/http';
import { isLocale } from '@/lib/i18n/routing';
import { resetPersonalFeed } from '@/lib/calendar/personal';
import { isMessageKey } from '@/lib/zod';
import { updateAnswers } from '@/lib/questions/manage';
import { changeWorkshop } from '@/lib/programme/manage';
import { parseId } from '@/lib/ids';

function target(locale: string, token: string, done: string) {
  // The token comes from the client: anything not shaped like one is left out of the URL, so no
  // character of it can change the path or the query of the redirect.
  return `/${isLocale(locale) ? locale : 'fi'}/registrations/${looksLikeToken(token) ? token : '-'}?done=${done}`;
}

export async function switchAttendanceAction(locale: string, token: string, mode: 'onsite' | 'remote'): Promise<void> {
  if (!looksLikeToken(token) || (mode !== 'onsite' && mode !== 'remote')) redirect(target(locale, token, 'error'));
  const r = await changeAttendance(token, mode);
  redirect(target(locale, token, r.ok ? 'switched' : `error-${r.error.replace('registration.', '')}`));
}

export type DetailsState = { ok: boolean; message?: string; fields?: Record<string, string> };

export async function updateDetailsAction(locale: string, token: string, values: unknown): Promise<DetailsState> {
  const lang = isLocale(locale) ? locale : 'fi';
  const parsed = detailsSchema.safeParse(values);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues)
      fields[String(i.path[0])] ??= translate(lang, isMessageKey(i.message) ? i.message : 'validation.text');
    return { ok: false, message: translate(lang, 'registration.errors.invalid'), fields };
  }
  if (!looksLikeToken(token)) return { ok: false, message: translate(lang, 'registration.errors.notFound') };
  const r = await updateDetails(token, parsed.data);
  if (!r.ok) {
    const fields = r.fields
      ? Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, translate(lang, v!)]))
      : undefined;
    return { ok: false, message: translate(lang, errorMessageKey(r.error)), fields };
  }
  return { ok: true, message: translate(lang, 'manage.updated') };
}

/** The person's answers to the event's own questions (checked again in lib/questions). */
export async function updateAnswersAction(locale: string, token: string, answers: unknown): Promise<DetailsState> {
  const lang = isLocale(locale) ? locale : 'fi';
  if (!looksLikeToken(token)) return { ok: false, message: translate(lang, 'registration.errors.notFound') };
  const r = await updateAnswers(token, answers);
  if (!r.ok) {
    const fields = r.fields
      ? Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k, translate(lang, v!)]))
      : undefined;
    return { ok: false, message: translate(lang, errorMessageKey(r.error)), fields };
  }
  return { ok: true, message: translate(lang, 'manage.answersSaved') };
}

/** A new personal calendar feed URL (the old one stops working). */
export async function resetFeedAction(token: string): Promise<string | null> {
  return looksLikeToken(token) ? resetPersonalFeed(token) : null;
}

/** The manage page's workshop choice of one slot (a plain form: works without JavaScript). */
export async function changeWorkshopAction(
  locale: string,
  token: string,
  slotId: number,
  form: FormData,
): Promise<void> {
  if (!looksLikeToken(token)) redirect(target(locale, token, 'error'));
  const workshop = parseId(form.get('workshop'));
  const slot = parseId(slotId);
  const r = workshop === null || slot === null ? 'notFound' : await changeWorkshop(token, slot, workshop);
  redirect(target(locale, token, r === 'changed' || r === 'unchanged' ? 'workshop' : `workshop-${r}`));
}
