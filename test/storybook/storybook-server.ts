// The Storybook the story test opens: the static build (`npm run
// build-storybook`, storybook-static/, what CI builds and what is published)
// served from 127.0.0.1 on a free port by a small file server, or, with
// STORYBOOK_URL set, a Storybook already running there (e.g. `npm run
// storybook`, to check the development server a designer runs).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
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
  stop(): Promise<void>;
}

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
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/** storybook-static/ over HTTP: files by path, 404 for anything else (as a static host answers). */
function serveStatic(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // The test opens iframe.html as a page of its own, so Chromium asks for the site's icon (Storybook
    // shows the frame inside its manager, which has one): the icon Storybook ships.
    if (path === '/favicon.ico') path = '/favicon.svg';
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The built Storybook (storybook-static/) served locally, or the one at STORYBOOK_URL. */
export async function startStorybook(): Promise<StorybookServer> {
  let origin = process.env.STORYBOOK_URL?.replace(/\/$/, '');
  let server: Server | undefined;
  if (!origin) {
    const dir = join(root, 'storybook-static');
    if (!existsSync(join(dir, 'index.json')))
      throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');
    server = await serveStatic(dir);
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }
  const base = origin;
  return {
    origin: base,
    stop: () =>
      new Promise((resolve) => (server ? (server.close(() => resolve()), server.closeAllConnections()) : resolve())),
    async entries() {
      const response = await fetch(`${base}/index.json`);
      if (!response.ok) throw new Error(`${base}/index.json answered HTTP ${response.status}`);
      const index = (await response.json()) as { entries: Record<string, IndexEntry> };
      return Object.values(index.entries);
    },
  };
}
