// The organiser's summary of access needs per mode (issue 15 §4): who needs what on site (a ramp, a
// hearing loop) and who needs what remotely (captions, sign-language interpretation), so both can be
// arranged before the event. Pure: it gets registrations the caller has already read within the
// organiser's scope (lib/attendance/registrations) and only groups them. Cancelled people need nothing.

export type AccessNeedsMode = 'onsite' | 'remote';

type Registrant = {
  id: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  attendance: AccessNeedsMode;
  firstName: string;
  lastName: string;
  accessNeeds: string | null;
};

export type AccessNeed = { id: number; name: string; waitlisted: boolean; needs: string };
export type AccessNeedsSummary = Record<AccessNeedsMode, AccessNeed[]>;

export function summariseAccessNeeds(rows: readonly Registrant[], locale: string): AccessNeedsSummary {
  const out: AccessNeedsSummary = { onsite: [], remote: [] };
  for (const r of rows) {
    const needs = r.accessNeeds?.trim();
    if (!needs || r.status === 'cancelled') continue;
    out[r.attendance].push({
      id: r.id,
      name: `${r.lastName}, ${r.firstName}`,
      waitlisted: r.status === 'waitlisted',
      needs,
    });
  }
  // Confirmed first, then by name: the list an organiser acts on.
  const order = (a: AccessNeed, b: AccessNeed) =>
    Number(a.waitlisted) - Number(b.waitlisted) || a.name.localeCompare(b.name, locale);
  out.onsite.sort(order);
  out.remote.sort(order);
  return out;
}
