'use server';
// Erasure from the self-service page: the short-lived e-mailed token is the only authority.
import { redirect } from 'next/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { eraseSchema } from '@/lib/privacy/schema';
import { emailForDataLink } from '@/lib/privacy/requests';
import { erasePersonalData } from '@/lib/privacy/data';

export async function eraseAction(locale: string, token: string, form: FormData): Promise<void> {
  const l = isLocale(locale) ? locale : 'fi';
  const email = await emailForDataLink(token);
  if (!email) redirect(`/${l}/my-data/${encodeURIComponent(token)}`);
  if (!eraseSchema.safeParse({ confirm: form.get('confirm') ?? false }).success)
    redirect(`/${l}/my-data/${token}?error=confirm`);
  const r = await erasePersonalData(email);
  redirect(`/${l}/my-data?erased=${r.anonymised}-${r.cancelled}`);
}
