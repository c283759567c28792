'use server';
// The event editor's server actions. Each one starts with lib/auth/entry-points (the signed-in
// organiser, the id parsed, the values parsed with the form's zod schema) and calls
// lib/events/editor, which checks the organiser's scope again; ids in bound arguments come from the
// client and prove nothing.
import { redirect } from 'next/navigation';
import { actionOrganiser, organiserAction, refused, toLocale } from '@/lib/auth/entry-points';
import type { Organiser } from '@/lib/auth/guards';
import { parseId } from '@/lib/ids';
import type { Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import {
  cancelSchema,
  eventSchema,
  fieldErrors,
  materialSchema,
  streamSchema,
  type EditorResult,
} from '@/lib/events/editor-schema';
import {
  addEventMaterial,
  cancelEvent,
  createEvent,
  duplicateEvent,
  publishEvent,
  setStream,
  unpublishEvent,
  updateEvent,
} from '@/lib/events/editor';

const editPage = (l: Locale, id: number, query: string) => `/${l}/workspace/events/${id}/edit?${query}`;
const keys = {
  fieldErrors,
  invalid: 'editor.errors.invalid',
  signedOut: 'editor.errors.signedOut',
  notFound: 'editor.errors.notFound',
};

export const saveEventAction = organiserAction<typeof eventSchema, number | null>(
  { schema: eventSchema, ...keys },
  async ({ organiser, locale: l, id }, input) => {
    if (id === null) {
      const r = await createEvent(organiser, input);
      if (!r.ok) return refused(l, r);
      return {
        ok: true,
        message: translate(l, 'editor.done.created'),
        redirectTo: editPage(l, r.value.id, 'done=created'),
      };
    }
    const r = await updateEvent(organiser, id, input);
    if (!r.ok) return refused(l, r);
    const parts = [translate(l, 'editor.done.saved')];
    if (r.value.notified) parts.push(translate(l, 'editor.done.notified', { count: r.value.notified }));
    if (r.value.promoted.length) parts.push(translate(l, 'editor.done.promoted', { count: r.value.promoted.length }));
    return { ok: true, message: parts.join(' ') };
  },
);

/** Status changes are plain POST forms: they work without JavaScript and answer with a redirect. */
async function statusChange(
  locale: string,
  eventId: number,
  run: (o: Organiser, id: number) => Promise<EditorResult<unknown>>,
  done: string,
): Promise<never> {
  const { organiser: o, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const r = await run(o, id);
  if (!r.ok) {
    const count = r.params?.count;
    redirect(
      editPage(l, id, `error=${r.error.replace('editor.errors.', '')}${count !== undefined ? `&count=${count}` : ''}`),
    );
  }
  const value = r.value as { id?: number; notified?: number } | null;
  if (value?.id) redirect(editPage(l, value.id, `done=${done}`));
  redirect(editPage(l, id, `done=${done}${value?.notified !== undefined ? `&count=${value.notified}` : ''}`));
}

/** The form carries `confirmPublish=yes` when the organiser has seen the warnings and publishes anyway. */
export async function publishAction(locale: string, eventId: number, formData?: FormData): Promise<void> {
  const confirmed = formData?.get('confirmPublish') === 'yes';
  await statusChange(locale, eventId, (o, id) => publishEvent(o, id, new Date(), { confirmed }), 'published');
}

export async function unpublishAction(locale: string, eventId: number): Promise<void> {
  await statusChange(locale, eventId, (o, id) => unpublishEvent(o, id), 'unpublished');
}

export async function duplicateAction(locale: string, eventId: number): Promise<void> {
  await statusChange(locale, eventId, (o, id) => duplicateEvent(o, id), 'duplicated');
}

export async function cancelAction(locale: string, eventId: number, formData: FormData): Promise<void> {
  const parsed = cancelSchema.safeParse({
    changeNoteFi: formData.get('changeNoteFi') ?? '',
    changeNoteSv: formData.get('changeNoteSv') ?? '',
  });
  if (!parsed.success || formData.get('confirm') !== 'yes')
    redirect(editPage(toLocale(locale), Number(eventId), 'error=cancelConfirm'));
  await statusChange(locale, eventId, (o, id) => cancelEvent(o, id, parsed.data), 'cancelled');
}

export const saveStreamAction = organiserAction(
  { schema: streamSchema, ...keys },
  async ({ organiser, locale: l, id }, input) => {
    const r = await setStream(organiser, id, input);
    return r.ok ? { ok: true, message: translate(l, 'editor.done.stream') } : refused(l, r);
  },
);

export const addMaterialAction = organiserAction(
  { schema: materialSchema, ...keys },
  async ({ organiser, locale: l, id }, input) => {
    const r = await addEventMaterial(organiser, id, input);
    return r.ok ? { ok: true, message: translate(l, 'editor.done.material') } : refused(l, r);
  },
);
