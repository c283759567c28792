import 'server-only';
// Organisers change materials here: add or edit one (a link or an uploaded file, checked by content
// in lib/materials/files.ts), remove it, and move an event's material up or down. Every function
// takes the signed-in Organiser and checks the scope itself (lib/materials/access.ts): an event's
// material with the event's row locked, a standalone one as the admin or its creator. The change, its
// file and its audit row are one transaction, so a refused or failed save leaves nothing behind.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { eventMaterials, materialFiles, themes } from '@/db/schema';
import { forgetStored, storeUpload, type StoredBytes } from './storage';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { findMaterialInScope } from './access';
import { MAIL_EVENT_COLUMNS, notifyMaterialsAvailable } from './notify';
import type { UploadedFile } from './files';
import type { MaterialInput } from './schema';

export type MaterialError = 'editor.errors.notFound' | 'editor.errors.invalid';
export type MaterialResult<T> =
  { ok: true; value: T } | { ok: false; error: MaterialError; fields?: Record<string, string> };

/** Where a save goes: a new material of an event, a new standalone one, or an existing one (its event comes from the row). */
export type SaveTarget = { kind: 'event'; eventId: number } | { kind: 'standalone' } | { kind: 'existing'; id: number };

const notFound = { ok: false, error: 'editor.errors.notFound' } as const;
const invalid = (fields: Record<string, string>) => ({
  ok: false as const,
  error: 'editor.errors.invalid' as const,
  fields,
});

function auditOf(
  m: { kind: string; titleFi: string; visibility: string; url: string | null; captioned: boolean | null },
  file: { filename: string; size: number } | null,
) {
  // Only where a link points, like the stream's: the address itself may carry a secret.
  return {
    kind: m.kind,
    titleFi: m.titleFi,
    visibility: m.visibility,
    host: m.url ? new URL(m.url).host : null,
    captioned: m.captioned,
    file: file ? file.filename : null,
  };
}

const auditTarget = (m: { id: number; eventId: number | null }) =>
  m.eventId !== null ? `event:${m.eventId}` : `material:${m.id}`;

async function unknownThemes(slugs: string[]): Promise<boolean> {
  if (slugs.length === 0) return false;
  const found = await db().select({ slug: themes.slug }).from(themes).where(inArray(themes.slug, slugs));
  return found.length !== slugs.length;
}

/**
 * Adds or edits a material. `file`: a newly uploaded file (replaces any earlier file or link);
 * without one, the link replaces an earlier file, and an existing file stays when neither is given.
 * `notifyParticipants` (an event's material): the "materials are available" mail to the event's
 * participants not mailed before, in the same transaction (./notify.ts); `mailed` says how many.
 */
export async function saveMaterial(
  o: Organiser,
  target: SaveTarget,
  input: MaterialInput,
  file: UploadedFile | null,
  opts: { notifyParticipants?: boolean } = {},
): Promise<MaterialResult<{ id: number; mailed: number | null }>> {
  if (input.url && file) return invalid({ url: 'materialsArchive.validation.linkOrFile' });
  if (await unknownThemes(input.themes)) return invalid({ themes: 'materialsArchive.validation.theme' });
  // The bytes go where files live first (lib/materials/storage.ts); if the row is not written after
  // all, they are discarded, and a file this save replaces leaves the store once its row is gone.
  const stored = file ? await storeUpload(file) : null;
  let result: MaterialResult<{ id: number; mailed: number | null; replacedKey: string | null }>;
  try {
    result = await db().transaction(async (tx) => {
      const saved = await saveIn(tx, o, target, input, file && stored && { file, columns: stored.columns });
      if (!saved.ok) return saved;
      const { id, replacedKey } = saved.value;
      if (!opts.notifyParticipants || saved.value.eventId === null)
        return { ok: true, value: { id, mailed: null, replacedKey } };
      const event = await findEventInScope(o, saved.value.eventId, { columns: MAIL_EVENT_COLUMNS, lock: tx });
      if (!event) return notFound;
      const mailed = await notifyMaterialsAvailable(tx, o, event);
      return { ok: true, value: { id, mailed, replacedKey } };
    });
  } catch (e) {
    await stored?.discard();
    throw e;
  }
  if (!result.ok) {
    await stored?.discard();
    return result;
  }
  await forgetStored([result.value.replacedKey]);
  return { ok: true, value: { id: result.value.id, mailed: result.value.mailed } };
}

