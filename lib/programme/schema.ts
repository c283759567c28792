// The organiser's programme forms (server actions only: no client bundle imports this file): a
// slot (Helsinki wall-clock times, titles fi/sv, speakers one per line, room or stream fi/sv) and
// a workshop (titles fi/sv, on-site capacity, optional remote capacity). Messages are keys.
import { isStorableText, z } from '@/lib/zod';

export const PROGRAMME_LIMITS = { title: 200, speakers: 12, speaker: 120, room: 200, capacity: 100_000 } as const;

const text = (max: number) =>
  z
    .string({ error: 'programme.validation.required' })
    .trim()
    .min(1, 'programme.validation.required')
    .max(max, 'programme.validation.tooLong')
    .refine(isStorableText, 'security.controlCharacters');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'programme.validation.tooLong')
    .refine(isStorableText, 'security.controlCharacters')
    .nullish()
    .transform((v) => v || null);
/** "2026-05-12T09:00" as the datetime-local input sends it (Helsinki time). */
const localTime = () =>
  z.string({ error: 'programme.validation.time' }).regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/, 'programme.validation.time');
const capacity = () =>
  z.coerce
    .number({ error: 'programme.validation.capacity' })
    .int('programme.validation.capacity')
    .min(0, 'programme.validation.capacity')
    .max(PROGRAMME_LIMITS.capacity, 'programme.validation.capacity');

export const slotFormSchema = z
  .object({
    start: localTime(),
    end: localTime(),
    titleFi: text(PROGRAMME_LIMITS.title),
    titleSv: text(PROGRAMME_LIMITS.title),
    speakers: z
      .string()
      .refine(isStorableText, 'security.controlCharacters')
      .nullish()
      .transform((v) =>
        (v ?? '')
          .split(/\r?\n|,/)
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine((l) => l.length <= PROGRAMME_LIMITS.speakers, 'programme.validation.speakers')
      .refine((l) => l.every((s) => s.length <= PROGRAMME_LIMITS.speaker), 'programme.validation.tooLong'),
    roomFi: optionalText(PROGRAMME_LIMITS.room),
    roomSv: optionalText(PROGRAMME_LIMITS.room),
  })
  .refine((s) => s.end > s.start, { path: ['end'], message: 'programme.validation.endBeforeStart' });
export type SlotInput = z.output<typeof slotFormSchema>;

export const workshopFormSchema = z.object({
  titleFi: text(PROGRAMME_LIMITS.title),
  titleSv: text(PROGRAMME_LIMITS.title),
  capacity: capacity(),
  remoteCapacity: z.preprocess((v) => (v === '' || v === undefined ? null : v), capacity().nullable()),
});
export type WorkshopInput = z.output<typeof workshopFormSchema>;

/** zod issues → { field: message key } (the first per field). */
export function programmeFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const k = String(i.path[0] ?? 'form');
    out[k] ??= i.message.includes('.') ? i.message : 'programme.validation.required';
  }
  return out;
}
