// scripts/admin.ts refuses an organiser without a region, as the workspace's invite form does,
// before it touches any database (issue 16, organiser safety nets); a project organiser (issue 17)
// has none.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    timeout: 50_000,
  });

describe('npm run admin -- invite', () => {
  it('refuses an organiser with no region, naming the option, and creates nothing', { timeout: 60_000 }, () => {
    const r = run('invite', 'uusi@kunta.example');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('an organiser needs at least one --region');
    expect(r.stdout).not.toContain('can now sign in');
  });

  it('accepts a project organiser without a region (it goes on to the database)', { timeout: 60_000 }, () => {
    const r = run('invite', 'tuvet@kunta.example', '--project');
    expect(r.stderr).not.toContain('needs at least one --region');
    expect(r.status).not.toBe(2);
  });

  it('refuses a project organiser with a region, and tells why', { timeout: 60_000 }, () => {
    const r = run('invite', 'tuvet@kunta.example', '--project', '--region', 'HYKS');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a project organiser has no region');
  });

  it('still refuses an unknown region', { timeout: 60_000 }, () => {
    const r = run('invite', 'uusi@kunta.example', '--region', 'XYZ');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown region XYZ');
  });
});
