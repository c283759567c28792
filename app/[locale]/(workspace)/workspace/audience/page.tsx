import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireAdmin } from '@/lib/auth/guards';
import { AUDIENCE_LISTS, getAudienceLists, type AudienceItem, type AudienceListKey } from '@/lib/audience/lists';
import { NAME_MAX } from '@/lib/audience/admin';
import { addItemAction, moveItemAction, updateItemAction } from './actions';
import { BackLink } from '@/components/ui/back-link';
import type { Locale } from '@/lib/i18n/routing';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ['added', 'saved', 'moved'];
const ERRORS = ['notFound', 'nameRequired', 'nameTooLong', 'nameInvalid'];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const input = 'mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2';
const primary = 'rounded bg-brand-dark px-4 py-2 font-semibold text-white';
const secondary =
  'rounded border-2 border-brand-dark bg-white px-3 py-1 font-semibold text-brand-dark disabled:opacity-50';

type T = Awaited<ReturnType<typeof getTranslations<'audience'>>>;

/** The audience lists of the sign-up form: national admins only (others get a 404). */
export default async function AudienceListsPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  await requireAdmin(locale, 'editAudienceLists', `/${locale}/workspace/audience`);
  const query = await searchParams;
  const [t, lists] = await Promise.all([getTranslations('audience'), getAudienceLists()]);
  const done = one(query.done);
  const error = one(query.error);
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {error && ERRORS.includes(error) && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          <span aria-hidden="true">! </span>
          {t(`errors.${error}` as 'errors.notFound')}
        </p>
      )}
      {done && DONE.includes(done) && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          <span aria-hidden="true">✓ </span>
          {t(`admin.done.${done}` as 'admin.done.saved')}
        </p>
      )}
      {AUDIENCE_LISTS.map((list) => (
        <ListSection key={list} list={list} items={lists[list]} locale={locale} t={t} />
      ))}
    </div>
  );
}

function ListSection({
  list,
  items,
  locale,
  t,
}: {
  list: AudienceListKey;
  items: AudienceItem[];
  locale: Locale;
  t: T;
}) {
  const heading = t(`lists.${list}`);
  return (
    <section
      id={list}
      aria-labelledby={`${list}-heading`}
      className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5"
    >
      <h2 id={`${list}-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <ol className="space-y-2">
        {items.map((item, i) => {
          const id = `${list}-${item.code}`;
          const who = <span className="sr-only">: {locale === 'sv' ? item.nameSv : item.nameFi}</span>;
          const hidden = (
            <>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="list" value={list} />
              <input type="hidden" name="code" value={item.code} />
            </>
          );
          return (
            <li key={item.code} className="rounded border border-line p-3">
              <form action={updateItemAction} className="grid gap-3 md:grid-cols-[1fr_1fr_auto_auto] md:items-end">
                {hidden}
                <div>
                  <label htmlFor={`${id}-fi`} className="block font-semibold">
                    {t('admin.nameFi')}
                  </label>
                  <input
                    id={`${id}-fi`}
                    name="nameFi"
                    required
                    maxLength={NAME_MAX}
                    defaultValue={item.nameFi}
                    className={input}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-sv`} className="block font-semibold">
                    {t('admin.nameSv')}
                  </label>
                  <input
                    id={`${id}-sv`}
                    name="nameSv"
                    required
                    maxLength={NAME_MAX}
                    defaultValue={item.nameSv}
                    className={input}
                  />
                </div>
                <label className="inline-flex items-center gap-2 py-2">
                  <input type="checkbox" name="active" defaultChecked={item.active} className="h-5 w-5" />
                  {t('admin.active')}
                  {who}
                </label>
                <button type="submit" className={primary}>
                  {t('admin.save')}
                  {who}
                </button>
              </form>
              <div className="mt-2 flex gap-2">
                {(['up', 'down'] as const).map((direction) => (
                  <form key={direction} action={moveItemAction}>
                    {hidden}
                    <input type="hidden" name="direction" value={direction} />
                    <button
                      type="submit"
                      className={secondary}
                      disabled={direction === 'up' ? i === 0 : i === items.length - 1}
                    >
                      {t(direction === 'up' ? 'admin.up' : 'admin.down')}
                      {who}
                    </button>
                  </form>
                ))}
                {!item.active && <span className="self-center text-sm text-muted">{t('admin.inactiveNote')}</span>}
              </div>
            </li>
          );
        })}
      </ol>
      <form
        action={addItemAction}
        className="grid gap-3 border-t border-line pt-3 md:grid-cols-[1fr_1fr_auto] md:items-end"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="list" value={list} />
        <div>
          <label htmlFor={`${list}-new-fi`} className="block font-semibold">
            {t('admin.newFi')}
          </label>
          <input id={`${list}-new-fi`} name="nameFi" required maxLength={NAME_MAX} className={input} />
        </div>
        <div>
          <label htmlFor={`${list}-new-sv`} className="block font-semibold">
            {t('admin.newSv')}
          </label>
          <input id={`${list}-new-sv`} name="nameSv" required maxLength={NAME_MAX} className={input} />
        </div>
        <button type="submit" className={primary}>
          {t('admin.add')}
          <span className="sr-only">: {heading}</span>
        </button>
      </form>
    </section>
  );
}
