import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { localized } from '@/lib/i18n/messages';
import { requireOrganiser } from '@/lib/auth/guards';
import { listOrganisers, type OrganiserAccount } from '@/lib/auth/organisers';
import { getReferenceData, type Region } from '@/lib/reference';
import { formatShortDate } from '@/lib/time';
import { changeOrganiserAction, inviteOrganiserAction, setDisabledAction } from './actions';
import { BackLink } from '@/components/ui/back-link';
import type { Locale } from '@/lib/i18n/routing';
import type { OrganiserRole } from '@/lib/auth/guards';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ['invited', 'changed', 'disabled', 'enabled', 'updated', 'unchanged'];
const ERRORS = [
  'notFound',
  'exists',
  'self',
  'region',
  'email',
  'role',
  'nameTooLong',
  'nameInvalid',
  'regionsRequired',
];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const input = 'mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2';
const primary = 'rounded bg-brand-dark px-4 py-2 font-semibold text-white';
const secondary = 'rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark';

type FieldLabel =
  'role' | 'roleAdmin' | 'roleOrganiser' | 'roleProject' | 'regions' | 'regionsHint' | 'regionsRequired';
const ROLE_LABEL = { admin: 'roleAdmin', organiser: 'roleOrganiser', project: 'roleProject' } as const;

