// The "Organisers" section of the event and series editors: who is named besides the region's own
// organisers, and for a national admin a form to change it (a plain POST form: works without
// JavaScript). Kept apart from the event form so that each can change without the other.
import { getTranslations } from 'next-intl/server';
import type { CoOrganiserChoice, NamedOrganiser } from '@/lib/auth/co-organisers';

const DONE = ['saved', 'unchanged'];
const ERRORS = ['notFound', 'account'];

export async function CoOrganisersSection({
  kind,
  action,
  locale,
  named,
  choices,
  done,
  error,
}: {
  kind: 'event' | 'series';
  /** The bound server action (locale and id bound by the page). */
  action: (form: FormData) => Promise<void>;
  locale: string;
  named: NamedOrganiser[];
  /** The accounts a national admin may name; null for anyone else (they only see who is named). */
  choices: CoOrganiserChoice[] | null;
  done?: string;
  error?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'coOrganisers' });
  const label = (c: CoOrganiserChoice) =>
    `${c.name ? `${c.name} · ` : ''}${c.email} (${c.role === 'project' ? t('project') : t('regional', { regions: c.regions.join(', ') || '–' })})`;
  const namedIds = new Set(named.map((n) => n.id));
  return (
    <section
      id="co-organisers"
      aria-labelledby="co-organisers-heading"
      className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5"
    >
      <h2 id="co-organisers-heading" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p>{t(kind === 'event' ? 'introEvent' : 'introSeries')}</p>
      {done && DONE.includes(done) && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          <span aria-hidden="true">✓ </span>
          {t(`done.${done}` as 'done.saved')}
        </p>
      )}
      {error && ERRORS.includes(error) && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          <span aria-hidden="true">! </span>
          {t(`errors.${error}` as 'errors.account')}
        </p>
      )}
      <p>
        {named.length
          ? t('named', { names: named.map((n) => (n.name ? `${n.name} (${n.email})` : n.email)).join(', ') })
          : t('noneNamed')}
      </p>
      {choices &&
        (choices.length === 0 ? (
          <p>{t('noChoices')}</p>
        ) : (
          <form action={action} className="space-y-3">
            <fieldset className="space-y-1" aria-describedby="co-organisers-hint">
              <legend className="font-semibold">{t('choose')}</legend>
              <p id="co-organisers-hint" className="text-sm text-muted">
                {t('chooseHint')}
              </p>
              {choices.map((c) => (
                <label key={c.id} className="flex items-start gap-2 break-all">
                  <input
                    type="checkbox"
                    name="organisers"
                    value={c.id}
                    defaultChecked={namedIds.has(c.id)}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <span>{label(c)}</span>
                </label>
              ))}
            </fieldset>
            <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand">
              {t('save')}
            </button>
          </form>
        ))}
    </section>
  );
}
