// What a bulk sending will look like (certificates, the feedback survey): the recipients per
// language, the mail in Finnish and Swedish side by side (its subject and the text part the
// worker renders from the same template as the HTML), and "send a test to me" as a plain POST form
// (works without JavaScript; the answer comes back in the page's query).
import { getTranslations } from 'next-intl/server';
import type { LanguageCounts, MailPreview } from '@/lib/mail/preview';
import { locales, type Locale } from '@/lib/i18n/routing';

export type TestOutcome = {
  sent?: Locale;
  error?: 'rateLimited' | 'notFound' | 'noSurvey' | 'notTraining';
  seconds?: number;
};

type Props = {
  locale: Locale;
  counts: LanguageCounts;
  already: number;
  mails: MailPreview;
  email: string;
  testAction: (form: FormData) => Promise<void>;
  outcome: TestOutcome;
  /** Between the mails and the test (the certificate's sample PDF). */
  children?: React.ReactNode;
};

export async function MailPreviewPanel({
  locale,
  counts,
  already,
  mails,
  email,
  testAction,
  outcome,
  children,
}: Props) {
  const t = await getTranslations('mailPreview');
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-lg font-semibold" data-testid="preview-recipients">
          {t('recipients', { total: counts.fi + counts.sv, fi: counts.fi, sv: counts.sv })}
        </p>
        {already > 0 && <p>{t('already', { count: already })}</p>}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {locales.map((l) => (
          <section
            key={l}
            aria-labelledby={`mp-${l}`}
            className="min-w-0 space-y-2 rounded-lg border border-line bg-white p-4"
          >
            <h2 id={`mp-${l}`} className="text-xl font-bold">
              {t(`language.${l}`)}
            </h2>
            <dl lang={l} className="space-y-2">
              <dt className="font-semibold" lang={locale}>
                {t('subject')}
              </dt>
              <dd>{mails[l].subject}</dd>
              <dt className="font-semibold" lang={locale}>
                {t('body')}
              </dt>
              <dd>
                <pre className="whitespace-pre-wrap break-words rounded border border-line bg-paper p-3 font-sans text-base">
                  {mails[l].text}
                </pre>
              </dd>
            </dl>
          </section>
        ))}
      </div>
      {children}
      <section aria-labelledby="mp-test" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="mp-test" className="text-xl font-bold">
          {t('testHeading')}
        </h2>
        <p id="mp-test-hint">{t('testHint', { email })}</p>
        {outcome.sent && (
          <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
            {t(`testQueued.${outcome.sent}`, { email })}
          </p>
        )}
        {outcome.error && (
          <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
            {t(`errors.${outcome.error}`, { seconds: outcome.seconds ?? 60 })}
          </p>
        )}
        <form action={testAction} className="flex flex-wrap gap-2">
          {locales.map((l) => (
            <button
              key={l}
              type="submit"
              name="language"
              value={l}
              aria-describedby="mp-test-hint"
              className="rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark"
            >
              {t(`test.${l}`)}
            </button>
          ))}
        </form>
      </section>
    </div>
  );
}

const ERRORS = ['rateLimited', 'notFound', 'noSurvey', 'notTraining'] as const;

/** The outcome of the last test from the page's query (?test=fi, ?testError=rateLimited&seconds=42). */
export function testOutcome(query: Record<string, string | string[] | undefined>): TestOutcome {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sent = one(query.test);
  const error = one(query.testError);
  const seconds = Number(one(query.seconds));
  return {
    sent: locales.find((l) => l === sent),
    error: ERRORS.find((e) => e === error),
    seconds: Number.isInteger(seconds) && seconds > 0 && seconds <= 60 ? seconds : undefined,
  };
}
