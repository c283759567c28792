'use server';
import { signOut } from '@/lib/auth';
import { toLocale } from '@/lib/i18n/routing';

export async function signOutAction(locale: string): Promise<void> {
  await signOut({ redirectTo: `/${toLocale(locale)}` });
}
