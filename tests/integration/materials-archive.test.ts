import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { extractText } from 'unpdf';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { auditLog, eventMaterials, materialFiles } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { moveMaterial, removeMaterial, saveMaterial } from '@/lib/materials/editor';
import { listEventMaterials, listMaterialsForRegistration, listStandaloneForOrganiser } from '@/lib/materials/queries';
import { materialSchema, type MaterialFormValues } from '@/lib/materials/schema';
import { publicFileRequest, registrationFileRequest, saveMaterialRequest } from '@/lib/materials/http';
import { PERSONAL_HEADERS } from '@/lib/http';
import { GET as materialsApiRoute } from '@/app/api/materials/route';
import { tinyPdf } from '@/db/seed/tiny-pdf';
import { publicBaseUrl } from '@/lib/config';

useTestDatabase();

const people: Record<'admin' | 'tays' | 'hyks', Organiser> = {} as never;
async function organiser(email: string, role: 'admin' | 'organiser', regions: string[]): Promise<Organiser> {
  const id = await inviteOrganiser(db(), { email, role, regions });
  return { id, email, name: null, role, regions };
}
beforeAll(async () => {
  people.admin = await organiser('admin@materials.example', 'admin', []);
  people.tays = await organiser('tays@materials.example', 'organiser', ['TAYS']);
  people.hyks = await organiser('hyks@materials.example', 'organiser', ['HYKS']);
});

const input = (o: Partial<MaterialFormValues> = {}) =>
  materialSchema.parse({
    kind: 'slides',
    visibility: 'public',
    language: 'fi',
    titleFi: 'Diat',
    url: 'https://example.fi/diat',
    ...o,
  });
const taysEvent = (o: Parameters<typeof createEvent>[0] = {}) =>
  createEvent({ scope: 'region', regionCode: 'TAYS', capacityOnsite: 1, ...o });
const titles = async (eventId: number) => (await listEventMaterials(eventId, 'participants')).map((m) => m.titleFi);

async function add(o: Organiser, eventId: number, values: Partial<MaterialFormValues> = {}) {
  const r = await saveMaterial(o, { kind: 'event', eventId }, input(values), null);
  if (!r.ok) throw new Error(r.error);
  return r.value.id;
}

/** The editor's multipart POST, as the browser sends it. */
function uploadRequest(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type?: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set('file', new File([file.bytes as BlobPart], file.name, { type: file.type ?? 'application/pdf' }));
  return new Request('http://localhost/api/workspace/materials?locale=sv', { method: 'POST', body: form });
}

const counts = async () =>
  (
    await db().execute<{ m: number; f: number }>(
      sql`select (select count(*)::int from event_materials) as m, (select count(*)::int from material_files) as f`,
    )
  )[0];

describe("organisers edit, remove and order an event's materials in their scope", () => {
  it('edits, moves and removes, with audit rows; another region\'s organiser gets "not found" for each', async () => {
    const e = await taysEvent();
    const a = await add(people.tays, e.id, { titleFi: 'Ensimmäinen' });
    const b = await add(people.tays, e.id, { titleFi: 'Toinen' });
    const c = await add(people.tays, e.id, { titleFi: 'Kolmas', kind: 'recording', captioned: 'yes' });
    expect(await titles(e.id)).toEqual(['Ensimmäinen', 'Toinen', 'Kolmas']);

    // Out of scope: nothing changes.
    expect(await saveMaterial(people.hyks, { kind: 'existing', id: a }, input({ titleFi: 'Kaapattu' }), null)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await saveMaterial(people.hyks, { kind: 'event', eventId: e.id }, input(), null)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await moveMaterial(people.hyks, c, 'up')).toEqual({ ok: false, error: 'editor.errors.notFound' });
    expect(await removeMaterial(people.hyks, a)).toEqual({ ok: false, error: 'editor.errors.notFound' });
    expect(await titles(e.id)).toEqual(['Ensimmäinen', 'Toinen', 'Kolmas']);

    expect((await moveMaterial(people.tays, c, 'up')).ok).toBe(true);
    expect(await titles(e.id)).toEqual(['Ensimmäinen', 'Kolmas', 'Toinen']);
    expect((await moveMaterial(people.tays, a, 'up')).ok).toBe(true); // the first stays first
    expect((await moveMaterial(people.admin, a, 'down')).ok).toBe(true);
    expect(await titles(e.id)).toEqual(['Kolmas', 'Ensimmäinen', 'Toinen']);

    expect(
      (
        await saveMaterial(
          people.tays,
          { kind: 'existing', id: b },
          input({ titleFi: 'Toinen, korjattu', visibility: 'participants' }),
          null,
        )
      ).ok,
    ).toBe(true);
    expect((await listEventMaterials(e.id, 'public')).map((m) => m.titleFi)).toEqual(['Kolmas', 'Ensimmäinen']);
    expect((await removeMaterial(people.tays, a)).ok).toBe(true);
    expect(await titles(e.id)).toEqual(['Kolmas', 'Toinen, korjattu']);

    const ops = (
      await db()
        .select()
        .from(auditLog)
        .where(eq(auditLog.target, `event:${e.id}`))
        .orderBy(asc(auditLog.id))
    ).map((r) => (r.summary as { op: string }).op);
    expect(ops).toEqual(['add', 'add', 'add', 'move', 'move', 'update', 'remove']); // the first's move up changed nothing: no row
  });

  it('asks whether a recording is captioned, and refuses a material with neither link nor file', async () => {
    expect(
      materialSchema.safeParse({
        kind: 'recording',
        visibility: 'public',
        language: 'fi',
        titleFi: 'Tallenne',
        url: 'https://x.fi',
      }).error?.issues[0],
    ).toMatchObject({ path: ['captioned'], message: 'materialsArchive.validation.captioned' });
    const e = await taysEvent();
    expect(await saveMaterial(people.tays, { kind: 'event', eventId: e.id }, input({ url: '' }), null)).toEqual({
      ok: false,
      error: 'editor.errors.invalid',
      fields: { url: 'materialsArchive.validation.linkOrFile' },
    });
  });
});

