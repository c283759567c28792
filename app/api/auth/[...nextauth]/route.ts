// Auth.js's own endpoints. Organisers ask for a sign-in link only through the sign-in page's form
// (lib/auth/signin.ts: rate limits per address and per client, one answer for every address), so a
// POST to Auth.js's sign-in action (/api/auth/signin or /api/auth/signin/{provider}) is never passed
// on: it gets the same redirect to the sign-in page whatever address it names, and sends nothing.
// (Auth.js itself also refuses such requests: see the signIn callback in lib/auth.)
import { NextResponse, type NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { publicBaseUrl } from '@/lib/config';

export const { GET } = handlers;

/** The Auth.js action a path names, parsed as Auth.js parses it (`/api/auth/{action}/{provider}`). */
function authAction(pathname: string): string | undefined {
  const m = /^\/api\/auth(.+)$/.exec(pathname);
  return m?.[1].replace(/^\//, '').split('/').filter(Boolean)[0];
}

export async function POST(req: NextRequest) {
  if (authAction(new URL(req.url).pathname) === 'signin') {
    return NextResponse.redirect(`${publicBaseUrl()}/fi/signin`, 303);
  }
  return handlers.POST(req);
}
