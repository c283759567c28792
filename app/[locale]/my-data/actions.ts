'use server';
// The self-service's request form (rate-limited, same answer for known and unknown addresses).
import { headers } from 'next/headers';
import { isLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { clientAddress } from '@/lib/client-ip';
import { dataRequestSchema, DATA_LINK_MINUTES } from '@/lib/privacy/schema';
import { requestDataLink } from '@/lib/privacy/requests';

export type DataRequestState = { ok: true; message: string } | { ok: false; message: string; field?: string };

export async function requestDataAction(locale: string, values: unknown): Promise<DataRequestState> {
  const l = isLocale(locale) ? locale : 'fi';
  const parsed = dataRequestSchema.safeParse(values);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message ?? 'validation.email';
    return {
      ok: false,
      message: translate(l, 'privacyData.errorSummary'),
      field: translate(l, key.includes('.') ? key : 'validation.email'),
    };
  }
  const r = await requestDataLink(parsed.data.email, l, clientAddress(await headers()));
  if (!r.ok) return { ok: false, message: translate(l, 'privacyData.rateLimited') };
  return { ok: true, message: translate(l, 'privacyData.sent', { minutes: DATA_LINK_MINUTES }) };
}
