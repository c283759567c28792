'use server';
// Naming the co-organisers of an event or a training series: plain POST forms (no JavaScript
// needed) that answer with a redirect to the page they came from. lib/auth/co-organisers checks that
// the organiser is a national admin and that every named account may be named; ids from the form
// prove nothing.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { setEventCoOrganisers, setSeriesCoOrganisers, type CoOrganiserResult } from '@/lib/auth/co-organisers';
import type { Organiser } from '@/lib/auth/guards';
import { parseId } from '@/lib/ids';

/** The checked accounts: strings only, and no more than a form could honestly send (lib/ limits again). */
function chosen(form: FormData): string[] {
  return form
    .getAll('organisers')
    .filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64)
    .slice(0, 51);
}

async function save(
  rawLocale: string,
  rawId: number,
  form: FormData,
  page: (locale: string, id: number) => string,
  run: (o: Organiser, id: number, userIds: string[]) => Promise<CoOrganiserResult<{ changed: boolean }>>,
): Promise<never> {
  const { organiser, locale } = await actionOrganiser(rawLocale);
  const id = parseId(rawId);
  if (id === null) redirect(`/${locale}/workspace`);
  const r = await run(organiser, id, chosen(form));
  const query = r.ok
    ? `organisers=${r.value.changed ? 'saved' : 'unchanged'}`
    : `organisersError=${r.error.replace('coOrganisers.errors.', '')}`;
  redirect(`${page(locale, id)}?${query}#co-organisers`);
}

export async function saveEventCoOrganisersAction(locale: string, eventId: number, form: FormData): Promise<void> {
  await save(locale, eventId, form, (l, id) => `/${l}/workspace/events/${id}/edit`, setEventCoOrganisers);
}

export async function saveSeriesCoOrganisersAction(locale: string, seriesId: number, form: FormData): Promise<void> {
  await save(locale, seriesId, form, (l, id) => `/${l}/workspace/series/${id}`, setSeriesCoOrganisers);
}
