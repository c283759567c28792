// The programme in an e-mailed invitation's description (issue 15 §2): one line per slot with its
// Helsinki clock times, title and speakers, then the workshops of a slot — or, when the person has
// picked one, theirs. No `server-only`: the outbox worker renders invitations outside Next.
import type { Locale } from '@/lib/i18n/routing';
import { formatClockRange } from '@/lib/time';
import { calendarTexts } from './texts';

/** A slot as the invitation shows it (plain JSON: it travels in the outbox payload). */
export type InvitationSlot = {
  start: string;
  end: string;
  titleFi: string;
  titleSv: string;
  speakers: string[];
  workshops: { id: number; titleFi: string; titleSv: string }[];
  /** The workshop this person picked in the slot. */
  picked?: number | null;
};

export function programmeText(slots: readonly InvitationSlot[], lang: Locale, eventStart: Date): string | null {
  if (!slots.length) return null;
  const t = calendarTexts(lang).invitation;
  const name = (x: { titleFi: string; titleSv: string }) => (lang === 'sv' ? x.titleSv || x.titleFi : x.titleFi);
  const lines = [t.programme];
  for (const s of slots) {
    const time = formatClockRange(new Date(s.start), new Date(s.end), lang, eventStart);
    lines.push(`${time} ${name(s)}${s.speakers.length ? ` (${s.speakers.join(', ')})` : ''}`);
    const mine = s.workshops.find((w) => w.id === s.picked);
    if (mine) lines.push(`  ${t.yourWorkshop(name(mine))}`);
    else if (s.workshops.length) lines.push(`  ${t.workshops(s.workshops.map(name).join(', '))}`);
  }
  return lines.join('\n');
}