describe('participants-only materials', () => {
  it('are for confirmed or attended people only: a waitlisted person neither sees them nor downloads the file', async () => {
    const e = await taysEvent({ capacityOnsite: 1 });
    const confirmed = await registerParticipant(e.slug, person());
    const waiting = await registerParticipant(e.slug, person());
    if (!confirmed.ok || !waiting.ok) throw new Error('sign-up failed');
    expect(waiting.value.status).toBe('waitlisted');
    const res = await saveMaterialRequest(
      uploadRequest(
        {
          target: `event:${e.id}`,
          kind: 'slides',
          visibility: 'participants',
          language: 'fi',
          titleFi: 'Vain osallistujille',
        },
        { bytes: tinyPdf(['Diat']), name: 'diat.pdf' },
      ),
      people.tays,
    );
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: number };

    const reg = (r: typeof confirmed) =>
      (r.ok ? { eventId: e.id, status: r.value.status, attendedOnsite: null } : null)!;
    expect((await listMaterialsForRegistration(reg(confirmed))).map((m) => m.titleFi)).toEqual(['Vain osallistujille']);
    expect(await listMaterialsForRegistration(reg(waiting))).toEqual([]);
    expect(
      await listMaterialsForRegistration({ eventId: e.id, status: 'cancelled', attendedOnsite: true }),
    ).toHaveLength(1); // attended, cancelled later

    const mine = await registrationFileRequest(confirmed.value.manageToken, String(id), PERSONAL_HEADERS);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect((await registrationFileRequest(waiting.value.manageToken, String(id), PERSONAL_HEADERS)).status).toBe(404);
    expect((await publicFileRequest(String(id))).status).toBe(404); // never through the public route
  });
});

