// A real, throwaway PostgreSQL server for the Node tests: a fresh cluster in a
// temporary folder, on a free loopback port (and a Unix socket in the same
// folder), stopped and deleted at the end. No mock of the database anywhere.
//
// PostgreSQL refuses to run as root, so as root the cluster belongs to the
// `postgres` user and every server command runs through `runuser`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { after, before } from 'node:test';
import { join } from 'node:path';

export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  /** Stops the server and deletes its folder; safe to call twice. */
  stop(): void;
}

const INSTALL_HINT = 'PostgreSQL tests need the server binaries: sudo apt-get install postgresql';

/** The newest Debian PostgreSQL bin folder, installing the package first when root and missing. */
export function postgresBinDir(): string {
  const found = findBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error(INSTALL_HINT);
  console.warn("PostgreSQL is not installed; installing Debian's postgresql package with apt-get");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  const installed = findBinDir();
  if (!installed) throw new Error(INSTALL_HINT);
  return installed;
}

function findBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0]!, 'bin') : undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  const root = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), 'folio-pg-'));
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  if (root) chownSync(folder, uidOf('postgres'), gidOf('postgres'));
  const superuser = root ? 'postgres' : userInfo().username;

  const run = (tool: string, args: string[]) => {
    const command = root ? 'runuser' : join(bin, tool);
    const argv = root ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: folder });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(
        `${tool} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}\n${serverLog}`,
      );
    }
  };

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      if (existsSync(join(data, 'postmaster.pid'))) run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  // A test that throws before its own cleanup still leaves no server behind.
  process.on('exit', stop);

  try {
    run('initdb', ['-D', data, '-U', superuser, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    // Two tries: another process may take the free port between probe and bind.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        run('pg_ctl', [
          'start',
          '-D',
          data,
          '-l',
          log,
          '-w',
          '-t',
          '60',
          '-o',
          `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder} -c max_connections=200`,
        ]);
        return { url: `postgres://${superuser}@127.0.0.1:${port}/postgres`, port, stop };
      } catch (error) {
        if (attempt >= 2) throw error;
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

/**
 * A PostgreSQL server for the test file that calls this (at its top level):
 * started before its tests, stopped after them. `url` is its address.
 */
export function postgresForTests(): { readonly url: string } {
  let server: TestPostgres | undefined;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());
  return {
    get url() {
      if (!server) throw new Error('PostgreSQL is not started yet: read url inside a test');
      return server.url;
    },
  };
}