/** `regionsError`: the form was sent for a regional organiser without regions; said at the field too. */
function RoleAndRegions({
  idPrefix,
  regions,
  role,
  chosen,
  locale,
  label,
  regionsError = false,
}: {
  idPrefix: string;
  regions: Region[];
  role: OrganiserRole;
  chosen: string[];
  locale: Locale;
  label: (k: FieldLabel) => string;
  regionsError?: boolean;
}) {
  return (
    <>
      <fieldset className="space-y-1">
        <legend className="font-semibold">{label('role')}</legend>
        {(['organiser', 'project', 'admin'] as const).map((r) => (
          <label key={r} className="flex items-center gap-2">
            <input type="radio" name="role" value={r} defaultChecked={role === r} required className="h-5 w-5" />
            {label(ROLE_LABEL[r])}
          </label>
        ))}
      </fieldset>
      <fieldset
        className="space-y-1"
        aria-describedby={`${idPrefix}-regions-hint${regionsError ? ` ${idPrefix}-regions-error` : ''}`}
        aria-invalid={regionsError || undefined}
      >
        <legend className="font-semibold">{label('regions')}</legend>
        <p id={`${idPrefix}-regions-hint`} className="text-sm text-muted">
          {label('regionsHint')}
        </p>
        {regionsError && (
          <p id={`${idPrefix}-regions-error`} className="font-semibold text-bad">
            <span aria-hidden="true">! </span>
            {label('regionsRequired')}
          </p>
        )}
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {regions.map((r) => (
            <label key={r.code} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name="regions"
                value={r.code}
                defaultChecked={chosen.includes(r.code)}
                className="h-5 w-5"
              />
              <span>{localized(locale, r.nameFi, r.nameSv)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** Organiser accounts: invite, change role and regions, disable. National admins only (others get a 404). */
export default async function OrganisersPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const o = await requireOrganiser(locale, `/${locale}/workspace/organisers`);
  const list = await listOrganisers(o);
  if (!list) notFound();
  const [t, ref] = await Promise.all([getTranslations('organisers'), getReferenceData()]);
  const done = one(query.done);
  const error = one(query.error);
  const target = list.find((u) => u.id === one(query.u));
  const labelT = (k: FieldLabel) => t(`fields.${k}`);
  // A regions error belongs to the form it came from: an account's edit form (u=) or the invite form.
  const regionsErrorAt = error === 'regionsRequired' ? (target?.id ?? 'invite') : undefined;

  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {error && ERRORS.includes(error) && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          <span aria-hidden="true">! </span>
          {t(`errors.${error}` as 'errors.exists')}
        </p>
      )}
      {done && DONE.includes(done) && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          <span aria-hidden="true">✓ </span>
          {t(`done.${done}` as 'done.changed', { email: target?.email ?? '' })}
        </p>
      )}

      <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="invite-heading" className="text-xl font-bold">
          {t('invite.heading')}
        </h2>
        <p>{t('invite.intro')}</p>
        <p>{t('invite.existing')}</p>
        <form action={inviteOrganiserAction} className="space-y-4">
          <input type="hidden" name="locale" value={locale} />
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <label htmlFor="invite-email" className="block font-semibold">
                {t('fields.email')}
                <span aria-hidden="true"> *</span>
              </label>
              <input
                id="invite-email"
                name="email"
                type="email"
                required
                autoComplete="off"
                maxLength={254}
                className={input}
              />
            </div>
            <div>
              <label htmlFor="invite-name" className="block font-semibold">
                {t('fields.name')}
              </label>
              <input id="invite-name" name="name" type="text" autoComplete="off" maxLength={120} className={input} />
            </div>
          </div>
          <RoleAndRegions
            idPrefix="invite"
            regions={ref.regions}
            role="organiser"
            chosen={[]}
            locale={locale}
            label={labelT}
            regionsError={regionsErrorAt === 'invite'}
          />
          <button type="submit" className={primary}>
            {t('invite.submit')}
          </button>
        </form>
      </section>

      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-bold">
          {t('list.heading')}
        </h2>
        <ul className="space-y-3">
          {list.map((u) => (
            <Account
              key={u.id}
              u={u}
              self={u.id === o.id}
              regions={ref.regions}
              locale={locale}
              t={t}
              labelT={labelT}
              regionsError={regionsErrorAt === u.id}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

function Account({
  u,
  self,
  regions,
  locale,
  t,
  labelT,
  regionsError,
}: {
  u: OrganiserAccount;
  self: boolean;
  regions: Region[];
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations<'organisers'>>>;
  labelT: Parameters<typeof RoleAndRegions>[0]['label'];
  regionsError: boolean;
}) {
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={u.id} />
    </>
  );
  const who = <span className="sr-only">: {u.email}</span>;
  return (
    <li id={`u-${u.id}`} className="space-y-2 rounded-lg border border-line bg-white p-4">
      <p className="break-all font-semibold">
        {u.email}
        {u.name ? <span className="font-normal"> · {u.name}</span> : null}
      </p>
      <p>
        {u.role === 'organiser'
          ? `${t('fields.roleOrganiser')}: ${u.regions.join(', ') || t('list.noRegions')}`
          : t(`fields.${ROLE_LABEL[u.role]}`)}
        {' · '}
        {u.disabledAt ? (
          <strong>{t('list.disabled', { date: formatShortDate(u.disabledAt, locale) })}</strong>
        ) : (
          t('list.active')
        )}
        {' · '}
        {t('list.invited', { date: formatShortDate(u.invitedAt, locale) })}
      </p>
      {self ? (
        <p className="text-sm text-muted">{t('list.self')}</p>
      ) : (
        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <details className="rounded border border-line p-3" open={regionsError || undefined}>
            <summary className="cursor-pointer font-semibold text-brand-dark">
              {t('list.edit')}
              {who}
            </summary>
            <form action={changeOrganiserAction} className="mt-3 space-y-3">
              {hidden}
              <div>
                <label htmlFor={`name-${u.id}`} className="block font-semibold">
                  {t('fields.name')}
                </label>
                <input
                  id={`name-${u.id}`}
                  name="name"
                  type="text"
                  defaultValue={u.name ?? ''}
                  maxLength={120}
                  className={input}
                />
              </div>
              <RoleAndRegions
                idPrefix={`u-${u.id}`}
                regions={regions}
                role={u.role}
                chosen={u.regions}
                locale={locale}
                label={labelT}
                regionsError={regionsError}
              />
              <button type="submit" className={primary}>
                {t('list.save')}
                {who}
              </button>
            </form>
          </details>
          <form action={setDisabledAction}>
            {hidden}
            <input type="hidden" name="disabled" value={u.disabledAt ? 'no' : 'yes'} />
            <button type="submit" className={secondary}>
              {u.disabledAt ? t('list.enable') : t('list.disable')}
              {who}
            </button>
          </form>
        </div>
      )}
    </li>
  );
}
