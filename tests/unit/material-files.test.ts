import { describe, expect, it } from 'vitest';
import { checkUpload, detectFileType, storedFilename } from '@/lib/materials/files';
import { MAX_FILE_BYTES } from '@/lib/materials/schema';
import { tinyPdf } from '@/db/seed/tiny-pdf';
import ExcelJS from 'exceljs';
import { zip } from '../support/zip';

const MAIN = {
  word: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  ppt: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  xl: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};
/** The smallest Office file: a zip whose `[Content_Types].xml` names the main part, as Office writes it. */
const ooxml = (dir: keyof typeof MAIN) =>
  zip({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${dir}/main.xml" ContentType="${MAIN[dir]}"/></Types>`,
    '_rels/.rels': '<Relationships/>',
    [`${dir}/main.xml`]: '<x/>',
  });

describe('material file types by content', () => {
  it('accepts a real PDF and the three OOXML kinds, whatever they are called', async () => {
    expect((await detectFileType(tinyPdf(['Opas'])))?.contentType).toBe('application/pdf');
    expect((await detectFileType(ooxml('word')))?.ext).toBe('docx');
    expect((await detectFileType(ooxml('ppt')))?.ext).toBe('pptx');
    expect((await detectFileType(ooxml('xl')))?.ext).toBe('xlsx');
    // A workbook as a real spreadsheet program writes it (Kokoon's own XLSX export library).
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Osallistujat').addRow(['Nimi']);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await detectFileType(xlsx)).toEqual({
      ext: 'xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const named = await checkUpload(ooxml('ppt'), 'Diat.pdf');
    expect(named.ok && named.file.filename).toBe('Diat.pptx'); // the name's extension never decides
  });

  it('refuses a text file named .pdf, a plain zip, an HTML page and an empty or oversized file', async () => {
    expect(await checkUpload(new TextEncoder().encode('just text, not a PDF'), 'opas.pdf')).toEqual({
      ok: false,
      error: 'materialsArchive.errors.fileType',
    });
    expect(await detectFileType(zip({ 'readme.txt': 'hi' }))).toBeNull();
    // Office's folders without the content types that say what the file is: a plain zip.
    expect(
      await detectFileType(zip({ '[Content_Types].xml': '<Types/>', 'word/a.xml': '', 'xl/b.xml': '' })),
    ).toBeNull();
    expect(await detectFileType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    expect(await checkUpload(new Uint8Array(), 'x.pdf')).toEqual({
      ok: false,
      error: 'materialsArchive.errors.fileEmpty',
    });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.4'));
    expect(await checkUpload(big, 'x.pdf')).toEqual({ ok: false, error: 'materialsArchive.errors.fileSize' });
  });

  it('keeps a readable name with the detected extension', () => {
    expect(storedFilename('C:\\fakepath\\Käymättömät opas.exe', { ext: 'pdf', contentType: 'application/pdf' })).toBe(
      'Käymättömät opas.pdf',
    );
    expect(storedFilename('', { ext: 'docx', contentType: '' })).toBe('material.docx');
  });
});