describe('uploaded files', () => {
  it('refuses a text file named .pdf with a translated message and saves nothing; accepts a real PDF and serves it safely', async () => {
    const e = await taysEvent();
    const before = await counts();
    const fake = await saveMaterialRequest(
      uploadRequest(
        { target: `event:${e.id}`, kind: 'slides', visibility: 'public', language: 'fi', titleFi: 'Opas' },
        { bytes: new TextEncoder().encode('Tämä on tekstiä, ei PDF.'), name: 'opas.pdf' },
      ),
      people.tays,
    );
    expect(fake.status).toBe(422);
    const refused = (await fake.json()) as { ok: boolean; message: string; fields: Record<string, string> };
    expect(refused).toMatchObject({ ok: false, fields: { file: expect.stringContaining('PDF') } });
    expect(refused.message).toContain('Ingenting sparades'); // ?locale=sv
    expect(await counts()).toEqual(before);

    const other = await saveMaterialRequest(
      uploadRequest(
        { target: `event:${e.id}`, kind: 'slides', visibility: 'public', language: 'fi', titleFi: 'Opas' },
        { bytes: tinyPdf(['Opas']), name: 'opas.pdf' },
      ),
      people.hyks,
    );
    expect(other.status).toBe(404);
    expect(await counts()).toEqual(before); // the file was not kept either

    const ok = await saveMaterialRequest(
      uploadRequest(
        {
          target: `event:${e.id}`,
          kind: 'guide',
          visibility: 'public',
          language: 'both',
          titleFi: 'Käymättömät – opas',
        },
        { bytes: tinyPdf(['Koulua käymättömät']), name: 'Käymättömät opas.txt', type: 'text/plain' },
      ),
      people.tays,
    );
    expect(ok.status).toBe(200);
    const { id } = (await ok.json()) as { id: number };
    const [row] = await db().select().from(eventMaterials).where(eq(eventMaterials.id, id));
    expect(row).toMatchObject({ url: null, kind: 'guide' });

    const res = await publicFileRequest(String(id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="K_ym_tt_m_t opas.pdf"; filename*=UTF-8''${encodeURIComponent('Käymättömät opas.pdf')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox/);
    const body = new Uint8Array(await res.arrayBuffer());
    expect((await extractText(body, { mergePages: true })).text).toContain('Koulua käymättömät');

    // Replacing the file with a link drops the stored file; removing the material leaves no file behind.
    expect(
      (
        await saveMaterial(
          people.tays,
          { kind: 'existing', id },
          input({ kind: 'guide', url: 'https://example.fi/opas' }),
          null,
        )
      ).ok,
    ).toBe(true);
    expect(
      await db().select({ id: materialFiles.id }).from(materialFiles).where(eq(materialFiles.id, row.fileId!)),
    ).toEqual([]);
    expect((await removeMaterial(people.tays, id)).ok).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body over 25 MB before reading it', async () => {
    const req = new Request('http://localhost/api/workspace/materials?locale=fi', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': String(30 * 1024 * 1024), 'content-type': 'multipart/form-data; boundary=x' },
    });
    const res = await saveMaterialRequest(req, people.tays);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toContain('25 Mt');
  });
});

describe('standalone materials and GET /api/materials', () => {
  it('admin manages all standalone materials, an organiser their own; the API lists public ones newest first with filters', async () => {
    const own = await saveMaterial(
      people.tays,
      { kind: 'standalone' },
      input({
        kind: 'model',
        titleFi: 'Toimintamalli kouluun',
        titleSv: 'Modell för skolan',
        descriptionFi: 'Malli poissaolojen ehkäisyyn',
        language: 'both',
        themes: ['koulua-kaymattomat'],
        targetLevel: 'intermediate',
        year: '2025',
        url: 'https://example.fi/malli',
        visibility: 'participants',
      }),
      null,
    );
    const admins = await saveMaterial(
      people.admin,
      { kind: 'standalone' },
      input({
        kind: 'video',
        titleFi: 'Webinaaritallenne',
        language: 'fi',
        captioned: 'yes',
        url: 'https://example.fi/video',
      }),
      null,
    );
    if (!own.ok || !admins.ok) throw new Error('save failed');
    expect(
      (
        await db()
          .select({ v: eventMaterials.visibility })
          .from(eventMaterials)
          .where(eq(eventMaterials.id, own.value.id))
      )[0].v,
    ).toBe('public');
    expect(await saveMaterial(people.hyks, { kind: 'existing', id: own.value.id }, input(), null)).toEqual({
      ok: false,
      error: 'editor.errors.notFound',
    });
    expect(await removeMaterial(people.tays, admins.value.id)).toEqual({ ok: false, error: 'editor.errors.notFound' });
    expect((await listStandaloneForOrganiser(people.tays)).map((m) => m.id)).toEqual([own.value.id]);
    expect((await listStandaloneForOrganiser(people.admin)).map((m) => m.id)).toContain(own.value.id);
    const draft = await taysEvent({ status: 'draft' });
    await add(people.tays, draft.id, { titleFi: 'Luonnoksen diat' });

    const api = async (q = '') => {
      const res = await materialsApiRoute(new NextRequest(`http://localhost/api/materials${q}`));
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('public, max-age=60');
      return (await res.json()) as {
        id: number;
        title: { fi: string; sv: string | null };
        kind: string;
        event: string | null;
        themes: string[];
        url: string;
        captioned?: boolean | null;
      }[];
    };
    const all = await api();
    expect(all.map((m) => m.title.fi)).not.toContain('Luonnoksen diat');
    const video = all.find((m) => m.id === admins.value.id)!;
    const model = all.find((m) => m.id === own.value.id)!;
    expect(all.indexOf(video)).toBeLessThan(all.indexOf(model)); // newest first
    expect(video).toMatchObject({ kind: 'video', event: null, captioned: true, url: 'https://example.fi/video' });
    expect(model).toEqual({
      id: own.value.id,
      title: { fi: 'Toimintamalli kouluun', sv: 'Modell för skolan' },
      kind: 'model',
      event: null,
      themes: ['koulua-kaymattomat'],
      url: 'https://example.fi/malli',
      language: 'both',
      createdAt: expect.any(String),
    });
    expect((await api('?theme=koulua-kaymattomat')).map((m) => m.id)).toContain(own.value.id);
    expect((await api('?theme=koulua-kaymattomat')).map((m) => m.id)).not.toContain(admins.value.id);
    expect((await api('?lang=sv')).map((m) => m.id)).toContain(own.value.id);
    expect((await api('?lang=sv')).map((m) => m.id)).not.toContain(admins.value.id);
    expect((await api('?q=POISSAOLOJEN')).map((m) => m.id)).toEqual([own.value.id]);
    expect((await api('?theme=DROP%20TABLE&lang=xx')).length).toBe(all.length); // bad filters are ignored

    // A public event file is listed with Kokoon's absolute download URL (on APP_URL).
    const e = await taysEvent({ status: 'published' });
    const res = await saveMaterialRequest(
      uploadRequest(
        { target: `event:${e.id}`, kind: 'slides', visibility: 'public', language: 'fi', titleFi: 'Tiedostodiat' },
        { bytes: tinyPdf(['x']), name: 'd.pdf' },
      ),
      people.tays,
    );
    const { id } = (await res.json()) as { id: number };
    expect((await api()).find((m) => m.id === id)).toMatchObject({
      event: e.slug,
      url: `${publicBaseUrl()}/api/materials/${id}/file`,
    });
  });
});
