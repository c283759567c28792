// Access needs per mode on an event's workspace page, shown until the event ends (retention deletes
// the texts after it): one list per mode the event offers, with its count.
import { getTranslations } from 'next-intl/server';
import type { AccessNeedsSummary as Summary, AccessNeedsMode } from '@/lib/registrations/access-needs';

export async function AccessNeedsSummary({ summary, modes }: { summary: Summary; modes: readonly AccessNeedsMode[] }) {
  const t = await getTranslations('attendance');
  return (
    <section aria-labelledby="access-needs-heading" className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id="access-needs-heading" className="text-xl font-bold">
        {t('accessNeeds.heading')}
      </h2>
      <p>{t('accessNeeds.intro')}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {modes.map((m) => (
          <div key={m}>
            <h3 id={`access-needs-${m}`} className="font-bold">
              {t(m === 'onsite' ? 'accessNeeds.onsite' : 'accessNeeds.remote', { count: summary[m].length })}
            </h3>
            {summary[m].length === 0 ? (
              <p>{t('accessNeeds.none')}</p>
            ) : (
              <ul aria-labelledby={`access-needs-${m}`} className="mt-1 list-disc space-y-1 pl-5">
                {summary[m].map((n) => (
                  <li key={n.id}>
                    <span className="font-semibold">{n.name}</span>
                    {n.waitlisted && <span> ({t('accessNeeds.waitlisted')})</span>}: {n.needs}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
