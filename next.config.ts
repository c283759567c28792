import type { NextConfig } from 'next';
import { join } from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';
import { baseHeaders, NON_HTML_CSP } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Public pages are kept by Kokoon's own cache handler: in memory per instance, made fresh across
  // instances by PostgreSQL notifications (lib/cache/page-cache.mjs). Next's own memory cache is off.
  cacheHandler: join(import.meta.dirname, 'lib/cache/page-cache.mjs'),
  cacheMaxMemorySize: 0,
  // Gzip in the app process costs CPU on every response; behind a load balancer or reverse proxy that
  // compresses, HTTP_COMPRESSION=off leaves it to that proxy.
  compress: process.env.HTTP_COMPRESSION !== 'off',
  // exceljs (workspace exports) and qrcode (check-in codes in mails) use Node streams and zlib: load them from node_modules.
  // @react-pdf/renderer (certificates) loads its fonts and layout engine at run time: keep it out of the bundle too.
  serverExternalPackages: ['postgres', 'exceljs', 'qrcode', '@react-pdf/renderer'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      // JSON and calendar files: nothing in them may run. They skip proxy.ts (a feed client's 304 or a
      // sign-up in a rush should not pay for the page machinery), so their headers are set here.
      // HSTS comes with every page; these fixed headers are decided at build time.
      ...['/api/:path*', '/calendar/:path*'].map((source) => ({
        source,
        headers: Object.entries({ ...baseHeaders({ https: false }), 'Content-Security-Policy': NON_HTML_CSP }).map(
          ([key, value]) => ({ key, value }),
        ),
      })),
      // Secret links (manage page, feedback survey, GDPR data page): never sent on as a Referer,
      // never cached, never indexed.
      ...['registrations', 'feedback', 'my-data'].map((area) => ({
        source: `/:locale/${area}/:token`,
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
