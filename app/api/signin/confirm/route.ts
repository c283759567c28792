// The sign-in button's POST: hands the one-time token to Auth.js's e-mail callback, which checks it
// (15 minutes, once), creates the database session and sets the session cookie.
import { NextRequest, NextResponse } from 'next/server';
import { handlers } from '@/lib/auth';
import { publicBaseUrl } from '@/lib/config';
import { toLocale } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

export async function POST(req: NextRequest) {
  const origin = req.headers.get('origin');
  if (origin && origin !== new URL(publicBaseUrl()).origin) return new NextResponse('Forbidden', { status: 403 });
  // The sign-in button sends a form; no body, JSON or anything else unreadable is a client error.
  const form = await req.formData().catch(() => null);
  if (!form)
    return new NextResponse('Bad Request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const locale = toLocale(form.get('locale'));
  const field = (name: string) => String(form.get(name) ?? '').slice(0, 500);
  const callbackUrl =
    field('callbackUrl').startsWith('/') && !field('callbackUrl').startsWith('//')
      ? field('callbackUrl')
      : `/${locale}/workspace`;
  const url = new URL(`${publicBaseUrl()}/api/auth/callback/email`);
  url.search = new URLSearchParams({ token: field('token'), email: field('email'), callbackUrl }).toString();
  const res = await handlers.GET(new NextRequest(url, { headers: { cookie: req.headers.get('cookie') ?? '' } }));
  // A failed check redirects to Auth.js's error page setting: send the person to the localized one.
  const location = res.headers.get('location') ?? '';
  if (res.status >= 300 && res.status < 400 && location.includes('error=')) {
    return NextResponse.redirect(`${publicBaseUrl()}/${locale}/signin?error=expired`, 303);
  }
  const out = new NextResponse(null, {
    status: 303,
    headers: { location: location || `${publicBaseUrl()}${callbackUrl}` },
  });
  for (const cookie of res.headers.getSetCookie()) out.headers.append('set-cookie', cookie);
  return out;
}
