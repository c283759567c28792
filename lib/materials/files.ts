// What an uploaded material file is, decided by its content alone (never by its name or the type the
// browser claims): a PDF starts with `%PDF-`; a Word, PowerPoint or Excel file is an OOXML zip whose
// central directory lists `[Content_Types].xml` and entries under `word/`, `ppt/` or `xl/`. Anything
// else is refused. Pure functions (no database): the save route and the unit tests use them.
import { MAX_FILE_BYTES } from './schema';

export type FileType = { ext: 'pdf' | 'docx' | 'pptx' | 'xlsx'; contentType: string };

const TYPES: Record<FileType['ext'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The names in a zip's central directory, or null when the bytes are not a well-formed zip. */
export function zipEntryNames(b: Uint8Array): string[] | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > b.length) return null;
    names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLen)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** The type of an uploaded file by its bytes; null for anything Kokoon does not accept. */
export function detectFileType(b: Uint8Array): FileType | null {
  if (b.length >= 5 && new TextDecoder().decode(b.subarray(0, 5)) === '%PDF-')
    return { ext: 'pdf', contentType: TYPES.pdf };
  if (b.length < 30 || b[0] !== 0x50 || b[1] !== 0x4b || b[2] !== 0x03 || b[3] !== 0x04) return null;
  const names = zipEntryNames(b);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  const found = (['word', 'ppt', 'xl'] as const).filter((dir) => names.some((n) => n.startsWith(`${dir}/`)));
  if (found.length !== 1) return null;
  const ext = ({ word: 'docx', ppt: 'pptx', xl: 'xlsx' } as const)[found[0]];
  return { ext, contentType: TYPES[ext] };
}

/** The name the file is served under: the uploaded name's stem (kept readable, ä/ö/å too) with the detected extension. */
export function storedFilename(uploaded: string, type: FileType): string {
  const base = uploaded.split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 120);
  return `${stem || 'material'}.${type.ext}`;
}

export type UploadedFile = { bytes: Uint8Array; type: FileType; filename: string };
export type FileCheck =
  | { ok: true; file: UploadedFile }
  | {
      ok: false;
      error:
        'materialsArchive.errors.fileType' | 'materialsArchive.errors.fileSize' | 'materialsArchive.errors.fileEmpty';
    };

/** Checks an uploaded file: size first, then its type by content. */
export function checkUpload(bytes: Uint8Array, uploadedName: string): FileCheck {
  if (bytes.byteLength === 0) return { ok: false, error: 'materialsArchive.errors.fileEmpty' };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'materialsArchive.errors.fileSize' };
  const type = detectFileType(bytes);
  if (!type) return { ok: false, error: 'materialsArchive.errors.fileType' };
  return { ok: true, file: { bytes, type, filename: storedFilename(uploadedName, type) } };
}
