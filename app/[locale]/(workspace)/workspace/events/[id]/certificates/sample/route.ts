// GET …/events/{id}/certificates/sample?lang=fi|sv — a sample of the training's certificate (PDF)
// with the signed-in organiser's name; nothing is issued. lib/certificates checks the scope.
import { NextResponse } from 'next/server';
import { withOrganiser } from '@/lib/auth/entry-points';
import { sampleCertificate } from '@/lib/certificates/preview';
import { fileResponse, PRIVATE_HEADERS } from '@/lib/http';
import { parseId } from '@/lib/ids';
import { toLocale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser<{ locale: string; id: string }>(async ({ organiser, params, url }) => {
  const id = parseId(params.id);
  const cert = id === null ? null : await sampleCertificate(organiser, id, toLocale(url.searchParams.get('lang')));
  if (!cert?.ok)
    return new NextResponse('Not found', {
      status: 404,
      headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const { pdf, filename } = cert.value;
  return fileResponse({ body: pdf, contentType: 'application/pdf', filename });
});
