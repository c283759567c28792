'use server';
// The national admin's edits of the audience lists, as plain POST forms (they work without
// JavaScript) answered with a redirect back to the page. lib/audience/admin checks the role again.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import type { Locale } from '@/lib/i18n/routing';
import { addAudienceItem, moveAudienceItem, updateAudienceItem, type AudienceAdminResult } from '@/lib/audience/admin';
import { isAudienceList, type AudienceListKey } from '@/lib/audience/lists';

function answer(
  l: Locale,
  list: AudienceListKey | null,
  r: AudienceAdminResult<unknown>,
  done: string,
  code?: string,
): never {
  const q = new URLSearchParams(r.ok ? { done } : { error: r.error.split('.').pop()! });
  if (list) q.set('list', list);
  if (code) q.set('code', code);
  redirect(`/${l}/workspace/audience?${q}${list ? `#${list}` : ''}`);
}

const str = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');

export async function addItemAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const list = form.get('list');
  if (!isAudienceList(list)) answer(l, null, { ok: false, error: 'audience.errors.notFound' }, '');
  answer(l, list, await addAudienceItem(o, list, { nameFi: form.get('nameFi'), nameSv: form.get('nameSv') }), 'added');
}

export async function updateItemAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const list = form.get('list');
  if (!isAudienceList(list)) answer(l, null, { ok: false, error: 'audience.errors.notFound' }, '');
  const code = str(form, 'code');
  const r = await updateAudienceItem(o, list, code, {
    nameFi: form.get('nameFi'),
    nameSv: form.get('nameSv'),
    active: form.get('active') === 'on',
  });
  answer(l, list, r, 'saved', code);
}

export async function moveItemAction(form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(form.get('locale'));
  const list = form.get('list');
  if (!isAudienceList(list)) answer(l, null, { ok: false, error: 'audience.errors.notFound' }, '');
  const code = str(form, 'code');
  answer(l, list, await moveAudienceItem(o, list, code, form.get('direction') === 'up' ? 'up' : 'down'), 'moved', code);
}
