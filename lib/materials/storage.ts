import 'server-only';
// Where the bytes of an uploaded material file live: in PostgreSQL (`material_files.data`, the
// default: nothing else to run or back up), or in an S3-compatible object store when S3_BUCKET is
// set (`material_files.storage_key`; any store that speaks S3 with path-style addresses: AWS S3,
// MinIO, Ceph, UpCloud, Hetzner…). Requests are signed with AWS Signature v4 by aws4fetch.
//
// A file goes to the store before its row is written, and is removed again if the row is not; a file
// replaced or removed is deleted from the store after its row is gone. A failed deletion only leaves
// an unreachable object behind (logged), never a row pointing at nothing.
import { randomUUID } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import { config } from '@/lib/config';
import type { UploadedFile } from './files';

type Store = { client: AwsClient; base: string };
let cached: { key: string; store: Store } | null = null;

/** The configured object store, or null when files are kept in PostgreSQL. */
function objectStore(): Store | null {
  const c = config();
  if (!c.S3_BUCKET) return null;
  const key = [c.S3_ENDPOINT, c.S3_BUCKET, c.S3_REGION, c.S3_ACCESS_KEY_ID, c.S3_SECRET_ACCESS_KEY].join('\n');
  if (cached?.key !== key) {
    const client = new AwsClient({
      accessKeyId: c.S3_ACCESS_KEY_ID!,
      secretAccessKey: c.S3_SECRET_ACCESS_KEY!,
      service: 's3',
      region: c.S3_REGION,
    });
    cached = {
      key,
      store: { client, base: `${c.S3_ENDPOINT!.replace(/\/+$/, '')}/${encodeURIComponent(c.S3_BUCKET)}` },
    };
  }
  return cached.store;
}

async function request(store: Store, method: 'PUT' | 'GET' | 'DELETE', key: string, init: RequestInit = {}) {
  const res = await store.client.fetch(`${store.base}/${key}`, { ...init, method });
  if (!res.ok && !(method === 'DELETE' && res.status === 404)) {
    throw new Error(`object store: ${method} ${key} answered ${res.status}`);
  }
  return res;
}

/** The columns of a new `material_files` row for this file's bytes. */
export type StoredBytes = { data: Uint8Array; storageKey: null } | { data: null; storageKey: string };

/**
 * Puts an uploaded file where files live: returns the columns for its row, and `discard` to call if
 * the row is not written after all (removes the object from the store; nothing for PostgreSQL).
 */
export async function storeUpload(file: UploadedFile): Promise<{ columns: StoredBytes; discard: () => Promise<void> }> {
  const store = objectStore();
  if (!store) return { columns: { data: file.bytes, storageKey: null }, discard: async () => {} };
  const storageKey = `materials/${randomUUID()}`;
  await request(store, 'PUT', storageKey, {
    body: file.bytes as BodyInit,
    headers: { 'content-type': file.type.contentType, 'content-length': String(file.bytes.byteLength) },
  });
  return { columns: { data: null, storageKey }, discard: () => forgetStored([storageKey]) };
}

/** The bytes of a stored file. */
export async function readStored(row: { data: Uint8Array | null; storageKey: string | null }): Promise<Uint8Array> {
  if (row.data) return row.data;
  const store = objectStore();
  if (!store) throw new Error(`object store: file ${row.storageKey} is in the S3 store, but S3_BUCKET is not set`);
  return new Uint8Array(await (await request(store, 'GET', row.storageKey!)).arrayBuffer());
}

/** Deletes files whose rows are gone from the store (best effort: a failure is logged, not thrown). */
export async function forgetStored(keys: readonly (string | null)[]): Promise<void> {
  const store = objectStore();
  const gone = keys.filter((k): k is string => !!k);
  if (!store || gone.length === 0) return;
  await Promise.all(
    gone.map((k) =>
      request(store, 'DELETE', k).catch((e: Error) => console.error(`[materials] ${e.message}: the object stays`)),
    ),
  );
}
