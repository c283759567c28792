// `npm run admin -- invite EMAIL [--region HYKS] [--region TYKS] [--admin | --project] [--name "Etu Suku"]`
// Creates or updates an organiser account in the database at DATABASE_URL. The person then signs in
// with an e-mail link at /fi/signin.
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import { databaseUrl } from '@/lib/config';

const [command, email, ...rest] = process.argv.slice(2);
const usage = 'usage: npm run admin -- invite EMAIL [--region CODE]… [--admin | --project] [--name NAME]';
if (command !== 'invite' || !email) {
  console.error(usage);
  process.exit(2);
}
const regions: string[] = [];
let role: 'admin' | 'organiser' | 'project' = 'organiser';
let name: string | undefined;
for (let i = 0; i < rest.length; i++) {
  if (rest[i] === '--region') regions.push(String(rest[++i] ?? '').toUpperCase());
  else if (rest[i] === '--admin') role = 'admin';
  else if (rest[i] === '--project') role = 'project';
  else if (rest[i] === '--name') name = rest[++i];
  else {
    console.error(`unknown option ${rest[i]}\n${usage}`);
    process.exit(2);
  }
}
const valid = ['HYKS', 'TYKS', 'TAYS', 'KYS', 'OYS'];
const bad = regions.filter((r) => !valid.includes(r));
if (bad.length) {
  console.error(`unknown region ${bad.join(', ')}; use ${valid.join(', ')}`);
  process.exit(2);
}
// As in the workspace (lib/auth/organisers): a regional organiser always has at least one region; a
// project organiser has none (an admin names it on series and events in the workspace).
if (role === 'organiser' && regions.length === 0) {
  console.error(
    `an organiser needs at least one --region (${valid.join(', ')}); use --admin for an administrator or --project for a project organiser (no region)\n${usage}`,
  );
  process.exit(2);
}
if (role === 'project' && regions.length > 0) {
  console.error(`a project organiser has no region: leave out --region\n${usage}`);
  process.exit(2);
}
const sql = postgres(databaseUrl(), { max: 1, onnotice: () => {} });
try {
  await inviteOrganiser(drizzle(sql, { schema }), { email, name, role, regions });
  console.log(`${email} can now sign in as ${role}${regions.length ? ` (${regions.join(', ')})` : ''}.`);
} finally {
  await sql.end();
}
