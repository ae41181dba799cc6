// `npm run storybook` for the Node tests: Storybook's development server (what
// a designer runs) on a free port of 127.0.0.1, and its index.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { root } from '../node/packaging-build.js';

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

export interface StorybookServer {
  origin: string;
  entries(): Promise<IndexEntry[]>;
  stop(): void;
}

/** A port nobody listens on now, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Starts `storybook dev` and resolves once its index answers (within `timeout` ms). */
export async function startStorybook(timeout = 170_000): Promise<StorybookServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/storybook/dist/bin/dispatcher.js',
      'dev',
      '--ci',
      '--no-open',
      '--host',
      '127.0.0.1',
      '-p',
      `${port}`,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
  );
  child.stdout!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const stop = () => void child.kill('SIGTERM');
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`storybook dev exited:\n${log.join('')}`);
    const ready = await fetch(`${origin}/index.json`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      stop();
      throw new Error(`storybook dev did not start in ${timeout / 1000} s:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    origin,
    stop,
    async entries() {
      const index = (await (await fetch(`${origin}/index.json`)).json()) as { entries: Record<string, IndexEntry> };
      return Object.values(index.entries);
    },
  };
}
