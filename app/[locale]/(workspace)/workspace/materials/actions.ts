'use server';
// Removing and reordering materials: plain POST forms (they work without JavaScript) that answer with
// a redirect back to the list they came from. Adding and editing go through the multipart route
// /api/workspace/materials (files up to 25 MB). lib/materials/editor checks the scope again: ids in
// bound arguments come from the client and prove nothing.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import type { Locale } from '@/lib/i18n/routing';
import { moveMaterial, removeMaterial } from '@/lib/materials/editor';

function listPage(l: Locale, eventId: number | null, notice: string): string {
  return eventId === null
    ? `/${l}/workspace/materials?material=${notice}`
    : `/${l}/workspace/events/${eventId}/edit?material=${notice}#ev-materials`;
}

export async function removeMaterialAction(locale: string, materialId: number): Promise<void> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(materialId);
  const r = id === null ? null : await removeMaterial(organiser, id);
  redirect(r?.ok ? listPage(l, r.value.eventId, 'removed') : listPage(l, null, 'notFound'));
}

export async function moveMaterialAction(locale: string, materialId: number, direction: 'up' | 'down'): Promise<void> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(materialId);
  const r = id === null ? null : await moveMaterial(organiser, id, direction === 'up' ? 'up' : 'down');
  redirect(r?.ok ? listPage(l, r.value.eventId, 'moved') : listPage(l, null, 'notFound'));
}
