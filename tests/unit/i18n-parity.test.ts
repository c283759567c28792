import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';
import { translate } from '@/lib/i18n/messages';

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

// An ICU plural or select that reached the reader unformatted (issue 14).
const RAW_ICU = /\{\w+, (plural|select|selectordinal)/;

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

  it('come out of translate() formatted: no raw ICU plural or select in either language', () => {
    for (const [locale, texts] of [
      ['fi', f],
      ['sv', s],
    ] as const) {
      for (const [key, text] of texts) {
        const values = Object.fromEntries(placeholders(text).map((name) => [name, 3]));
        for (const count of [0, 1, 3]) {
          const out = translate(locale, key, Object.fromEntries(Object.keys(values).map((k) => [k, count])));
          expect(out, `${locale} ${key}`).not.toMatch(RAW_ICU);
        }
      }
    }
    expect(translate('fi', 'messages.done.queued', { count: 3 })).toBe('Viesti on jonossa 3 vastaanottajalle.');
    expect(translate('sv', 'messages.done.queued', { count: 3 })).toBe('Meddelandet står i kö till 3 mottagare.');
  });

  it('contain every key the code asks for by a literal name', () => {
    const root = join(__dirname, '..', '..');
    const missing: string[] = [];
    for (const file of [
      ...sourceFiles(join(root, 'app')),
      ...sourceFiles(join(root, 'components')),
      ...sourceFiles(join(root, 'lib')),
    ]) {
      const code = readFileSync(file, 'utf8');
      const namespaces = [
        ...code.matchAll(/(?:getTranslations|useTranslations)\(\s*(?:'([\w.]+)'|\{[^}]*namespace:\s*'([\w.]+)')/g),
      ].map((m) => m[1] ?? m[2]);
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
