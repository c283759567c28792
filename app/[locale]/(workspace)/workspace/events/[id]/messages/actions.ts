'use server';
// Sending an organiser's message. The organiser comes from the session and the form's values are
// parsed again with the form's schema (lib/auth/entry-points); lib/messages checks the event
// against the organiser's scope.
import { organiserAction, refused } from '@/lib/auth/entry-points';
import { translate } from '@/lib/i18n/messages';
import { messageFieldErrors, messageSchema, testMessageSchema } from '@/lib/messages/schema';
import { sendEventMessage, sendTestMessage } from '@/lib/messages/service';
import { isMessageKey } from '@/lib/zod';
import type { z } from 'zod';

/**
 * The catalogue key for a field's issue. A value of the wrong type (a field missing from a replayed
 * or forged POST) carries zod's own English text, not a key: it gets the general one for the field.
 */
function fieldMessageKey(field: string, message: string): string {
  if (message.startsWith('messages.validation.') || isMessageKey(message)) return message;
  return field === 'formKey' ? 'messages.validation.formKey' : 'validation.text';
}

const fieldErrors = (error: z.ZodError) =>
  Object.fromEntries(Object.entries(messageFieldErrors(error)).map(([k, v]) => [k, fieldMessageKey(k, v)]));

export const sendMessageAction = organiserAction(
  {
    schema: messageSchema,
    fieldErrors,
    invalid: 'messages.errors.invalid',
    signedOut: 'editor.errors.signedOut',
    notFound: 'messages.errors.notFound',
  },
  async ({ organiser, locale: l, id }, input) => {
    const r = await sendEventMessage(organiser, id, input);
    if (!r.ok) return refused(l, r);
    return {
      ok: true,
      message: translate(l, 'messages.done.queued', { count: r.value.recipients }),
      redirectTo: `/${l}/workspace/events/${r.value.eventId}/messages/${r.value.messageId}`,
    };
  },
);

/** "Send a test to me": to the signed-in organiser's own address (from the session), never to anyone else. */
export const sendTestMessageAction = organiserAction(
  {
    schema: testMessageSchema,
    fieldErrors,
    invalid: 'messages.errors.invalid',
    signedOut: 'editor.errors.signedOut',
    notFound: 'messages.errors.notFound',
  },
  async ({ organiser, locale: l, id }, input) => {
    const r = await sendTestMessage(organiser, id, input);
    if (!r.ok) return refused(l, r);
    return { ok: true, message: translate(l, `messages.test.queued.${input.testLanguage}`, { email: r.value.to }) };
  },
);
