import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { getAlertSettings, THRESHOLD_MAX } from '@/lib/alerts/settings';
import { saveAlertSettingsAction } from './actions';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The signed-in organiser's own alert settings (issue 17): every organiser account, each its own. */
export default async function AccountAlertsPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const o = await requireOrganiser(locale, `/${locale}/workspace/account`);
  const query = await searchParams;
  const [t, tl, saved] = await Promise.all([
    getTranslations('organiserAlerts'),
    getTranslations('languages'),
    getAlertSettings(o),
  ]);
  const refused = one(query.error) === 'threshold';
  // After a refusal the form shows what was typed (nothing was saved).
  const shown = refused
    ? {
        dailyDigest: one(query.dailyDigest) === 'on',
        eventFull: one(query.eventFull) === 'on',
        threshold: (one(query.threshold) ?? '').slice(0, 20),
      }
    : {
        dailyDigest: saved.dailyDigest,
        eventFull: saved.eventFull,
        threshold: saved.waitlistThreshold === null ? '' : String(saved.waitlistThreshold),
      };
  const box = 'mt-1 h-5 w-5 shrink-0';
  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro', { email: o.email, language: tl(locale).toLocaleLowerCase(locale) })}</p>
      {saved.nationalAdmin && <p>{t('introAdmin')}</p>}
      {refused && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          <span aria-hidden="true">! </span>
          {t('errors.invalid')}
        </p>
      )}
      {one(query.done) === 'saved' && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          <span aria-hidden="true">✓ </span>
          {t('saved')}
        </p>
      )}
      <form
        action={saveAlertSettingsAction}
        className="max-w-2xl space-y-5 rounded-lg border border-line bg-white p-4 sm:p-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <div className="flex gap-3">
          <input
            id="al-digest"
            type="checkbox"
            name="dailyDigest"
            defaultChecked={shown.dailyDigest}
            aria-describedby="al-digest-hint"
            className={box}
          />
          <div>
            <label htmlFor="al-digest" className="font-semibold">
              {t('digest')}
            </label>
            <p id="al-digest-hint" className="text-muted">
              {t('digestHint')}
            </p>
          </div>
        </div>
        <div className="flex gap-3">
          <input
            id="al-full"
            type="checkbox"
            name="eventFull"
            defaultChecked={shown.eventFull}
            aria-describedby="al-full-hint"
            className={box}
          />
          <div>
            <label htmlFor="al-full" className="font-semibold">
              {t('full')}
            </label>
            <p id="al-full-hint" className="text-muted">
              {t('fullHint')}
            </p>
          </div>
        </div>
        <div>
          <label htmlFor="al-threshold" className="font-semibold">
            {t('threshold')}
          </label>
          <p id="al-threshold-hint" className="text-muted">
            {t('thresholdHint')}
          </p>
          <input
            id="al-threshold"
            name="waitlistThreshold"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={String(THRESHOLD_MAX).length}
            defaultValue={shown.threshold}
            aria-invalid={refused || undefined}
            aria-describedby={refused ? 'al-threshold-hint al-threshold-error' : 'al-threshold-hint'}
            className="mt-1 block w-32 rounded border-2 border-muted bg-white px-3 py-2"
          />
          {refused && (
            <p id="al-threshold-error" className="mt-1 font-semibold text-bad">
              {t('errors.threshold')}
            </p>
          )}
        </div>
        <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
          {t('save')}
        </button>
      </form>
    </div>
  );
}
