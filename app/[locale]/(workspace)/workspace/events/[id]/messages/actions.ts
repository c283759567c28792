'use server';
// Sending an organiser's message. The organiser comes from the session; the form's values are
// parsed again with the form's schema; lib/messages checks the event against the organiser's scope.
import { currentOrganiser } from '@/lib/auth/guards';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { messageFieldErrors, messageSchema } from '@/lib/messages/schema';
import { sendEventMessage } from '@/lib/messages/service';
import { isMessageKey } from '@/lib/zod';
import type { ActionResult } from '@/components/editor/form-kit';

/**
 * The catalogue key for a field's issue. A value of the wrong type (a field missing from a replayed
 * or forged POST) carries zod's own English text, not a key: it gets the general one for the field.
 */
function fieldMessageKey(field: string, message: string): string {
  if (message.startsWith('messages.validation.') || isMessageKey(message)) return message;
  return field === 'formKey' ? 'messages.validation.formKey' : 'validation.text';
}

export async function sendMessageAction(locale: string, eventId: number, values: unknown): Promise<ActionResult> {
  const l: AppLocale = isLocale(locale) ? locale : 'fi';
  const o = await currentOrganiser();
  if (!o) return { ok: false, message: translate(l, 'editor.errors.signedOut'), fields: {} };
  const parsed = messageSchema.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(messageFieldErrors(parsed.error)).map(([k, v]) => [k, translate(l, fieldMessageKey(k, v))]));
    return { ok: false, message: translate(l, 'messages.errors.invalid'), fields };
  }
  const r = await sendEventMessage(o, eventId, parsed.data);
  if (!r.ok) return { ok: false, message: translate(l, r.error), fields: {} };
  return {
    ok: true, message: translate(l, 'messages.done.queued', { count: r.value.recipients }),
    redirectTo: `/${l}/workspace/events/${r.value.eventId}/messages/${r.value.messageId}`,
  };
}
