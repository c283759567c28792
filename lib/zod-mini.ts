// zod/mini for the schemas of public forms, which run in the browser as well as on the server.
// Classic zod (lib/zod.ts) puts ≈ 100 KB gz into a page's JavaScript; zod/mini's functions let the
// bundler keep only the checks a form uses. The same CSP rule as in lib/zod.ts: no `new Function`
// in the browser. Client components import from here, never from 'zod' or '@/lib/zod' (whose
// classic `z` would come along), so the text helpers live here too; lib/zod.ts keeps copies for
// the server-side schemas — keep the two in step.
//
// Schemas import zod/mini's functions themselves (`import * as z from 'zod/mini'`), not a
// re-exported namespace: a namespace handed on as a value keeps all of zod in the bundle.
import { config } from 'zod/mini';

if (typeof window !== 'undefined') config({ jitless: true });

import { isStorableText, CONTROL_CHARACTERS, isMessageKey } from './text-rules';

export { isStorableText, CONTROL_CHARACTERS, isMessageKey };
