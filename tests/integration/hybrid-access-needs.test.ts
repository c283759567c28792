// Issue 15 §4: a remote registrant's access needs (captions, sign-language interpretation…) are kept
// — they used to be dropped silently — and the organiser sees them per mode before the event.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { changeAttendance, registerParticipant, updateDetails } from '@/lib/registrations/service';
import { listEventRegistrations } from '@/lib/attendance/registrations';
import { summariseAccessNeeds } from '@/lib/registrations/access-needs';

useTestDatabase();

const needsOf = async (id: number) =>
  (await db().select({ accessNeeds: registrations.accessNeeds }).from(registrations).where(eq(registrations.id, id)))[0]
    .accessNeeds;

describe('access needs of remote registrants', () => {
  it('are kept at sign-up, through a switch of mode and an edit of the details, and summarised per mode for the organiser', async () => {
    const event = await createEvent({
      format: 'hybrid',
      capacityOnsite: 10,
      capacityRemote: null,
      regionCode: 'KYS',
      scope: 'region',
    });
    const remote = await registerParticipant(
      event.slug,
      person({ attendance: 'remote', firstName: 'Ritva', lastName: 'Etä', accessNeeds: 'tekstitys' }),
    );
    const onsite = await registerParticipant(
      event.slug,
      person({ attendance: 'onsite', firstName: 'Olli', lastName: 'Paikalla', accessNeeds: 'induktiosilmukka' }),
    );
    await registerParticipant(event.slug, person({ attendance: 'remote', accessNeeds: null }));
    expect(remote.ok && onsite.ok).toBe(true);
    if (!remote.ok || !onsite.ok) return;
    expect(await needsOf(remote.value.registrationId)).toBe('tekstitys');

    // On site → remote keeps the need (the diet is what stays behind).
    expect((await changeAttendance(onsite.value.manageToken, 'remote')).ok).toBe(true);
    expect(await needsOf(onsite.value.registrationId)).toBe('induktiosilmukka');
    expect((await changeAttendance(onsite.value.manageToken, 'onsite')).ok).toBe(true);

    // A remote person can change their need from the manage page.
    const edited = await updateDetails(remote.value.manageToken, {
      firstName: 'Ritva',
      lastName: 'Etä',
      organisation: 'Esimerkin kunta',
      municipality: '091',
      sector: 'education',
      role: null,
      diet: null,
      accessNeeds: 'tekstitys ja viittomakielen tulkkaus',
      language: 'fi',
    } as Parameters<typeof updateDetails>[1]);
    expect(edited.ok).toBe(true);
    expect(await needsOf(remote.value.registrationId)).toBe('tekstitys ja viittomakielen tulkkaus');

    const uid = await inviteOrganiser(db(), { email: 'kys@needs.example', role: 'organiser', regions: ['KYS'] });
    const o: Organiser = { id: uid, email: 'kys@needs.example', name: null, role: 'organiser', regions: ['KYS'] };
    const listed = await listEventRegistrations(o, event.id);
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    const summary = summariseAccessNeeds(listed.value.all, 'fi');
    expect(summary.remote.map((n) => [n.name, n.needs])).toEqual([
      ['Etä, Ritva', 'tekstitys ja viittomakielen tulkkaus'],
    ]);
    expect(summary.onsite.map((n) => [n.name, n.needs])).toEqual([['Paikalla, Olli', 'induktiosilmukka']]);
  });
});
