'use server';
// The programme editor's server actions (plain forms, no JavaScript needed). Each starts with
// lib/auth/entry-points (the signed-in organiser), parses bound ids once (lib/ids) and the values
// with the form's zod schema; lib/programme/editor checks the event's scope again.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { programmeFieldErrors, slotFormSchema, workshopFormSchema } from '@/lib/programme/schema';
import { moveToWorkshop, removeSlot, removeWorkshop, saveSlot, saveWorkshop } from '@/lib/programme/editor';

type Outcome = { ok: true } | { ok: false; error: string; params?: Record<string, string | number> };

function back(locale: string, eventId: number, r: Outcome, done: string, anchor = 'programme'): never {
  const q = new URLSearchParams();
  if (r.ok) q.set('done', done);
  else {
    q.set('error', r.error.replace('programme.errors.', ''));
    for (const [k, v] of Object.entries(r.params ?? {})) q.set(k, String(v));
  }
  redirect(`/${locale}/workspace/events/${eventId}/programme?${q}#${anchor}`);
}

/** A form with wrong values: the page says which field and why (the first one). */
function fieldsRefusal(fields: Record<string, string>): Outcome {
  const [field, key] = Object.entries(fields)[0] ?? ['form', 'programme.validation.required'];
  return { ok: false, error: 'programme.errors.fields', params: { field, key } };
}

const values = (form: FormData) => Object.fromEntries([...form.keys()].map((k) => [k, form.get(k)]));

export async function saveSlotAction(locale: string, eventId: number, slotId: number | null, form: FormData) {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const sid = slotId === null ? null : parseId(slotId);
  const parsed = slotFormSchema.safeParse(values(form));
  if (!parsed.success) back(l, id, fieldsRefusal(programmeFieldErrors(parsed.error)), '');
  const r =
    slotId !== null && sid === null
      ? ({ ok: false, error: 'programme.errors.notFound' } as const)
      : await saveSlot(organiser, id, sid, parsed.data);
  back(l, id, r, 'saved');
}

export async function removeSlotAction(locale: string, eventId: number, slotId: number) {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  const sid = parseId(slotId);
  if (id === null) redirect(`/${l}/workspace`);
  back(
    l,
    id,
    sid === null ? { ok: false, error: 'programme.errors.notFound' } : await removeSlot(organiser, id, sid),
    'removed',
  );
}

export async function saveWorkshopAction(
  locale: string,
  eventId: number,
  slotId: number,
  workshopId: number | null,
  form: FormData,
) {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const sid = parseId(slotId);
  const wid = workshopId === null ? null : parseId(workshopId);
  const parsed = workshopFormSchema.safeParse(values(form));
  if (!parsed.success) back(l, id, fieldsRefusal(programmeFieldErrors(parsed.error)), '');
  const r =
    sid === null || (workshopId !== null && wid === null)
      ? ({ ok: false, error: 'programme.errors.notFound' } as const)
      : await saveWorkshop(organiser, id, sid, wid, parsed.data);
  back(l, id, r, 'saved');
}

export async function removeWorkshopAction(locale: string, eventId: number, workshopId: number) {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  const wid = parseId(workshopId);
  if (id === null) redirect(`/${l}/workspace`);
  back(
    l,
    id,
    wid === null ? { ok: false, error: 'programme.errors.notFound' } : await removeWorkshop(organiser, id, wid),
    'removed',
  );
}

/** From the attendance list: move a person to another workshop of a slot (refused when it is full). */
export async function moveWorkshopAction(
  locale: string,
  eventId: number,
  registrationId: number,
  slotId: number,
  form: FormData,
) {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const rid = parseId(registrationId);
  const sid = parseId(slotId);
  const wid = parseId(form.get('workshop'));
  const r =
    rid === null || sid === null || wid === null
      ? ({ ok: false, error: 'programme.errors.notFound' } as const)
      : await moveToWorkshop(organiser, id, rid, sid, wid);
  const q = r.ok ? 'workshopMoved=1' : `workshopError=${r.error.replace('programme.errors.', '')}`;
  redirect(`/${l}/workspace/events/${id}?${q}`);
}
