import type { Metadata } from 'next';
import type { InputHTMLAttributes } from 'react';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localized, translate } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { programmeForEditor, type EditorSlot } from '@/lib/programme/editor';
import { formatClockRange, toHelsinkiIso } from '@/lib/time';
import { BackLink } from '@/components/ui/back-link';
import { Field } from '@/components/registrations/field';
import { Link } from '@/components/ui/link';
import { removeSlotAction, removeWorkshopAction, saveSlotAction, saveWorkshopAction } from '../../programme-actions';

export const metadata: Metadata = { robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string; count?: string; key?: string }>;
};

const ERRORS = ['notFound', 'eventCancelled', 'hasPeople', 'belowHeld', 'full', 'outsideEvent', 'fields'];
const inputClass = 'mt-1 block w-full min-w-0 rounded border border-muted bg-white px-3 py-2';
const primary = 'rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand';
const danger = 'rounded border-2 border-bad bg-white px-3 py-1 text-sm font-semibold text-bad';

/** "2026-05-12T09:00" in Helsinki time, as a datetime-local input wants it. */
const localValue = (d: Date) => toHelsinkiIso(d).slice(0, 16);

/** One labelled input of the editor (the label's `for` is the input's id). */
function Input({ id, label, ...input }: { id: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label}>
      <input id={id} className={inputClass} {...input} />
    </Field>
  );
}

function SlotFields({
  prefix,
  slot,
  t,
  defaultStart,
}: {
  prefix: string;
  slot?: EditorSlot;
  t: (k: string) => string;
  defaultStart: Date;
}) {
  const f = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Input
        id={f('start')}
        label={t('editor.start')}
        name="start"
        type="datetime-local"
        required
        defaultValue={localValue(slot?.startsAt ?? defaultStart)}
      />
      <Input
        id={f('end')}
        label={t('editor.end')}
        name="end"
        type="datetime-local"
        required
        defaultValue={localValue(slot?.endsAt ?? new Date(defaultStart.getTime() + 3600_000))}
      />
      <Input
        id={f('titleFi')}
        label={t('editor.titleFi')}
        name="titleFi"
        lang="fi"
        required
        maxLength={200}
        defaultValue={slot?.titleFi}
      />
      <Input
        id={f('titleSv')}
        label={t('editor.titleSv')}
        name="titleSv"
        lang="sv"
        required
        maxLength={200}
        defaultValue={slot?.titleSv}
      />
      <Input
        id={f('roomFi')}
        label={t('editor.roomFi')}
        name="roomFi"
        lang="fi"
        maxLength={200}
        defaultValue={slot?.roomFi ?? ''}
      />
      <Input
        id={f('roomSv')}
        label={t('editor.roomSv')}
        name="roomSv"
        lang="sv"
        maxLength={200}
        defaultValue={slot?.roomSv ?? ''}
      />
      <div className="md:col-span-2">
        <Field id={f('speakers')} label={t('editor.speakers')}>
          <textarea
            id={f('speakers')}
            name="speakers"
            rows={2}
            className={inputClass}
            defaultValue={slot?.speakers.join('\n')}
          />
        </Field>
      </div>
    </div>
  );
}

function WorkshopFields({
  prefix,
  w,
  t,
}: {
  prefix: string;
  w?: EditorSlot['workshops'][number];
  t: (k: string) => string;
}) {
  const f = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Input
        id={f('titleFi')}
        label={t('editor.workshopTitleFi')}
        name="titleFi"
        lang="fi"
        required
        maxLength={200}
        defaultValue={w?.titleFi}
      />
      <Input
        id={f('titleSv')}
        label={t('editor.workshopTitleSv')}
        name="titleSv"
        lang="sv"
        required
        maxLength={200}
        defaultValue={w?.titleSv}
      />
      <Input
        id={f('capacity')}
        label={t('editor.capacity')}
        name="capacity"
        type="number"
        min={0}
        required
        inputMode="numeric"
        defaultValue={w?.capacity}
      />
      <Input
        id={f('remoteCapacity')}
        label={t('editor.remoteCapacity')}
        name="remoteCapacity"
        type="number"
        min={0}
        inputMode="numeric"
        defaultValue={w?.remoteCapacity ?? ''}
      />
    </div>
  );
}

