'use server';
// Sending a training's attendance certificates in bulk (lib/certificates checks the scope again).
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { parseId } from '@/lib/ids';
import { sendCertificates } from '@/lib/certificates';

export async function sendCertificatesAction(locale: string, eventId: number): Promise<void> {
  const { organiser, locale: l } = await actionOrganiser(locale);
  const id = parseId(eventId);
  if (id === null) redirect(`/${l}/workspace`);
  const r = await sendCertificates(organiser, id);
  const query = r.ok
    ? `certificates=sent&queued=${r.value.queued}&already=${r.value.already}`
    : `certificatesError=${r.error.replace('certificate.', '')}`;
  redirect(`/${l}/workspace/events/${id}?${query}#certificates-heading`);
}
