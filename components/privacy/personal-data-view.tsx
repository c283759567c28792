// Everything Kokoon holds about one address, readable (the JSON download has the same content),
// with the download and erase buttons — both POST forms: opening the page changes nothing.
import { getTranslations } from 'next-intl/server';
import type { PersonalData } from '@/lib/privacy/data';
import { formatShortDate } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

export async function PersonalDataView({
  data,
  locale,
  downloadUrl,
  eraseAction,
}: {
  data: PersonalData;
  locale: Locale;
  downloadUrl: string;
  eraseAction: (form: FormData) => Promise<void>;
}) {
  const t = await getTranslations('privacyData');
  const named = data.surveyAnswersWithName.length;
  const answered = data.surveyInvitations.filter((i) => i.answered).length;
  return (
    <div className="space-y-6">
      <form method="post" action={downloadUrl} className="rounded-lg border border-line bg-white p-4">
        <p id="download-hint" className="mb-2">
          {t('downloadHint')}
        </p>
        <button
          type="submit"
          aria-describedby="download-hint"
          className="rounded bg-brand-dark px-5 py-2 font-semibold text-white"
        >
          {t('download')}
        </button>
      </form>

      <section aria-labelledby="pd-regs" className="space-y-2">
        <h2 id="pd-regs" className="text-2xl font-bold">
          {t('registrations')}
        </h2>
        {data.registrations.length === 0 ? (
          <p>{t('noRegistrations')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left">
              <thead>
                <tr className="border-b-2 border-line">
                  <th scope="col" className="p-2">
                    {t('event')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('status')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('details')}
                  </th>
                  <th scope="col" className="p-2">
                    {t('attended')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.registrations.map((r) => (
                  <tr key={r.id} className="border-b border-line align-top">
                    <th scope="row" className="p-2 text-left font-normal">
                      {r.event.title}
                      <span className="block text-sm">{formatShortDate(new Date(r.event.start), locale)}</span>
                    </th>
                    <td className="p-2">{t(`statuses.${r.status as 'confirmed'}`)}</td>
                    <td className="p-2 text-sm">
                      {[`${r.firstName} ${r.lastName}`.trim(), r.organisation, r.role, r.diet, r.accessNeeds]
                        .filter(Boolean)
                        .join(' · ')}
                      <OwnChoices
                        label={t('answers')}
                        items={data.registrationAnswers
                          .filter((a) => a.event === r.event.slug)
                          .map((a) => `${a.question}: ${a.answer}`)}
                      />
                      <OwnChoices
                        label={t('workshops')}
                        items={data.workshops
                          .filter((w) => w.event === r.event.slug)
                          .map((w) => `${w.slot}: ${w.workshop}`)}
                      />
                    </td>
                    <td className="p-2">{r.attendedOnsite || r.remoteJoinedAt ? t('attendedYes') : t('attendedNo')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="pd-other" className="space-y-1">
        <h2 id="pd-other" className="text-2xl font-bold">
          {t('surveys')}
        </h2>
        <p>{t('surveysText', { invited: data.surveyInvitations.length, answered, named })}</p>
        <p>{t('certificates', { count: data.certificates.length })}</p>
        <p>{t('waitlistOffers', { count: data.waitlistOffers.length })}</p>
        {data.eventInvitations.length > 0 && <p>{t('eventInvitations', { count: data.eventInvitations.length })}</p>}
        <p>{t('mails', { count: data.mails.length })}</p>
        {data.organiserAccount && (
          <>
            <h2 className="pt-3 text-2xl font-bold">{t('organiser')}</h2>
            <p>{t('organiserText', { role: data.organiserAccount.role })}</p>
          </>
        )}
      </section>

      <section aria-labelledby="pd-erase" className="space-y-3 rounded-lg border-2 border-bad bg-white p-4">
        <h2 id="pd-erase" className="text-2xl font-bold">
          {t('eraseTitle')}
        </h2>
        <p id="erase-text">{t('eraseText')}</p>
        <form action={eraseAction} className="space-y-3">
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              required
              aria-describedby="erase-text"
              className="mt-1 h-5 w-5"
            />
            <span>{t('eraseConfirm')}</span>
          </label>
          <button type="submit" className="rounded bg-bad px-5 py-2 font-semibold text-white">
            {t('erase')}
          </button>
        </form>
      </section>
    </div>
  );
}

/** The person's answers to an event's own questions, or their workshop picks: nothing when none. */
function OwnChoices({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <span className="mt-2 block font-semibold">{label}</span>
      <ul className="list-disc pl-5">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
