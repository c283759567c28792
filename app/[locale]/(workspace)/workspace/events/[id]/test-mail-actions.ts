'use server';
// "Send a test to me" from the certificate and feedback-survey previews: a plain POST form (the
// button pressed names the language). The organiser comes from the session and the address from
// the organiser; lib/ checks the event's scope, the rate limit and writes the audit row.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { toLocale } from '@/lib/i18n/routing';
import { sendTestCertificate } from '@/lib/certificates/preview';
import { sendTestSurvey } from '@/lib/surveys/preview';

const PAGES = { certificate: 'certificates', survey: 'feedback/invitation' } as const;
const ERRORS: Record<string, string> = {
  'certificate.notFound': 'notFound',
  'certificate.notTraining': 'notTraining',
  'mailPreview.errors.notFound': 'notFound',
  'mailPreview.errors.noSurvey': 'noSurvey',
  'mailPreview.errors.rateLimited': 'rateLimited',
};

export async function sendTestMailAction(
  locale: string,
  eventId: number,
  kind: 'certificate' | 'survey',
  form: FormData,
): Promise<void> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null || !(kind in PAGES)) redirect(`/${l}/workspace`);
  const language = toLocale(form.get('language'));
  const r =
    kind === 'certificate'
      ? await sendTestCertificate(organiser, id, language)
      : await sendTestSurvey(organiser, id, language);
  const query = r.ok
    ? `test=${language}`
    : `testError=${ERRORS[r.error] ?? 'notFound'}${'params' in r ? `&seconds=${r.params.seconds}` : ''}`;
  redirect(`/${l}/workspace/events/${id}/${PAGES[kind]}?${query}#mp-test`);
}
