// A static file server for the browser benches: node:http on 127.0.0.1 and a
// free port, serving the repository (dist/, demo/, bench/pages/) plus pages
// the benches generate in memory. Every answer says `Cache-Control: no-store`
// and carries no validators, so each fresh browser context loads everything
// from the server, the same way for the pages being compared. With
// `compress`, text is sent gzipped to a browser that accepts it, as any web
// server or CDN sends it.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** Serves `body` at `path` from memory (a generated page); replaces an earlier one at the same path. */
  route(path: string, body: string | Buffer, type?: string): void;
  /** How many requests were answered with 404, by path: a bench page asking for a missing file is a broken comparison. */
  readonly missing: Map<string, number>;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Folders of `root` served from a copy taken when the server starts
   * (e.g. ['dist']): a long bench keeps measuring one build even if
   * something rebuilds the folder meanwhile.
   */
  snapshot?: string[];
  /**
   * Gzip HTML, CSS, JavaScript, JSON and SVG (level 6, the default of nginx's
   * and Node's gzip) for a request whose Accept-Encoding allows it. Off by
   * default: what matters then is what the browser does with the bytes, not
   * how many of them a simulated network carries.
   */
  compress?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/** Starts serving `root` (and any `route`d pages) on 127.0.0.1 at a free port. */
export async function startStaticServer(
  root: string,
  { snapshot = [], compress = false }: StaticServerOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const copies = mkdtempSync(join(tmpdir(), 'folio-bench-static-'));
  /** URL prefix (/dist/) → the copy's folder. */
  const mounts = new Map<string, string>();
  for (const folder of snapshot) {
    const source = join(base, folder);
    if (!existsSync(source)) throw new Error(`cannot serve a copy of ${folder}/: it does not exist`);
    cpSync(source, join(copies, folder), { recursive: true });
    mounts.set(`/${folder.replace(/^\/+|\/+$/g, '')}/`, join(copies, folder));
  }
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const missing = new Map<string, number>();

  const send = (
    response: ServerResponse,
    status: number,
    body: string | Buffer,
    type: string,
    head: boolean,
    request?: IncomingMessage,
  ) => {
    const gzip =
      compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request?.headers['accept-encoding'] ?? ''));
    const bytes = gzip ? gzipSync(body, { level: 6 }) : body;
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(bytes),
      'Cache-Control': 'no-store',
      ...(compress ? { Vary: 'Accept-Encoding' } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(head ? undefined : bytes);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      send(response, 405, 'Method not allowed\n', TYPES['.txt']!, head);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      send(response, 400, 'Bad request\n', TYPES['.txt']!, head);
      return;
    }
    const generated = routes.get(path);
    if (generated) {
      send(response, 200, generated.body, generated.type, head, request);
      return;
    }
    const mount = [...mounts.keys()].find((prefix) => path.startsWith(prefix));
    const folder = mount ? mounts.get(mount)! : base;
    let file = resolve(join(folder, mount ? path.slice(mount.length) : path));
    // Never outside the served folder, whatever the path says (`..`, encoded or not).
    if (file !== folder && !file.startsWith(folder + sep)) {
      send(response, 403, 'Forbidden\n', TYPES['.txt']!, head);
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(response, 200, await readFile(file), contentType(file), head, request);
    } catch {
      missing.set(path, (missing.get(path) ?? 0) + 1);
      send(response, 404, 'Not found\n', TYPES['.txt']!, head);
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, `${String(error)}\n`, TYPES['.txt']!, false);
      else response.destroy();
    });
  });
  // Browsers keep connections open; closing must not wait for them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  }).catch((error: unknown) => {
    rmSync(copies, { recursive: true, force: true });
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route(path, body, type = contentType(path)) {
      routes.set(path, { body, type });
    },
    missing,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => {
          rmSync(copies, { recursive: true, force: true });
          if (error) fail(error);
          else done();
        });
        server.closeAllConnections();
      }),
  };
}
