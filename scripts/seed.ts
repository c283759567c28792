// `npm run db:seed`: reference data (always, idempotent) and demo data (first time only) into DATABASE_URL.
import { seedAll } from './support/seed-all';
import { databaseUrl } from '@/lib/config';

const result = await seedAll(databaseUrl(), { demo: !process.argv.includes('--reference-only') });
console.log(result);
