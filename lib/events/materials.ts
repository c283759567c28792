import 'server-only';
// Materials of an event (recordings, slides, links): public ones on the event page, the rest only
// for registered participants on their manage page.
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { eventMaterials } from '@/db/schema';

export type Material = { id: number; kind: 'recording' | 'slides' | 'link'; titleFi: string; titleSv: string | null; url: string; visibility: 'public' | 'participants' };

export async function listMaterials(eventId: number, audience: 'public' | 'participants'): Promise<Material[]> {
  const where = audience === 'public'
    ? and(eq(eventMaterials.eventId, eventId), eq(eventMaterials.visibility, 'public'))
    : eq(eventMaterials.eventId, eventId);
  return db().select({
    id: eventMaterials.id, kind: eventMaterials.kind, titleFi: eventMaterials.titleFi, titleSv: eventMaterials.titleSv,
    url: eventMaterials.url, visibility: eventMaterials.visibility,
  }).from(eventMaterials).where(where).orderBy(asc(eventMaterials.id));
}

export async function addMaterial(eventId: number, m: Omit<Material, 'id'>): Promise<void> {
  const url = new URL(m.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('material URL must be http(s)');
  await db().insert(eventMaterials).values({ eventId, ...m, url: url.toString() });
}
