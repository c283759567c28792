'use server';
// Adding addresses to an invited event's list. The organiser comes from the session; lib/invitations
// checks the event against their scope, validates the whole paste and queues the mails.
import { revalidatePath } from 'next/cache';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { translate } from '@/lib/i18n/messages';
import { inviteToEvent } from '@/lib/invitations/service';
import type { InviteFormState } from '@/components/invitations/invite-form';

export async function inviteAction(
  rawLocale: unknown,
  rawId: unknown,
  _previous: InviteFormState,
  form: FormData,
): Promise<InviteFormState> {
  const { organiser, locale } = await actionOrganiser(rawLocale);
  const addresses = form.get('addresses');
  const language = form.get('language');
  // What the organiser pasted comes back with a refusal, so nothing has to be typed again.
  const kept = { addresses: typeof addresses === 'string' ? addresses : '', language: String(language ?? '') };
  const id = parseId(rawId);
  if (id === null) return { ok: false, message: translate(locale, 'invitations.errors.notFound'), fields: {}, ...kept };
  const r = await inviteToEvent(organiser, id, { addresses, language });
  if (!r.ok) {
    const fields = Object.fromEntries(
      Object.entries(r.fields ?? {}).map(([k, key]) => [k, translate(locale, key, r.params)]),
    );
    return { ok: false, message: translate(locale, r.error, r.params), fields, ...kept };
  }
  revalidatePath(`/${locale}/workspace/events/${id}/invitations`);
  return {
    ok: true,
    message: translate(locale, 'invitations.done', r.value).trim(),
    fields: {},
    addresses: '',
    language: kept.language,
  };
}
