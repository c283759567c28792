'use server';
// The signed-in organiser's alert settings, as a plain POST form (works without JavaScript) answered
// with a redirect back to the page. lib/alerts/settings takes the account from the session.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { saveAlertSettings } from '@/lib/alerts/settings';

const str = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : null);

export async function saveAlertSettingsAction(form: FormData): Promise<void> {
  const { organiser, locale } = await actionOrganiser(form.get('locale'));
  const r = await saveAlertSettings(
    organiser,
    {
      dailyDigest: str(form, 'dailyDigest'),
      eventFull: str(form, 'eventFull'),
      waitlistThreshold: str(form, 'waitlistThreshold'),
    },
    locale,
  );
  if (r.ok) redirect(`/${locale}/workspace/account?done=saved`);
  // Nothing was saved: the page shows the refusal and what was typed.
  const q = new URLSearchParams({ error: 'threshold', threshold: (str(form, 'waitlistThreshold') ?? '').slice(0, 20) });
  if (str(form, 'dailyDigest') === 'on') q.set('dailyDigest', 'on');
  if (str(form, 'eventFull') === 'on') q.set('eventFull', 'on');
  redirect(`/${locale}/workspace/account?${q}`);
}
