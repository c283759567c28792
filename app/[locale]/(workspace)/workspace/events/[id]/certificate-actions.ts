'use server';
// Sending a training's attendance certificates in bulk (lib/certificates checks the scope again).
import { redirect } from 'next/navigation';
import { requireOrganiser } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/routing';
import { sendCertificates } from '@/lib/certificates';

export async function sendCertificatesAction(locale: string, eventId: number): Promise<void> {
  const l = isLocale(locale) ? locale : 'fi';
  const o = await requireOrganiser(l);
  const r = await sendCertificates(o, eventId);
  const query = r.ok ? `certificates=sent&queued=${r.value.queued}&already=${r.value.already}` : `certificatesError=${r.error.replace('certificate.', '')}`;
  redirect(`/${l}/workspace/events/${Number(eventId)}?${query}#certificates-heading`);
}
