// What an uploaded material file is, decided by its content alone (never by its name or the type the
// browser claims), by the `file-type` library: a PDF, or a Word, PowerPoint or Excel (OOXML) file.
// Anything else is refused. No database: the save route and the unit tests use these.
import { fileTypeFromBuffer } from 'file-type';
import { MAX_FILE_BYTES } from './schema';

export type FileType = { ext: 'pdf' | 'docx' | 'pptx' | 'xlsx'; contentType: string };

const TYPES: Record<FileType['ext'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The type of an uploaded file by its bytes (file-type reads the PDF signature, and an OOXML zip's
 * `[Content_Types].xml`); null for anything Kokoon does not accept. */
export async function detectFileType(b: Uint8Array): Promise<FileType | null> {
  const found = await fileTypeFromBuffer(b);
  return found && isAccepted(found.ext) ? { ext: found.ext, contentType: TYPES[found.ext] } : null;
}

const isAccepted = (ext: string): ext is FileType['ext'] => Object.hasOwn(TYPES, ext);

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
export async function checkUpload(bytes: Uint8Array, uploadedName: string): Promise<FileCheck> {
  if (bytes.byteLength === 0) return { ok: false, error: 'materialsArchive.errors.fileEmpty' };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: 'materialsArchive.errors.fileSize' };
  const type = await detectFileType(bytes);
  if (!type) return { ok: false, error: 'materialsArchive.errors.fileType' };
  return { ok: true, file: { bytes, type, filename: storedFilename(uploadedName, type) } };
}
