import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { getReferenceData } from '@/lib/reference';
import { localized } from '@/lib/i18n/messages';
import { formatClockRange, formatEventTime } from '@/lib/time';
import { findWorkshop, workshopTitle } from '@/lib/attendance/workshop-door';
import { slotRoom, slotTitle } from '@/lib/programme/programme';
import { WorkshopPicker } from '@/components/programme/workshop-picker';
import { EventHeader } from '@/components/attendance/event-header';
import { PrintButton } from '@/components/attendance/print-button';
import { toLocale } from '@/lib/i18n/routing';

// A printable sign-in sheet: the confirmed on-site participants by name with an empty signature
// column. Print CSS (in app/globals.css, under .sign-in-sheet: an inline <style> here would be
// blocked by the CSP, whose style-src allows only this request's nonce) hides the site's header,
// footer and these pages' navigation and repeats the table header on every page.

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'attendance' });
  return { title: t('sheet.title'), robots: { index: false, follow: false } };
}

export default async function SignInSheetPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/sheet`);
  const eventId = idOrNotFound(id);
  // One workshop's sheet (issue 15 §2): its confirmed on-site people, its title and slot in the header.
  // A malformed workshop is a missing page, like a malformed event id.
  const asked = (await searchParams).workshop;
  const wanted = typeof asked === 'string' && asked ? idOrNotFound(asked) : null;
  const listed = await listEventRegistrations(o, eventId, {
    status: 'confirmed',
    mode: 'onsite',
    ...(wanted ? { workshop: String(wanted) } : {}),
  });
  if (!listed.ok) notFound();
  const { event, rows, programme } = listed.value;
  const workshop = wanted ? findWorkshop(programme, wanted) : undefined;
  if (wanted && !workshop) notFound();
  const [t, tp, ref] = await Promise.all([
    getTranslations('attendance'),
    getTranslations('programme.views'),
    getReferenceData(),
  ]);
  const muni = new Map(ref.municipalities.map((m) => [m.code, localized(locale, m.nameFi, m.nameSv)]));
  const place = [event.venueName, event.venueAddress ?? event.city].filter(Boolean).join(', ');

  return (
    <div className="sign-in-sheet space-y-4">
      <EventHeader event={event} locale={locale} current="sheet" heading={t('sheet.title')} />
      <WorkshopPicker
        programme={programme}
        selected={workshop?.id ?? null}
        locale={locale}
        eventStart={event.startsAt}
        allLabel={tp('sheetAll')}
      />
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton text={t('sheet.print')} />
        <p>{workshop ? tp('sheetHint') : t('sheet.hint')}</p>
      </div>
      <section aria-labelledby="sheet-heading" className="bg-white p-2 print:p-0">
        <h2 id="sheet-heading" className="text-xl font-bold">
          {t('sheet.title')}: {workshop ? `${workshopTitle(workshop, locale)} – ` : ''}
          {localized(locale, event.titleFi, event.titleSv)}
        </h2>
        {workshop && (
          <p className="font-semibold">
            {tp('slotLine', {
              slot: slotTitle(workshop.slot, locale),
              time: formatClockRange(workshop.slot.startsAt, workshop.slot.endsAt, locale, event.startsAt),
            })}
            {slotRoom(workshop.slot, locale) ? ` · ${slotRoom(workshop.slot, locale)}` : ''}
          </p>
        )}
        <p className="mb-3">
          {formatEventTime(event.startsAt, event.endsAt, locale)}
          {place ? ` · ${place}` : ''}
        </p>
        {rows.length === 0 ? (
          <p>{workshop ? tp('sheetEmpty') : t('sheet.empty')}</p>
        ) : (
          // A data table for paper: on a narrow screen it scrolls in its own box, the page does not.
          <div
            className="overflow-x-auto print:overflow-visible"
            tabIndex={0}
            role="region"
            aria-labelledby="sheet-heading"
          >
            <table className="sheet-table w-full border-collapse text-left">
              <caption className="sr-only">{t('sheet.caption', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-10 border border-ink p-2 text-right">
                    {t('sheet.colNumber')}
                  </th>
                  <th scope="col" className="border border-ink p-2">
                    {t('sheet.colName')}
                  </th>
                  <th scope="col" className="border border-ink p-2">
                    {t('sheet.colOrganisation')}
                  </th>
                  <th scope="col" className="w-2/5 border border-ink p-2">
                    {t('sheet.colSignature')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.id}>
                    <td className="border border-ink p-2 text-right">{i + 1}</td>
                    <th scope="row" className="border border-ink p-2 font-semibold">
                      {r.lastName}, {r.firstName}
                    </th>
                    <td className="border border-ink p-2">
                      {r.organisation}
                      {r.municipalityCode && muni.get(r.municipalityCode) ? `, ${muni.get(r.municipalityCode)}` : ''}
                    </td>
                    <td className="h-12 border border-ink p-2" />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
