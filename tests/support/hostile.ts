// Hostile input for property-based tests (fast-check): what an attacker, a broken client or a
// copy-paste from Word sends. FUZZ_RUNS sets the number of runs per property (CI default below;
// e.g. FUZZ_RUNS=5000 for a long run).
import fc from 'fast-check';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
export const fuzzParams = (runs = FUZZ_RUNS): fc.Parameters<unknown> => ({ numRuns: runs, endOnFailure: true });

/** Payloads that have broken web apps: injections, template syntax, markup, control and odd unicode. */
export const NASTY_STRINGS = [
  `'; DROP TABLE registrations; --`,
  `" OR 1=1 --`,
  `1' OR '1'='1`,
  `$1`,
  `\\'`,
  `%' AND 1=0 UNION SELECT token_hash FROM access_tokens --`,
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `<svg/onload=alert(1)>`,
  `javascript:alert(1)`,
  `</title><script>x</script>`,
  `{{7*7}}`,
  `\${7*7}`,
  `#{7*7}`,
  `<%= 7*7 %>`,
  `{constructor}`,
  `__proto__`,
  `constructor`,
  `prototype`,
  `=HYPERLINK("http://evil.example","click")`,
  `+cmd|' /C calc'!A0`,
  `-2+3`,
  `@SUM(A1)`,
  `\t=1+1`,
  ` =1`,
  `＝1+1`,
  'BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT',
  'line\r\nBcc: victim@example.com',
  'a\nb\rc',
  'ATTENDEE;CN=x:mailto:a@b.c',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u007f',
  '\uFEFF',
  '\u200B\u200D\u2060',
  '\u202E\u0644\u0627 gnp.exe',
  '\uD800',
  '\uDFFF\uD800',
  'Z̶̧̛̭̘͕a̸̢͇l̷̰̈́g̶͉̈ỏ̵͎',
  '👩‍👩‍👧‍👦🇫🇮',
  'Åsa Öberg-Ährling',
  'ß'.repeat(3),
  '\u0130stanbul',
  'ﬃ',
  'Ⅻ',
  '١٢٣',
  'x'.repeat(10_000),
  '',
  ' ',
  '   \t  ',
  'null',
  'undefined',
  'NaN',
  'true',
  '0',
  '-0',
  '1e309',
  '[]',
  '{}',
];

/** Path segments with malformed percent-encoding (not UTF-8, truncated, overlong): decodeURIComponent throws on each. */
export const MALFORMED_PATH_SEGMENTS = ['%ff', '%ff%fe', 'x%E0%A4%A', '%c0%af', 'a%zz', '%'];

export const nastyString = fc.constantFrom(...NASTY_STRINGS);

/** Any string: random unicode (also lone surrogates), the nasty list, or one of them glued to text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), nastyString, fc.string({ maxLength: 10 }))
      .map(([a, b, c]) => a + b + c),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((n) => 'ä'.repeat(n)) },
);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Any JSON value, with odd keys (prototype pollution) and hostile strings inside. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 })), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A value of the wrong kind for a field that expects a string (or right kind, hostile content). */
export const hostileFieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileJson },
);

/** JSON text with a `__proto__` key (JSON.stringify of an object cannot produce one). */
export function withProtoKey(body: Record<string, unknown>, inner: unknown): string {
  const text = JSON.stringify(body);
  return `{"__proto__":${JSON.stringify(inner ?? { polluted: true })},${text.slice(1)}`;
}

/** Translated message templates of a catalogue as regexes ({placeholder} or a function's argument → anything). */
export function messageMatchers(catalogue: object): RegExp[] {
  const out: RegExp[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'function') node = (node as (...a: string[]) => string)('\u0000', '\u0000');
    if (typeof node === 'string') {
      const parts = node.split(/\{\w+\}|\u0000/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      out.push(new RegExp(`^${parts.join('[\\s\\S]*')}$`));
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(catalogue);
  return out;
}
