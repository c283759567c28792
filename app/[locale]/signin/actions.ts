'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requestSignInLink } from '@/lib/auth/signin';
import { clientAddress } from '@/lib/client-ip';
import { isLocale } from '@/lib/i18n/routing';

export async function requestSignInAction(locale: string, formData: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : 'fi';
  const result = await requestSignInLink(formData.get('email'), clientAddress(await headers()), lang);
  if (result === 'sent') redirect(`/${lang}/signin/check`);
  redirect(`/${lang}/signin?error=${result}`);
}
