// The organisers' list of materials (an event's, in the order people see them, or the standalone
// ones they may change): each with its kind, audience and captions, an edit link, arrows to move it
// (an event's) and a remove button behind a confirmation; then the form to add one.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { Material } from '@/lib/materials/queries';
import { RECORDING_KINDS } from '@/lib/materials/schema';
import { moveMaterialAction, removeMaterialAction } from '@/app/[locale]/(workspace)/workspace/materials/actions';
import { currentOrganiser } from '@/lib/auth/guards';
import { materialsMailCount } from '@/lib/materials/notify';
import { MaterialForm } from './material-form';

const NOTICES = ['removed', 'moved', 'notFound'] as const;
const small = 'rounded border border-brand-dark bg-white px-3 py-1 font-semibold text-brand-dark hover:bg-brand-light';

export async function MaterialManager({
  locale,
  materials,
  target,
  standalone,
  themes,
  notice,
}: {
  locale: Locale;
  materials: Material[];
  target: string;
  standalone: boolean;
  themes: { slug: string; name: string }[];
  notice?: string;
}) {
  const [t, m] = await Promise.all([getTranslations('editor'), getTranslations('materialsArchive')]);
  // An event's materials: the "materials are available" mail box says how many have had it.
  const eventId = /^event:(\d+)$/.exec(target)?.[1];
  const organiser = eventId ? await currentOrganiser() : null;
  const mailed = organiser && eventId ? await materialsMailCount(organiser, Number(eventId)) : null;
  const shown = NOTICES.find((n) => n === notice);
  return (
    <div className="space-y-4">
      {shown && (
        <p
          role={shown === 'notFound' ? 'alert' : 'status'}
          className={`rounded border-2 p-3 font-semibold ${shown === 'notFound' ? 'border-bad bg-bad-light text-bad' : 'border-ok bg-ok-light text-ok'}`}
        >
          {shown === 'notFound' ? t('errors.notFound') : m(`done.${shown}`)}
        </p>
      )}
      {materials.length === 0 ? (
        <p>{t('materials.none')}</p>
      ) : (
        <ol className="space-y-2">
          {materials.map((x, i) => {
            const title = localized(locale, x.titleFi, x.titleSv);
            return (
              <li key={x.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded border border-line p-3">
                <span className="grow">
                  <span className="font-semibold">{title}</span>
                  <span className="text-muted">
                    {' '}
                    · {t(`materialKinds.${x.kind}`)}
                    {!standalone && <> · {t(`visibilities.${x.visibility}`)}</>}
                    {x.hasFile && !x.url ? (
                      <>
                        {' '}
                        · <a href={`/${locale}/workspace/materials/${x.id}/file`}>{m('file')}</a>
                      </>
                    ) : x.url ? (
                      <>
                        {' '}
                        ·{' '}
                        <a href={x.url} rel="noopener noreferrer">
                          {m('link')}
                        </a>
                      </>
                    ) : null}
                    {RECORDING_KINDS.includes(x.kind) && x.captioned !== null && (
                      <> · {m(x.captioned ? 'captioned.shownYes' : 'captioned.shownNo')}</>
                    )}
                  </span>
                </span>
                <Link
                  href={`/workspace/materials/${x.id}`}
                  className="font-semibold"
                  aria-label={m('editNamed', { title })}
                >
                  {m('edit')}
                </Link>
                {!standalone && (
                  <>
                    <form action={moveMaterialAction.bind(null, locale, x.id, 'up')}>
                      <button type="submit" className={small} disabled={i === 0} aria-label={m('moveUp', { title })}>
                        ↑
                      </button>
                    </form>
                    <form action={moveMaterialAction.bind(null, locale, x.id, 'down')}>
                      <button
                        type="submit"
                        className={small}
                        disabled={i === materials.length - 1}
                        aria-label={m('moveDown', { title })}
                      >
                        ↓
                      </button>
                    </form>
                  </>
                )}
                <details>
                  <summary className="cursor-pointer font-semibold text-bad">
                    {m('remove')}
                    <span className="sr-only">: {title}</span>
                  </summary>
                  <form action={removeMaterialAction.bind(null, locale, x.id)} className="mt-2">
                    <button type="submit" className="rounded bg-bad px-3 py-1 font-semibold text-white">
                      {m('removeConfirm', { title })}
                    </button>
                  </form>
                </details>
              </li>
            );
          })}
        </ol>
      )}
      <h3 className="text-lg font-bold">{m('addTitle')}</h3>
      <MaterialForm
        locale={locale}
        target={target}
        standalone={standalone}
        themes={themes}
        notify={eventId ? { mailed: mailed ?? 0 } : undefined}
      />
    </div>
  );
}
