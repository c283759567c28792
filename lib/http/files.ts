import { NextResponse } from 'next/server';
import { PRIVATE_HEADERS } from './headers';

/**
 * `attachment` with the name twice (RFC 6266): an ASCII fallback (anything else, quotes and
 * backslashes become `_`) for old clients, and the exact UTF-8 name (`filename*`) for the rest, so
 * ä/ö/å survive and no name can break out of the header.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export type DownloadFile = { body: Uint8Array | string; contentType: string; filename: string };

/** A file the browser saves under its name (200), with the given headers (private by default). */
export function fileResponse(
  file: DownloadFile,
  headers: Readonly<Record<string, string>> = PRIVATE_HEADERS,
): NextResponse {
  const body = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : new Uint8Array(file.body);
  return new NextResponse(body, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename),
      'Content-Length': String(body.byteLength),
    },
  });
}
