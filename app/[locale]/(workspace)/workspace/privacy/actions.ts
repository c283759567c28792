'use server';
// Admins' data requests (lib/privacy/admin checks the role again and audits each step).
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import { dataRequestSchema, eraseSchema } from '@/lib/privacy/schema';
import { adminErase, adminLookup } from '@/lib/privacy/admin';

export async function adminLookupAction(locale: string, form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(locale);
  const parsed = dataRequestSchema.safeParse({ email: form.get('email') ?? '' });
  if (!parsed.success) redirect(`/${l}/workspace/privacy?error=email`);
  const token = await adminLookup(o, parsed.data.email);
  redirect(token ? `/${l}/workspace/privacy/${token}` : `/${l}/workspace`);
}

export async function adminEraseAction(locale: string, token: string, form: FormData): Promise<void> {
  const { organiser: o, locale: l } = await actionOrganiser(locale);
  if (!eraseSchema.safeParse({ confirm: form.get('confirm') ?? false }).success)
    redirect(`/${l}/workspace/privacy/${token}?error=confirm`);
  const r = await adminErase(o, token);
  redirect(r ? `/${l}/workspace/privacy?erased=${r.anonymised}-${r.cancelled}` : `/${l}/workspace/privacy`);
}
