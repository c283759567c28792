// `npm start` in production runs the web instance with the same Node flags as the demo, the tests and
// the benchmarks (scripts/node-flags.mjs): what the benchmarks measure is what production runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_NODE_FLAGS } from '../../scripts/node-flags.mjs';

describe("the web instance's Node flags", () => {
  it("are the same in package.json's start script as everywhere else", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toBe(`node ${WEB_NODE_FLAGS.join(' ')} scripts/start.mjs`);
    expect(WEB_NODE_FLAGS.some((f) => f.startsWith('--max-old-space-size='))).toBe(true);
  });
});
