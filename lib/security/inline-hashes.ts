// SHA-256 hashes of the inline <script> and <style> elements of an HTML document, as a browser
// computes them for a hash-based Content-Security-Policy (the exact text between the tags).
// Used by server.ts for public pages served from the cache, where a per-request nonce cannot be.
import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue; // external: allowed by 'self'
    // Data blocks (JSON-LD) never run: no hash needed, and none given so none can be smuggled in.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.add(sha256(m[2]));
  }
  for (const m of html.matchAll(STYLE)) styles.add(sha256(m[1]));
  return { scripts: [...scripts], styles: [...styles] };
}
