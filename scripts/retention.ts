// `npm run retention`: apply the retention rules (lib/retention) to the database at DATABASE_URL now.
import { runRetention } from '@/lib/retention';
import { closeDb } from '@/db/client';

console.log(await runRetention());
await closeDb();
