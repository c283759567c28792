'use server';
// The event editor's server actions. Each one finds the signed-in organiser first, parses its input
// with the form's zod schema and calls lib/events/editor, which checks the organiser's scope again;
// ids in bound arguments come from the client and prove nothing.
import { redirect } from 'next/navigation';
import { currentOrganiser, type Organiser } from '@/lib/auth/guards';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import {
  cancelSchema, eventSchema, fieldErrors, materialSchema, streamSchema, type EditorResult,
} from '@/lib/events/editor-schema';
import {
  addEventMaterial, cancelEvent, createEvent, duplicateEvent, publishEvent, setStream, unpublishEvent, updateEvent,
} from '@/lib/events/editor';
import type { ActionResult } from '@/components/editor/form-kit';

const lang = (locale: string): AppLocale => (isLocale(locale) ? locale : 'fi');
const editPage = (l: AppLocale, id: number, query: string) => `/${l}/workspace/events/${id}/edit?${query}`;

function translated(l: AppLocale, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translate(l, v)]));
}

/** A domain refusal as the form shows it: the general message and one message per field. */
function failure(l: AppLocale, r: Extract<EditorResult<unknown>, { ok: false }>): ActionResult {
  return { ok: false, message: translate(l, r.error, r.params), fields: translated(l, r.fields ?? {}) };
}

async function organiserOr(l: AppLocale): Promise<Organiser | ActionResult> {
  const o = await currentOrganiser();
  return o ?? { ok: false, message: translate(l, 'editor.errors.signedOut'), fields: {} };
}
const isResult = (x: Organiser | ActionResult): x is ActionResult => 'ok' in x;

export async function saveEventAction(locale: string, eventId: number | null, values: unknown): Promise<ActionResult> {
  const l = lang(locale);
  const o = await organiserOr(l);
  if (isResult(o)) return o;
  const parsed = eventSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: translate(l, 'editor.errors.invalid'), fields: translated(l, fieldErrors(parsed.error)) };
  if (eventId === null) {
    const r = await createEvent(o, parsed.data);
    if (!r.ok) return failure(l, r);
    return { ok: true, message: translate(l, 'editor.done.created'), redirectTo: editPage(l, r.value.id, 'done=created') };
  }
  const r = await updateEvent(o, Number(eventId), parsed.data);
  if (!r.ok) return failure(l, r);
  const parts = [translate(l, 'editor.done.saved')];
  if (r.value.notified) parts.push(translate(l, 'editor.done.notified', { count: r.value.notified }));
  if (r.value.promoted.length) parts.push(translate(l, 'editor.done.promoted', { count: r.value.promoted.length }));
  return { ok: true, message: parts.join(' ') };
}

/** Status changes are plain POST forms: they work without JavaScript and answer with a redirect. */
async function statusChange(locale: string, eventId: number, run: (o: Organiser, id: number) => Promise<EditorResult<unknown>>, done: string): Promise<never> {
  const l = lang(locale);
  const o = await currentOrganiser();
  if (!o) redirect(`/${l}/signin`);
  const id = Number(eventId);
  const r = await run(o, id);
  if (!r.ok) {
    const count = r.params?.count;
    redirect(editPage(l, id, `error=${r.error.replace('editor.errors.', '')}${count !== undefined ? `&count=${count}` : ''}`));
  }
  const value = r.value as { id?: number; notified?: number } | null;
  if (value?.id) redirect(editPage(l, value.id, `done=${done}`));
  redirect(editPage(l, id, `done=${done}${value?.notified !== undefined ? `&count=${value.notified}` : ''}`));
}

export async function publishAction(locale: string, eventId: number): Promise<void> {
  await statusChange(locale, eventId, (o, id) => publishEvent(o, id), 'published');
}

export async function unpublishAction(locale: string, eventId: number): Promise<void> {
  await statusChange(locale, eventId, (o, id) => unpublishEvent(o, id), 'unpublished');
}

export async function duplicateAction(locale: string, eventId: number): Promise<void> {
  await statusChange(locale, eventId, (o, id) => duplicateEvent(o, id), 'duplicated');
}

export async function cancelAction(locale: string, eventId: number, formData: FormData): Promise<void> {
  const parsed = cancelSchema.safeParse({ changeNoteFi: formData.get('changeNoteFi') ?? '', changeNoteSv: formData.get('changeNoteSv') ?? '' });
  if (!parsed.success || formData.get('confirm') !== 'yes') redirect(editPage(lang(locale), Number(eventId), 'error=cancelConfirm'));
  await statusChange(locale, eventId, (o, id) => cancelEvent(o, id, parsed.data), 'cancelled');
}

export async function saveStreamAction(locale: string, eventId: number, values: unknown): Promise<ActionResult> {
  const l = lang(locale);
  const o = await organiserOr(l);
  if (isResult(o)) return o;
  const parsed = streamSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: translate(l, 'editor.errors.invalid'), fields: translated(l, fieldErrors(parsed.error)) };
  const r = await setStream(o, Number(eventId), parsed.data);
  return r.ok ? { ok: true, message: translate(l, 'editor.done.stream') } : failure(l, r);
}

export async function addMaterialAction(locale: string, eventId: number, values: unknown): Promise<ActionResult> {
  const l = lang(locale);
  const o = await organiserOr(l);
  if (isResult(o)) return o;
  const parsed = materialSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: translate(l, 'editor.errors.invalid'), fields: translated(l, fieldErrors(parsed.error)) };
  const r = await addEventMaterial(o, Number(eventId), parsed.data);
  return r.ok ? { ok: true, message: translate(l, 'editor.done.material') } : failure(l, r);
}
