// `npm run db:migrate`: apply migrations to the PostgreSQL at DATABASE_URL.
import { runMigrations } from '@/db/migrate';
import { databaseUrl } from '@/lib/config';

await runMigrations(databaseUrl());
console.log('Migrations applied.');
