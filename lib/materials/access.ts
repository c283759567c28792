import 'server-only';
// Who may see and change a material. An event's material belongs to its event's organisers (the
// event's scope, lib/auth/guards findEventInScope); a standalone material to the national admin and
// to the organiser who created it. Readers: a public material of a visible event (or a standalone
// one) for everyone; a participants-only one only through the manage link of a confirmed or attended
// registration of its event — never a waitlisted or cancelled one.
import { and, eq, ne } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { eventMaterials, events, materialFiles, registrations } from '@/db/schema';
import { readStored } from './storage';
import { can, findEventInScope, type Organiser } from '@/lib/auth/guards';
import { isValidId } from '@/lib/ids';

export type MaterialRow = typeof eventMaterials.$inferSelect;

/** The material if this organiser may change it (its row locked in `tx`), else null — missing and out of scope alike. */
export async function findMaterialInScope(o: Organiser, id: number, tx?: Tx): Promise<MaterialRow | null> {
  if (!isValidId(id)) return null;
  const q = (tx ?? db()).select().from(eventMaterials).where(eq(eventMaterials.id, id));
  const [row] = tx ? await q.for('update') : await q;
  if (!row) return null;
  if (row.eventId !== null) return (await findEventInScope(o, row.eventId, { columns: ['id'], lock: tx })) ? row : null;
  return can(o, 'actNationally') || row.createdBy === o.id ? row : null;
}

/** May this registration see its event's participants-only materials? Confirmed or attended only. */
export function seesParticipantMaterials(r: { status: string; attendedOnsite: boolean | null }): boolean {
  return r.status === 'confirmed' || r.attendedOnsite === true;
}

export type StoredFile = { body: Uint8Array; contentType: string; filename: string };

async function fileOf(fileId: number): Promise<StoredFile | null> {
  const [f] = await db()
    .select({
      data: materialFiles.data,
      storageKey: materialFiles.storageKey,
      contentType: materialFiles.contentType,
      filename: materialFiles.filename,
    })
    .from(materialFiles)
    .where(eq(materialFiles.id, fileId));
  return f ? { body: await readStored(f), contentType: f.contentType, filename: f.filename } : null;
}

/** A public material's file: a standalone one, or one of an event that is not a draft. */
export async function publicMaterialFile(id: number): Promise<StoredFile | null> {
  if (!isValidId(id)) return null;
  const [m] = await db()
    .select({ fileId: eventMaterials.fileId, eventId: eventMaterials.eventId, eventStatus: events.status })
    .from(eventMaterials)
    .leftJoin(events, eq(events.id, eventMaterials.eventId))
    .where(and(eq(eventMaterials.id, id), eq(eventMaterials.visibility, 'public')));
  if (!m?.fileId || (m.eventId !== null && m.eventStatus === 'draft')) return null;
  return fileOf(m.fileId);
}

/** A material's file for the holder of a manage link: public or participants-only, of their own event, if they may see it. */
export async function registrationMaterialFile(registrationId: number, id: number): Promise<StoredFile | null> {
  if (!isValidId(id)) return null;
  const [m] = await db()
    .select({
      fileId: eventMaterials.fileId,
      visibility: eventMaterials.visibility,
      status: registrations.status,
      attendedOnsite: registrations.attendedOnsite,
    })
    .from(eventMaterials)
    .innerJoin(registrations, eq(registrations.eventId, eventMaterials.eventId))
    .innerJoin(events, and(eq(events.id, eventMaterials.eventId), ne(events.status, 'draft')))
    .where(and(eq(eventMaterials.id, id), eq(registrations.id, registrationId)));
  if (!m?.fileId) return null;
  if (m.visibility === 'participants' && !seesParticipantMaterials(m)) return null;
  return fileOf(m.fileId);
}

/** An organiser's own look at a file they may manage (the editor's link). */
export async function organiserMaterialFile(o: Organiser, id: number): Promise<StoredFile | null> {
  const m = await findMaterialInScope(o, id);
  return m?.fileId ? fileOf(m.fileId) : null;
}
