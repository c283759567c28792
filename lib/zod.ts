// zod for schemas that also run in the browser. zod compiles a fast parser with `new Function`,
// which the Content-Security-Policy (no 'unsafe-eval') forbids: even its probe for eval shows up as a
// CSP violation. In the browser it runs without that (a little slower, imperceptibly for a form);
// the server keeps the compiled fast path. Import `z` from here in any module a client component uses.
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };

import { isStorableText, CONTROL_CHARACTERS, isMessageKey } from './text-rules';

export { isStorableText, CONTROL_CHARACTERS, isMessageKey };