export default async function ProgrammeEditorPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const organiser = await requireOrganiser(locale, `/${locale}/workspace/events/${id}/programme`);
  const data = await programmeForEditor(organiser, idOrNotFound(id));
  if (!data) notFound();
  const { event, slots } = data;
  const { done, error, count, key } = await searchParams;
  const t = await getTranslations('programme');
  const tt = (k: string) => t(k);
  const notice =
    done === 'saved' || done === 'removed'
      ? { ok: true, text: t(`editor.${done}`) }
      : error && ERRORS.includes(error)
        ? {
            ok: false,
            text: [
              translate(locale, `programme.errors.${error}`, { count: Number(count ?? 0) || 0 }),
              error === 'fields' && key && /^(programme\.validation|security)\.\w+$/.test(key)
                ? translate(locale, key)
                : '',
            ]
              .filter(Boolean)
              .join(' '),
          }
        : null;
  const cancelled = event.status === 'cancelled';
  return (
    <div className="space-y-6">
      <BackLink href={`/workspace/events/${event.id}`} label={localized(locale, event.titleFi, event.titleSv)} />
      <header className="space-y-2">
        <h1 id="programme" className="text-3xl font-bold">
          {t('editor.title')}
        </h1>
        <p className="text-lg">{localized(locale, event.titleFi, event.titleSv)}</p>
        <p>{t('editor.intro')}</p>
      </header>
      {notice && (
        <p
          role={notice.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${notice.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {notice.text}
        </p>
      )}
      {slots.length === 0 && <p>{t('editor.none')}</p>}
      <ol className="space-y-4">
        {slots.map((s) => (
          <li key={s.id} className="space-y-3 rounded-lg border border-line bg-white p-4">
            <h2 className="text-xl font-bold">
              {formatClockRange(s.startsAt, s.endsAt, locale, event.startsAt)} {locale === 'sv' ? s.titleSv : s.titleFi}
            </h2>
            {!cancelled && (
              <details>
                <summary className="cursor-pointer font-semibold">{t('editor.editSlot')}</summary>
                <form action={saveSlotAction.bind(null, locale, event.id, s.id)} className="mt-3 space-y-3">
                  <SlotFields prefix={`slot-${s.id}`} slot={s} t={tt} defaultStart={event.startsAt} />
                  <button type="submit" className={primary}>
                    {t('editor.saveSlot')}
                  </button>
                </form>
              </details>
            )}
            <section aria-labelledby={`ws-${s.id}`} className="space-y-2">
              <h3 id={`ws-${s.id}`} className="font-bold">
                {t('editor.workshopsOf')}
              </h3>
              {s.workshops.length > 0 && (
                <ul className="space-y-2">
                  {s.workshops.map((w) => (
                    <li key={w.id} className="rounded border border-line p-3">
                      <p className="font-semibold">
                        {locale === 'sv' ? w.titleSv : w.titleFi}{' '}
                        <span className="font-normal text-muted">
                          · {t('editor.people', { people: w.people, capacity: w.capacity })}
                        </span>
                      </p>
                      {/* The workshop's own door and sheet, for its host (issue 15 §2). */}
                      <p className="mt-1 flex flex-wrap gap-x-4">
                        <Link href={`/workspace/events/${event.id}/checkin?workshop=${w.id}`}>
                          {t('views.doorLink', { workshop: locale === 'sv' ? w.titleSv : w.titleFi })}
                        </Link>
                        <Link href={`/workspace/events/${event.id}/sheet?workshop=${w.id}`}>
                          {t('views.sheetLink', { workshop: locale === 'sv' ? w.titleSv : w.titleFi })}
                        </Link>
                      </p>
                      {!cancelled && (
                        <div className="mt-2 space-y-2">
                          <details>
                            <summary className="cursor-pointer">{t('editor.saveWorkshop')}</summary>
                            <form
                              action={saveWorkshopAction.bind(null, locale, event.id, s.id, w.id)}
                              className="mt-2 space-y-3"
                            >
                              <WorkshopFields prefix={`w-${w.id}`} w={w} t={tt} />
                              <button type="submit" className={primary}>
                                {t('editor.saveWorkshop')}
                              </button>
                            </form>
                          </details>
                          <form action={removeWorkshopAction.bind(null, locale, event.id, w.id)}>
                            <button
                              type="submit"
                              className={danger}
                              aria-label={`${t('editor.removeWorkshop')}: ${locale === 'sv' ? w.titleSv : w.titleFi}`}
                            >
                              {t('editor.removeWorkshop')}
                            </button>
                          </form>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {!cancelled && (
                <details>
                  <summary className="cursor-pointer font-semibold">{t('editor.addWorkshop')}</summary>
                  <form action={saveWorkshopAction.bind(null, locale, event.id, s.id, null)} className="mt-2 space-y-3">
                    <WorkshopFields prefix={`new-w-${s.id}`} t={tt} />
                    <button type="submit" className={primary}>
                      {t('editor.addWorkshop')}
                    </button>
                  </form>
                </details>
              )}
            </section>
            {!cancelled && (
              <form action={removeSlotAction.bind(null, locale, event.id, s.id)}>
                <button
                  type="submit"
                  className={danger}
                  aria-label={`${t('editor.removeSlot')}: ${locale === 'sv' ? s.titleSv : s.titleFi}`}
                >
                  {t('editor.removeSlot')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
      {!cancelled && (
        <section aria-labelledby="add-slot" className="space-y-3 rounded-lg border border-line bg-white p-4">
          <h2 id="add-slot" className="text-xl font-bold">
            {t('editor.addSlot')}
          </h2>
          <form action={saveSlotAction.bind(null, locale, event.id, null)} className="space-y-3">
            <SlotFields prefix="new-slot" t={tt} defaultStart={slots.at(-1)?.endsAt ?? event.startsAt} />
            <button type="submit" className={primary}>
              {t('editor.addSlot')}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
