// The GDPR self-service forms: one zod schema each, shared by the browser and the server.
// Error messages are message keys. No `server-only`: the browser bundle imports this file, so it is
// written with zod/mini (a few KB in the browser instead of classic zod's ≈ 100 KB).
import * as z from 'zod/mini';
import '@/lib/zod-mini'; // no `new Function` in the browser (CSP)

/** How long an e-mailed data-access link works. */
export const DATA_LINK_MINUTES = 30;

export const dataRequestSchema = z.strictObject({
  email: z.pipe(
    z
      .string({ error: 'validation.email' })
      .check(z.trim(), z.toLowerCase(), z.minLength(1, 'validation.required'), z.maxLength(254, 'validation.tooLong')),
    z.email({ error: 'validation.email' }),
  ),
});
export type DataRequestInput = z.output<typeof dataRequestSchema>;
export type DataRequestFormValues = z.input<typeof dataRequestSchema>;

export const eraseSchema = z.object({
  confirm: z
    .union([z.boolean(), z.literal('yes'), z.literal('on')], { error: 'privacyData.validation.confirm' })
    .check(z.refine((v) => v !== false, 'privacyData.validation.confirm')),
});
