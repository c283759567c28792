import { describe, expect, it } from 'vitest';
import { checkUpload, detectFileType, storedFilename } from '@/lib/materials/files';
import { MAX_FILE_BYTES } from '@/lib/materials/schema';
import { tinyPdf } from '@/db/seed/tiny-pdf';
import { zip } from '../support/zip';

const ooxml = (dir: string) =>
  zip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', [`${dir}/document.xml`]: '<x/>' });

describe('material file types by content', () => {
  it('accepts a real PDF and the three OOXML kinds, whatever they are called', () => {
    expect(detectFileType(tinyPdf(['Opas']))?.contentType).toBe('application/pdf');
    expect(detectFileType(ooxml('word'))?.ext).toBe('docx');
    expect(detectFileType(ooxml('ppt'))?.ext).toBe('pptx');
    expect(detectFileType(ooxml('xl'))?.ext).toBe('xlsx');
    const named = checkUpload(ooxml('ppt'), 'Diat.pdf');
    expect(named.ok && named.file.filename).toBe('Diat.pptx'); // the name's extension never decides
  });

  it('refuses a text file named .pdf, a plain zip, an HTML page and an empty or oversized file', () => {
    expect(checkUpload(new TextEncoder().encode('just text, not a PDF'), 'opas.pdf')).toEqual({
      ok: false,
      error: 'materialsArchive.errors.fileType',
    });
    expect(detectFileType(zip({ 'readme.txt': 'hi' }))).toBeNull();
    expect(detectFileType(zip({ '[Content_Types].xml': '<Types/>', 'word/a.xml': '', 'xl/b.xml': '' }))).toBeNull(); // ambiguous
    expect(detectFileType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    expect(checkUpload(new Uint8Array(), 'x.pdf')).toEqual({ ok: false, error: 'materialsArchive.errors.fileEmpty' });
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.4'));
    expect(checkUpload(big, 'x.pdf')).toEqual({ ok: false, error: 'materialsArchive.errors.fileSize' });
  });

  it('keeps a readable name with the detected extension', () => {
    expect(storedFilename('C:\\fakepath\\Käymättömät opas.exe', { ext: 'pdf', contentType: 'application/pdf' })).toBe(
      'Käymättömät opas.pdf',
    );
    expect(storedFilename('', { ext: 'docx', contentType: '' })).toBe('material.docx');
  });
});
