// Issue 17 "Files … stored in PostgreSQL by default (or an S3-compatible store when configured)":
// with S3_BUCKET set, an uploaded file's bytes go to the store (a real S3 HTTP exchange with
// s3rver, which checks the access key of each signed request — not the v4 signature itself, which
// aws4fetch computes), its row keeps only the key, the
// download serves the same bytes, and replacing or removing the file deletes the object. A store
// that refuses the upload leaves nothing behind in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import S3rver from 's3rver';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { eventMaterials, materialFiles } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { resetConfig } from '@/lib/config';
import { checkUpload, type UploadedFile } from '@/lib/materials/files';
import { removeMaterial, saveMaterial } from '@/lib/materials/editor';
import { publicFileRequest } from '@/lib/materials/http';
import { materialSchema } from '@/lib/materials/schema';
import { tinyPdf } from '@/db/seed/tiny-pdf';

useTestDatabase();

const BUCKET = 'kokoon-files';
let server: S3rver;
let dir: string;
let organiser: Organiser;

function useStore(port: number, accessKeyId = 'S3RVER') {
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  resetConfig();
}

/** The objects in the bucket (s3rver keeps each as a file under the bucket's directory). */
async function objects(): Promise<string[]> {
  const found: string[] = [];
  async function walk(d: string) {
    for (const entry of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (entry.name.endsWith('._S3rver_object')) found.push(path.relative(path.join(dir, BUCKET), p));
    }
  }
  await walk(path.join(dir, BUCKET));
  return found.sort();
}

async function pdf(text: string): Promise<UploadedFile> {
  const r = await checkUpload(tinyPdf([text]), `${text}.pdf`);
  if (!r.ok) throw new Error(r.error);
  return r.file;
}

const input = (titleFi: string) =>
  materialSchema.parse({ kind: 'guide', visibility: 'public', language: 'fi', titleFi, url: '' });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kokoon-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  useStore(port);
  const id = await inviteOrganiser(db(), { email: 'tays@s3.example', role: 'organiser', regions: ['TAYS'] });
  organiser = { id, email: 'tays@s3.example', name: null, role: 'organiser', regions: ['TAYS'] };
});

afterAll(async () => {
  for (const k of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[k];
  resetConfig();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('material files in an S3-compatible store', () => {
  it('keeps the bytes in the store and only the key in PostgreSQL; serves, replaces and removes them', async () => {
    const e = await createEvent({ scope: 'region', regionCode: 'TAYS' });
    const first = await pdf('Ensimmäinen opas');
    const saved = await saveMaterial(organiser, { kind: 'event', eventId: e.id }, input('Opas'), first);
    if (!saved.ok) throw new Error(saved.error);
    const [m] = await db().select().from(eventMaterials).where(eq(eventMaterials.id, saved.value.id));
    const [row] = await db().select().from(materialFiles).where(eq(materialFiles.id, m.fileId!));
    expect(row).toMatchObject({ data: null, storageKey: expect.stringMatching(/^materials\/[0-9a-f-]{36}$/) });
    expect(await objects()).toHaveLength(1);

    const res = await publicFileRequest(String(saved.value.id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(first.bytes);

    // A new file replaces the old one: one object in the store, and it is the new file.
    const second = await pdf('Toinen opas');
    expect((await saveMaterial(organiser, { kind: 'existing', id: saved.value.id }, input('Opas'), second)).ok).toBe(
      true,
    );
    expect(await objects()).toHaveLength(1);
    expect(new Uint8Array(await (await publicFileRequest(String(saved.value.id))).arrayBuffer())).toEqual(second.bytes);

    expect((await removeMaterial(organiser, saved.value.id)).ok).toBe(true);
    expect(await objects()).toEqual([]);
    expect((await publicFileRequest(String(saved.value.id))).status).toBe(404);
  });

  it('discards the stored file when the save is refused, and saves nothing when the store refuses the upload', async () => {
    const other = await createEvent({ scope: 'region', regionCode: 'HYKS' });
    const rowsBefore = (await db().select({ id: materialFiles.id }).from(materialFiles)).length;
    // Not the organiser's event: refused after the upload went to the store; the object goes too.
    expect(
      await saveMaterial(organiser, { kind: 'event', eventId: other.id }, input('Ei oma'), await pdf('x')),
    ).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await objects()).toEqual([]);

    // An access key the store does not know: it answers 403 to the PUT; no row is written.
    const e = await createEvent({ scope: 'region', regionCode: 'TAYS' });
    useStore(Number(new URL(process.env.S3_ENDPOINT!).port), 'NO-SUCH-KEY');
    try {
      await expect(
        saveMaterial(organiser, { kind: 'event', eventId: e.id }, input('Opas'), await pdf('y')),
      ).rejects.toThrow(/object store: PUT materials\/.* answered 403/);
    } finally {
      useStore(Number(new URL(process.env.S3_ENDPOINT!).port));
    }
    expect((await db().select({ id: materialFiles.id }).from(materialFiles)).length).toBe(rowsBefore);
    expect(await db().select().from(eventMaterials).where(eq(eventMaterials.eventId, e.id))).toEqual([]);
  });
});
