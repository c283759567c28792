// The GDPR self-service forms: one zod schema each, shared by the browser and the server.
// Error messages are message keys. No `server-only`: the browser bundle imports this file.
import { z } from '@/lib/zod';

/** How long an e-mailed data-access link works. */
export const DATA_LINK_MINUTES = 30;

export const dataRequestSchema = z.object({
  email: z.string({ error: 'validation.email' }).trim().toLowerCase().min(1, 'validation.required').max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' })),
}).strict();
export type DataRequestInput = z.output<typeof dataRequestSchema>;

export const eraseSchema = z.object({
  confirm: z.union([z.boolean(), z.literal('yes'), z.literal('on')], { error: 'privacyData.validation.confirm' })
    .refine((v) => v !== false, 'privacyData.validation.confirm'),
});
