// What every attendance form posts besides its button: who, and where to come back to.
import type { AttendanceFilters } from '@/lib/attendance/filters';

type Props = {
  locale: string;
  eventId: number;
  registrationId: number;
  back: 'list' | 'door' | 'code';
  code?: string;
  filters?: AttendanceFilters;
  extra?: Record<string, string>;
};

export function HiddenFields({ locale, eventId, registrationId, back, code, filters, extra }: Props) {
  const values: Record<string, string> = {
    locale,
    eventId: String(eventId),
    registrationId: String(registrationId),
    back,
    ...(code ? { code } : {}),
    ...(filters as Record<string, string> | undefined),
    ...extra,
  };
  return (
    <>{Object.entries(values).map(([k, v]) => v !== undefined && <input key={k} type="hidden" name={k} value={v} />)}</>
  );
}
