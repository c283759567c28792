// The shared HTTP helpers of lib/http: what a browser saves a download as, and where a signed-out
// organiser is sent.
import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponse } from '@/lib/http/files';
import { signInRedirect } from '@/lib/http/signin';

describe('file downloads', () => {
  it('keeps a Finnish file name exact for browsers and gives old clients an ASCII one', () => {
    expect(contentDisposition('todistus-Äänekoski.pdf')).toBe(
      `attachment; filename="todistus-__nekoski.pdf"; filename*=UTF-8''todistus-%C3%84%C3%A4nekoski.pdf`,
    );
  });

  it('lets no file name break out of the header', () => {
    const header = contentDisposition('a"; filename="evil.exe\r\nSet-Cookie: x=1');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a_; filename=_evil.exe__Set-Cookie: x=1";')).toBe(true);
  });

  it('answers a private attachment with its type and length', async () => {
    const res = fileResponse({ body: 'ä', contentType: 'text/plain; charset=utf-8', filename: 'a.txt' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('content-length')).toBe('2');
    expect(await res.text()).toBe('ä');
  });
});

describe('signed out', () => {
  it('sends the visitor to the sign-in page with a way back to the same address', () => {
    const res = signInRedirect('sv', 'http://localhost/sv/workspace/events/7/export?format=csv&list=waitlist');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `/sv/signin?callbackUrl=${encodeURIComponent('/sv/workspace/events/7/export?format=csv&list=waitlist')}`,
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
