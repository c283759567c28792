// Demo materials of the network, not tied to an event: a guide uploaded as a PDF (stored in
// PostgreSQL like an organiser's upload) and a captioned webinar recording, both in the materials
// bank and in GET /api/materials. Deterministic, like the rest of the demo data.
import type { Tx } from '@/db/client';
import { eventMaterials, materialFiles } from '@/db/schema';
import { tinyPdf } from './tiny-pdf';

export async function seedMaterialsDemo(tx: Tx): Promise<void> {
  const pdf = tinyPdf([
    'Koulua käymättömät - opas kouluille',
    'VIP-verkosto: tunnista poissaolot ajoissa ja toimi yhdessä.',
    'Skolfrånvaro - guide för skolor',
  ]);
  const [file] = await tx
    .insert(materialFiles)
    .values({
      contentType: 'application/pdf',
      filename: 'Koulua käymättömät – opas.pdf',
      size: pdf.byteLength,
      data: pdf,
    })
    .returning({ id: materialFiles.id });
  await tx.insert(eventMaterials).values([
    {
      eventId: null,
      kind: 'guide',
      visibility: 'public',
      language: 'both',
      fileId: file.id,
      url: null,
      titleFi: 'Koulua käymättömät – opas kouluille',
      titleSv: 'Skolfrånvaro – guide för skolor',
      descriptionFi:
        'Miten koulu tunnistaa pitkittyvät poissaolot ajoissa ja toimii yhdessä perheen ja oppilashuollon kanssa.',
      descriptionSv: 'Hur skolan känner igen långvarig frånvaro i tid och samarbetar med familjen och elevvården.',
      themes: ['koulua-kaymattomat'],
      targetLevel: 'introductory',
      year: 2025,
      sortOrder: 0,
    },
    {
      eventId: null,
      kind: 'video',
      visibility: 'public',
      language: 'fi',
      url: 'https://video.kokoon.example/tallenteet/sijoitetut-lapset-webinaari',
      captioned: true,
      titleFi: 'Sijoitetut lapset koulussa – webinaarin tallenne',
      titleSv: 'Placerade barn i skolan – inspelning av webbinariet',
      descriptionFi: 'Tekstitetty tallenne verkoston webinaarista.',
      descriptionSv: 'Textad inspelning av nätverkets webbinarium.',
      themes: ['sijoitetut-lapset'],
      targetLevel: 'intermediate',
      year: 2026,
      sortOrder: 0,
    },
  ]);
}
