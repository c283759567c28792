// GET /robots.txt — crawlers are welcome on the public pages and pointed to the sitemap; the
// workspace, sign-in and the private API have nothing for them (personal pages also send noindex).
import type { MetadataRoute } from 'next';
import { publicBaseUrl } from '@/lib/config';

export const dynamic = 'force-dynamic'; // APP_URL is read when the app runs, not when it is built

export default function robots(): MetadataRoute.Robots {
  const base = publicBaseUrl();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/fi/workspace',
        '/sv/workspace',
        '/fi/signin',
        '/sv/signin',
        '/api/workspace',
        '/api/auth',
        '/api/signin',
      ],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
