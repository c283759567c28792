'use server';
// The national admin's changes to organiser accounts, as plain POST forms (they work without
// JavaScript) answered with a redirect back to the page. The admin comes from the session and
// lib/auth/organisers checks the role again; ids from the form prove nothing.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import type { Locale } from '@/lib/i18n/routing';
import { organiserChangeSchema, organiserFormValues, organiserInviteSchema } from '@/lib/auth/organiser-schema';
import { changeOrganiser, inviteAsAdmin, setOrganiserDisabled, type OrganiserResult } from '@/lib/auth/organisers';

function answer(
  l: Locale,
  r: OrganiserResult<unknown> | { ok: false; error: string },
  done: string,
  userId?: string,
): never {
  const q = new URLSearchParams(r.ok ? { done } : { error: r.error.split('.').pop()! });
  if (userId) q.set('u', userId);
  redirect(`/${l}/workspace/organisers?${q}${userId ? `#u-${userId}` : ''}`);
}

const userIdOf = (form: FormData) => (typeof form.get('userId') === 'string' ? (form.get('userId') as string) : '');

export async function inviteOrganiserAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const parsed = organiserInviteSchema.safeParse(organiserFormValues(form));
  if (!parsed.success) answer(l, { ok: false, error: parsed.error.issues[0].message }, '');
  const r = await inviteAsAdmin(o, parsed.data);
  // An address that already had an account was updated, not invited: say so, at that account.
  if (r.ok && !r.value.created) answer(l, r, r.value.changed ? 'updated' : 'unchanged', r.value.id);
  answer(l, r, 'invited');
}

export async function changeOrganiserAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const parsed = organiserChangeSchema.safeParse(organiserFormValues(form));
  if (!parsed.success) answer(l, { ok: false, error: parsed.error.issues[0].message }, '', userIdOf(form));
  answer(l, await changeOrganiser(o, userIdOf(form), parsed.data), 'changed', userIdOf(form));
}

export async function setDisabledAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const disable = form.get('disabled') === 'yes';
  answer(l, await setOrganiserDisabled(o, userIdOf(form), disable), disable ? 'disabled' : 'enabled', userIdOf(form));
}