async function saveIn(
  tx: Tx,
  o: Organiser,
  target: SaveTarget,
  input: MaterialInput,
  upload: { file: UploadedFile; columns: StoredBytes } | null,
): Promise<MaterialResult<{ id: number; eventId: number | null; replacedKey: string | null }>> {
  const file = upload?.file ?? null;
  let existing: Awaited<ReturnType<typeof findMaterialInScope>> = null;
  let eventId: number | null = null;
  if (target.kind === 'existing') {
    existing = await findMaterialInScope(o, target.id, tx);
    if (!existing) return notFound;
    eventId = existing.eventId;
  } else if (target.kind === 'event') {
    if (!(await findEventInScope(o, target.eventId, { columns: ['id'], lock: tx }))) return notFound;
    eventId = target.eventId;
  }
  const keepsFile = !file && !input.url && existing?.fileId != null;
  if (!input.url && !file && !keepsFile) return invalid({ url: 'materialsArchive.validation.linkOrFile' });
  let fileId: number | null = keepsFile ? existing!.fileId : null;
  if (upload) {
    [{ id: fileId }] = await tx
      .insert(materialFiles)
      .values({
        contentType: upload.file.type.contentType,
        filename: upload.file.filename,
        size: upload.file.bytes.byteLength,
        ...upload.columns,
      })
      .returning({ id: materialFiles.id });
  }
  const values = {
    // A standalone material is for everyone: there are no participants to keep it for.
    kind: input.kind,
    visibility: eventId === null ? ('public' as const) : input.visibility,
    language: input.language,
    titleFi: input.titleFi,
    titleSv: input.titleSv,
    descriptionFi: input.descriptionFi,
    descriptionSv: input.descriptionSv,
    url: input.url,
    fileId,
    themes: input.themes,
    targetLevel: input.targetLevel,
    year: input.year,
    captioned: input.kind === 'recording' || input.kind === 'video' ? input.captioned : null,
  };
  const fileSummary = file ? { filename: file.filename, size: file.bytes.byteLength } : null;
  if (existing) {
    await tx
      .update(eventMaterials)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(eventMaterials.id, existing.id));
    let replacedKey: string | null = null;
    if (existing.fileId !== null && existing.fileId !== fileId)
      [{ storageKey: replacedKey }] = await tx
        .delete(materialFiles)
        .where(eq(materialFiles.id, existing.fileId))
        .returning({ storageKey: materialFiles.storageKey });
    await writeAudit(tx, o, eventId !== null ? 'event.material' : 'material.update', auditTarget(existing), {
      op: 'update',
      id: existing.id,
      before: auditOf(existing, null),
      after: auditOf(values, fileSummary),
    });
    return { ok: true, value: { id: existing.id, eventId, replacedKey } };
  }
  const [{ next }] =
    eventId === null
      ? [{ next: 0 }]
      : await tx
          .select({ next: sql<number>`coalesce(max(${eventMaterials.sortOrder}), 0) + 1` })
          .from(eventMaterials)
          .where(eq(eventMaterials.eventId, eventId));
  const [row] = await tx
    .insert(eventMaterials)
    .values({ ...values, eventId, sortOrder: next, createdBy: o.id })
    .returning({ id: eventMaterials.id });
  await writeAudit(
    tx,
    o,
    eventId !== null ? 'event.material' : 'material.create',
    auditTarget({ id: row.id, eventId }),
    { op: 'add', id: row.id, after: auditOf(values, fileSummary) },
  );
  return { ok: true, value: { id: row.id, eventId, replacedKey: null } };
}

/** Removes a material and its file. */
export async function removeMaterial(o: Organiser, id: number): Promise<MaterialResult<{ eventId: number | null }>> {
  let removedKeys: (string | null)[] = [];
  const result = await db().transaction(async (tx) => {
    const m = await findMaterialInScope(o, id, tx);
    if (!m) return notFound;
    await tx.delete(eventMaterials).where(eq(eventMaterials.id, m.id));
    if (m.fileId !== null)
      removedKeys = (
        await tx
          .delete(materialFiles)
          .where(eq(materialFiles.id, m.fileId))
          .returning({ storageKey: materialFiles.storageKey })
      ).map((f) => f.storageKey);
    await writeAudit(tx, o, m.eventId !== null ? 'event.material' : 'material.remove', auditTarget(m), {
      op: 'remove',
      id: m.id,
      before: auditOf(m, null),
    });
    return { ok: true as const, value: { eventId: m.eventId } };
  });
  await forgetStored(removedKeys);
  return result;
}

async function orderedIds(tx: Tx, eventId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: eventMaterials.id })
    .from(eventMaterials)
    .where(eq(eventMaterials.eventId, eventId))
    .orderBy(asc(eventMaterials.sortOrder), asc(eventMaterials.id));
  return rows.map((r) => r.id);
}

/** Moves an event's material one place up or down (the first stays first); the order is renumbered 1…n. */
export async function moveMaterial(
  o: Organiser,
  id: number,
  direction: 'up' | 'down',
): Promise<MaterialResult<{ eventId: number }>> {
  return db().transaction(async (tx) => {
    const m = await findMaterialInScope(o, id, tx);
    if (!m || m.eventId === null) return notFound;
    const ids = await orderedIds(tx, m.eventId);
    const at = ids.indexOf(m.id);
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return { ok: true, value: { eventId: m.eventId } };
    [ids[at], ids[to]] = [ids[to], ids[at]];
    for (const [i, mid] of ids.entries()) {
      await tx
        .update(eventMaterials)
        .set({ sortOrder: i + 1 })
        .where(and(eq(eventMaterials.id, mid), eq(eventMaterials.eventId, m.eventId)));
    }
    await writeAudit(tx, o, 'event.material', `event:${m.eventId}`, { op: 'move', id: m.id, direction });
    return { ok: true, value: { eventId: m.eventId } };
  });
}

/** A material for the edit form, if this organiser may change it (the file's name, never its bytes). */
export async function getMaterialForEdit(o: Organiser, id: number) {
  const m = await findMaterialInScope(o, id);
  if (!m) return null;
  const [file] =
    m.fileId !== null
      ? await db()
          .select({ filename: materialFiles.filename })
          .from(materialFiles)
          .where(eq(materialFiles.id, m.fileId))
      : [];
  return { ...m, filename: file?.filename ?? null };
}

/** Adds a link to an event (the event editor's earlier entry point, kept for its callers). */
export async function addEventMaterial(
  o: Organiser,
  eventId: number,
  input: Pick<MaterialInput, 'kind' | 'titleFi' | 'titleSv' | 'url' | 'visibility'> & Partial<MaterialInput>,
): Promise<MaterialResult<null>> {
  const r = await saveMaterial(
    o,
    { kind: 'event', eventId },
    {
      language: 'fi',
      descriptionFi: null,
      descriptionSv: null,
      captioned: null,
      themes: [],
      targetLevel: null,
      year: null,
      ...input,
    },
    null,
  );
  return r.ok ? { ok: true, value: null } : r;
}
