import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('message catalogues', () => {
  const f = flatten(fi as Tree);
  const s = flatten(sv as Tree);

  it('have exactly the same keys in Finnish and Swedish', () => {
    expect([...s.keys()].sort()).toEqual([...f.keys()].sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, text] of f) {
      expect(text.trim(), key).not.toBe('');
      expect(s.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(s.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('contain every key the code asks for by a literal name', () => {
    const root = join(__dirname, '..', '..');
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(root, 'app')), ...sourceFiles(join(root, 'components')), ...sourceFiles(join(root, 'lib'))]) {
      const code = readFileSync(file, 'utf8');
      const namespaces = [...code.matchAll(/(?:getTranslations|useTranslations)\(\s*(?:'([\w.]+)'|\{[^}]*namespace:\s*'([\w.]+)')/g)].map((m) => m[1] ?? m[2]);
      const ns = namespaces.length === 1 ? namespaces[0] : undefined;
      for (const m of code.matchAll(/\bt\('([\w.]+)'/g)) {
        const key = m[1];
        const candidates = [key, ...(ns ? [`${ns}.${key}`] : namespaces.map((n) => `${n}.${key}`))];
        if (!candidates.some((k) => f.has(k))) missing.push(`${file.replace(root, '')}: ${key}`);
      }
      for (const m of code.matchAll(/translate\(\w+, '([\w.]+)'/g)) if (!f.has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
