// A training's attendance certificates on the organiser's list page: send them to everyone marked
// attended (each once), with the outcome of the last sending.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { sendCertificatesAction } from '@/app/[locale]/(workspace)/workspace/events/[id]/certificate-actions';
import type { Locale } from '@/lib/i18n/routing';

const ERRORS = ['notFound', 'notTraining', 'notOver', 'notAttended'] as const;

export async function CertificateSection({
  locale,
  eventId,
  over,
  attended,
  query,
}: {
  locale: Locale;
  eventId: number;
  over: boolean;
  attended: number;
  query: { certificates?: string; certificatesError?: string; queued?: string; already?: string };
}) {
  const t = await getTranslations('certificate');
  const p = await getTranslations('mailPreview');
  const error = (ERRORS as readonly string[]).includes(query.certificatesError ?? '')
    ? (query.certificatesError as (typeof ERRORS)[number])
    : null;
  return (
    <section aria-labelledby="certificates-heading" className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id="certificates-heading" className="text-xl font-bold">
        {t('sendTitle')}
      </h2>
      <p>{t('sendText')}</p>
      <p>
        <Link href={`/workspace/events/${eventId}/certificates`}>{p('certificate.open')}</Link>
      </p>
      {query.certificates === 'sent' && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          {t('sent', { queued: Number(query.queued ?? 0), already: Number(query.already ?? 0) })}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          {t(`errors.${error}`)}
        </p>
      )}
      {over ? (
        <form action={sendCertificatesAction.bind(null, locale, eventId)}>
          <button
            type="submit"
            disabled={attended === 0}
            className="rounded bg-brand-dark px-4 py-2 font-semibold text-white disabled:opacity-70"
          >
            {t('send')}
          </button>
        </form>
      ) : (
        <p>{t('errors.notOver')}</p>
      )}
    </section>
  );
}
