// The result of the last change, after the POST → redirect: a status message (or an alert for an
// error) naming the person. Symbols and words carry the meaning; colour only repeats it.
import { getTranslations } from 'next-intl/server';

const DONE = [
  'checkedIn',
  'alreadyCheckedIn',
  'undone',
  'present',
  'absent',
  'cancelled',
  'promoted',
  'promotedOver',
  'movedOnsite',
  'movedRemote',
  'notMoved',
] as const;
const ERRORS = [
  'notFound',
  'notConfirmed',
  'notWaitlisted',
  'closed',
  'eventCancelled',
  'notStarted',
  'modeFull',
  'modeNotOffered',
  'remote',
  'workshopFull',
] as const;

type Props = {
  done?: string;
  error?: string;
  name?: string | null;
  promoted?: string;
  /** More about an error (which workshops have room), already in the page's language. */
  detail?: string | null;
  children?: React.ReactNode;
};

export async function AttendanceNotice({ done, error, name, promoted, detail, children }: Props) {
  const t = await getTranslations('attendance');
  const who = name ?? t('someone');
  if (error) {
    const key = (ERRORS as readonly string[]).includes(error) ? error : 'notFound';
    return (
      <div role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
        <span aria-hidden="true">! </span>
        {t(`errors.${key as (typeof ERRORS)[number]}`)}
        {detail && <p className="mt-1 font-normal">{detail}</p>}
      </div>
    );
  }
  if (!done || !(DONE as readonly string[]).includes(done)) return null;
  const count = Number(promoted ?? 0);
  return (
    <div role="status" className="rounded border-2 border-ok bg-ok-light p-3 text-ok">
      <p className="font-semibold">
        <span aria-hidden="true">✓ </span>
        {t(`done.${done as (typeof DONE)[number]}`, { name: who })}
      </p>
      {(done === 'cancelled' || done === 'movedRemote' || done === 'movedOnsite') && count > 0 && (
        <p className="mt-1">{t('done.promotedFromLine', { count })}</p>
      )}
      {children}
    </div>
  );
}
