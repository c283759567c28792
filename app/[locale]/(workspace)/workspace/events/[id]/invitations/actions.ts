'use server';
// Adding addresses to an invited event's list, removing one, mailing one again. The organiser comes
// from the session; lib/invitations checks the event against their scope, validates the whole paste
// and queues the mails.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { translate } from '@/lib/i18n/messages';
import { inviteToEvent } from '@/lib/invitations/service';
import { removeInvitation, resendInvitation, type InvitationChange } from '@/lib/invitations/manage';
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

/**
 * Remove or resend one invitation: plain forms bound as (locale, eventId, invitationId), answered
 * with a redirect back to the list and a notice (POST → GET, works without JavaScript). The
 * notice names the invitation by id, never by address, so no address goes into a URL.
 */
async function change(
  run: 'remove' | 'resend',
  rawLocale: unknown,
  rawId: unknown,
  rawInvitation: unknown,
): Promise<never> {
  const { organiser, locale } = await actionOrganiser(rawLocale);
  const id = parseId(rawId);
  const invitation = parseId(rawInvitation);
  if (id === null) redirect(`/${locale}/workspace`);
  const r: InvitationChange =
    invitation === null
      ? { ok: false, error: 'invitations.errors.invitationNotFound' }
      : run === 'remove'
        ? await removeInvitation(organiser, id, invitation)
        : await resendInvitation(organiser, id, invitation);
  const query = new URLSearchParams(
    r.ok
      ? { done: run === 'remove' ? 'removed' : 'resent', i: String(invitation) }
      : {
          error: r.error.replace('invitations.errors.', ''),
          i: String(invitation ?? ''),
          ...(r.params?.minutes ? { m: String(r.params.minutes) } : {}),
        },
  );
  redirect(`/${locale}/workspace/events/${id}/invitations?${query}#inv-list`);
}

export async function removeInvitationAction(locale: unknown, eventId: unknown, invitationId: unknown) {
  await change('remove', locale, eventId, invitationId);
}
export async function resendInvitationAction(locale: unknown, eventId: unknown, invitationId: unknown) {
  await change('resend', locale, eventId, invitationId);
}
