// A valid organiser event form (as the browser sends it) for tests; override what a test is about.
import type { EventFormValues } from '@/lib/events/editor-schema';

export function formValues(o: Partial<EventFormValues> = {}): EventFormValues {
  return {
    kind: 'network_day', titleFi: 'Pirkanmaan verkostopäivä', titleSv: '', summaryFi: 'Työpajoja', summarySv: '', descriptionFi: '', descriptionSv: '',
    slug: '', scope: 'province', regionCode: 'TAYS', provinceCode: '06', themeIds: [], format: 'onsite',
    venueName: 'Tampere-talo', venueAddress: 'Yliopistonkatu 55', city: 'Tampere', startDate: '2026-10-30', startTime: '9:00',
    endDate: '2026-10-30', endTime: '15.30', capacityOnsite: '40', capacityRemote: '', waitlistEnabled: true,
    opensDate: '', opensTime: '', closesDate: '', closesTime: '', contactName: '', contactEmail: '', contactPhone: '',
    isFree: true, priceNote: '', seriesId: '', notifyRegistrants: false, changeNoteFi: '', changeNoteSv: '', ...o,
  };
}
