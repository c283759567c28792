// Starts the built app (`npm start`: server.ts in front of Next's handler) on a free port against a given database and waits until
// /api/health answers. Shared by the e2e run and the benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../scripts/support/embedded-db';
import { WEB_NODE_FLAGS } from '../../scripts/node-flags.mjs';

export type AppServer = { url: string; port: number; process: ChildProcess; output(): string; stop(): Promise<void> };

const root = join(import.meta.dirname, '..', '..');

export async function startAppServer(opts: {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
  nodeArgs?: string[];
}): Promise<AppServer> {
  const port = opts.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [...WEB_NODE_FLAGS, ...(opts.nodeArgs ?? []), 'scripts/start.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: opts.databaseUrl,
      APP_URL: url,
      PORT: String(port),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
    process.stderr.write(d);
  });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not become healthy at ${url} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
