// `npm run bench:js`: the JavaScript each public page ships to the browser, gzipped, next to the
// floor every page of the same build pays (React and the Next runtime).
//
// For each page it fetches the HTML from `next start` (embedded PostgreSQL with the demo data) and
// collects every script the browser runs: the `<script src>` chunks plus every chunk the page names
// in its preload links and in the inline RSC payload (client components load from there), each
// counted once and gzipped alone (zlib's default level, as `next start` compresses), and the inline
// scripts (the RSC payload, props of client components, message catalogues handed to islands),
// gzipped together. `nomodule` scripts (polyfills for old browsers) are left out: modern browsers
// never fetch them. The floor is measured the same way from app/bench-floor, an empty static page
// of the same build with no providers (read from its prerendered HTML: proxy.ts sends visitors of
// /bench-floor to a locale).
//
//   npm run bench:js                   # reuses .next when there is a build
//   BENCH_BUILD=1 npm run bench:js     # builds first
//   BENCH_JS_VERBOSE=1 npm run bench:js  # also lists each page's chunks beyond the floor's
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startAppServer } from '../tests/support/app-server';
import { ensureBuild, recordRows, root, withBenchDatabase } from './support';

export const PAGES = [
  { name: 'event list', path: '/fi' },
  { name: 'about', path: '/fi/about' },
  { name: 'event page with the sign-up form', path: '/fi/events/koulua-koulua-kaymattomille' },
  { name: 'training series', path: '/fi/series/tuvet-lapsen-osallisuus' },
  { name: 'organiser sign-in', path: '/fi/signin' },
  { name: 'my data (request form)', path: '/fi/my-data' },
];

type Measure = { chunks: number; chunkBytes: number; inlineBytes: number };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (text: string | Buffer) => gzipSync(text).length;

/** Scripts of one HTML page: chunk paths (src, preload, named in the RSC payload) and inline code. */
export function scriptsOf(html: string): { chunks: string[]; inline: string[] } {
  const chunks = new Set<string>();
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = m;
    if (/\bnomodule\b/i.test(attrs)) continue;
    const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
    if (type && !/javascript|module/.test(type)) continue; // JSON-LD and other data blocks
    const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
    if (src) chunks.add(src.replace(/&amp;/g, '&'));
    else if (body.trim()) inline.push(body);
  }
  for (const m of html.matchAll(/<link\b[^>]*\bas="script"[^>]*>/g)) {
    const href = /\bhref="([^"]*)"/.exec(m[0])?.[1];
    if (href) chunks.add(href.replace(/&amp;/g, '&'));
  }
  // Client component chunks named in the flight data ("static/chunks/…js", escaped inside strings).
  for (const m of html.matchAll(/(?:\/_next\/)?static\/chunks\/[\w.\-\/~]+?\.js/g)) {
    chunks.add(m[0].startsWith('/_next/') ? m[0] : `/_next/${m[0]}`);
  }
  return { chunks: [...chunks].map((c) => c.split('?')[0]), inline };
}

const chunkCache = new Map<string, number>();
async function chunkGz(base: string, path: string): Promise<number> {
  const cached = chunkCache.get(path);
  if (cached !== undefined) return cached;
  const res = await fetch(new URL(path, base), { headers: { 'Accept-Encoding': 'identity' } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  const size = gz(Buffer.from(await res.arrayBuffer()));
  chunkCache.set(path, size);
  return size;
}

const verbose = process.env.BENCH_JS_VERBOSE === '1';
const floorChunks = new Set<string>();

async function measureHtml(base: string, html: string, label = 'floor'): Promise<Measure> {
  const { chunks, inline } = scriptsOf(html);
  let chunkBytes = 0;
  for (const c of chunks) {
    const size = await chunkGz(base, c);
    chunkBytes += size;
    if (label === 'floor') floorChunks.add(c);
    else if (verbose && !floorChunks.has(c)) console.log(`${label}: ${c} ${kb(size)} KB gz`);
  }
  return { chunks: chunks.length, chunkBytes, inlineBytes: inline.length ? gz(inline.join('\n')) : 0 };
}

async function main() {
  ensureBuild();
  const floorHtml = readFileSync(join(root, '.next', 'server', 'app', 'bench-floor.html'), 'utf8');
  await withBenchDatabase('clientjs', { demo: true }, async (dbUrl) => {
    const app = await startAppServer({ databaseUrl: dbUrl });
    try {
      const floor = await measureHtml(app.url, floorHtml);
      const rows: { name: string; path: string; m: Measure }[] = [];
      for (const p of PAGES) {
        const res = await fetch(app.url + p.path);
        if (!res.ok) throw new Error(`${p.path}: ${res.status}`);
        rows.push({ ...p, m: await measureHtml(app.url, await res.text(), p.path) });
      }
      const total = (m: Measure) => m.chunkBytes + m.inlineBytes;
      const header =
        '| page | chunks | chunk JS KB gz | inline KB gz | total KB gz | floor KB gz | chunks − floor | total − floor |\n|---|---:|---:|---:|---:|---:|---:|---:|';
      const line = (name: string, m: Measure) =>
        `| ${name} | ${m.chunks} | ${kb(m.chunkBytes)} | ${kb(m.inlineBytes)} | ${kb(total(m))} | ${kb(total(floor))} | ${kb(m.chunkBytes - floor.chunkBytes)} | ${kb(total(m) - total(floor))} |`;
      const table = [
        `Client JavaScript per page, ${new Date().toISOString()} (gzip, zlib default level; build ${readFileSync(join(root, '.next', 'BUILD_ID'), 'utf8').trim()})`,
        '',
        header,
        line('floor (`app/bench-floor`, empty static page)', floor),
        ...rows.map((r) => line(`${r.name} (\`${r.path}\`)`, r.m)),
        '',
      ].join('\n');
      console.log(`\n${table}`);
      writeFileSync(join(root, 'bench', 'results', 'client-js-latest.md'), table);
      recordRows(
        [floor, ...rows.map((r) => r.m)].map((m, i) => ({
          benchmark: 'client JavaScript',
          target: i === 0 ? 'floor: empty page of the same build' : `${rows[i - 1].name} (${rows[i - 1].path})`,
          throughput: Math.round(m.chunkBytes / 102.4) / 10,
          unit: 'KB gz',
          p95Ms: NaN,
          ratio: null,
          reference: i === 0 ? 'the floor' : `floor + ${kb(m.chunkBytes - floor.chunkBytes)} KB gz`,
          rssMb: null,
        })),
      );
    } finally {
      await app.stop();
    }
  });
}

await main();
process.exit(0);
