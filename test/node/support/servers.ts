// Starts report-server.ts or reaction-server.ts as child processes (through tsx) and stops them.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const scripts = {
  report: fileURLToPath(new URL('./report-server.ts', import.meta.url)),
  reaction: fileURLToPath(new URL('./reaction-server.ts', import.meta.url)),
};
const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  /** SIGTERM and wait; harmless after the process died. */
  stop(): Promise<void>;
}

export type ReportServer = ServerProcess;

export function startReportServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServer('report', env);
}

export function startReactionServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServer('reaction', env);
}

async function startServer(kind: keyof typeof scripts, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', scripts[kind]], {
    cwd: root,
    env: { ...process.env, FOLIO_REPORTS_SALT: 'test-salt-shared-by-the-servers', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start in 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code} before listening`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  // A failing test must not leave servers behind.
  process.once('exit', () => child.kill('SIGKILL'));
  return { url: `http://127.0.0.1:${port}/`, process: child, stop };
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}
