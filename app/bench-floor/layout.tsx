// The client-JavaScript floor for `npm run bench:js` (bench/client-js.ts): a static page with no
// providers and no client components, so it ships only what every page of this build pays (React and
// the Next runtime). Outside [locale] on purpose: it reads nothing and is prerendered at build time;
// proxy.ts sends a visitor of /bench-floor to the locale's not-found page, the bench reads the
// prerendered file.
export default function BenchFloorLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
