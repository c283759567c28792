import 'server-only';
// An organiser's own alert settings (issue 17): the daily digest, the "event is full" mail and the
// waiting-list threshold, opt-in per account. Only the signed-in organiser reads and changes their
// own row (the id comes from the session); the language of the mails is the workspace language the
// settings were saved in.
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { organiserAlerts } from '@/db/schema';
import { can, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import type { Locale } from '@/lib/i18n/routing';
import { z } from '@/lib/zod';

export const THRESHOLD_MAX = 10_000;

/** The settings form, as posted (checkboxes are "on" or missing; the threshold may be empty). */
export const alertSettingsSchema = z.object({
  dailyDigest: z
    .string()
    .nullish()
    .transform((v) => v === 'on'),
  eventFull: z
    .string()
    .nullish()
    .transform((v) => v === 'on'),
  waitlistThreshold: z
    .string({ error: 'organiserAlerts.errors.threshold' })
    .trim()
    .nullish()
    .refine((v) => !v || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= THRESHOLD_MAX), {
      message: 'organiserAlerts.errors.threshold',
    })
    .transform((v) => (v ? Number(v) : null)),
});
export type AlertSettingsInput = z.output<typeof alertSettingsSchema>;

export type AlertSettings = AlertSettingsInput & { language: Locale };

/** What the settings page shows: the saved row, or everything off. */
export async function getAlertSettings(o: Organiser): Promise<AlertSettings & { nationalAdmin: boolean }> {
  const [row] = await db()
    .select({
      dailyDigest: organiserAlerts.dailyDigest,
      eventFull: organiserAlerts.eventFull,
      waitlistThreshold: organiserAlerts.waitlistThreshold,
      language: organiserAlerts.language,
    })
    .from(organiserAlerts)
    .where(eq(organiserAlerts.userId, o.id));
  return {
    ...(row ?? { dailyDigest: false, eventFull: false, waitlistThreshold: null, language: 'fi' as const }),
    nationalAdmin: can(o, 'actNationally'),
  };
}

export type AlertSettingsResult =
  { ok: true } | { ok: false; error: 'organiserAlerts.errors.invalid'; fields: Record<string, string> };

/** Saves the signed-in organiser's settings (nothing is saved when any value is refused). */
export async function saveAlertSettings(o: Organiser, raw: unknown, locale: Locale): Promise<AlertSettingsResult> {
  const parsed = alertSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return { ok: false, error: 'organiserAlerts.errors.invalid', fields };
  }
  const v = parsed.data;
  await db().transaction(async (tx) => {
    await tx
      .insert(organiserAlerts)
      .values({ userId: o.id, language: locale, ...v })
      .onConflictDoUpdate({
        target: organiserAlerts.userId,
        set: { language: locale, ...v, updatedAt: sql`now()` },
      });
    await writeAudit(tx, o, 'organiser.alerts', `user:${o.id}`, { ...v, language: locale });
  });
  return { ok: true };
}
