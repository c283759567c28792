// `npm run worker` is a plain Node process (tsx), outside Next's bundler: every lib/ module the jobs
// reach must load there, including those marked `import 'server-only'` (scripts/support/outside-next.ts).
// A module that does not load makes the worker exit at once, and the supervisor restart it forever.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('the worker process', () => {
  it('loads all its modules and starts, even with the database not there yet', async () => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/worker.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none', MAIL_POLL_MS: '1000' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let waiting = true;
    const started = await Promise.race([
      (async () => {
        while (waiting && !output.includes('Kokoon mail worker running')) await new Promise((r) => setTimeout(r, 100));
        return waiting;
      })(),
      exited.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 25_000)),
    ]);
    waiting = false;
    child.kill('SIGKILL');
    await exited;
    expect(started, output).toBe(true);
    expect(output).not.toContain('server-only');
  }, 30_000);
});
