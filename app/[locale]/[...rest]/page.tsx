import { notFound } from 'next/navigation';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

// Unknown paths under a locale get the translated not-found page.
export default function CatchAll() {
  notFound();
}
