// The Storybook the story test opens: the static build (`npm run
// build-storybook`, storybook-static/, what CI builds and what is published)
// served from 127.0.0.1 on a free port by the bench's static server, or, with
// STORYBOOK_URL set, a Storybook already running there (e.g. `npm run
// storybook`, to check the development server a designer runs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../bench/support/static-server.js';
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

/** The built Storybook (storybook-static/) served locally, or the one at STORYBOOK_URL. */
export async function startStorybook(): Promise<StorybookServer> {
  let origin = process.env.STORYBOOK_URL?.replace(/\/$/, '');
  let server: StaticServer | undefined;
  if (!origin) {
    const dir = join(root, 'storybook-static');
    if (!existsSync(join(dir, 'index.json')))
      throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');
    server = await startStaticServer(dir);
    // The test opens iframe.html as a page of its own, so Chromium asks for the site's icon (Storybook
    // shows the frame inside its manager, which has one): the icon Storybook ships.
    server.route('/favicon.ico', readFileSync(join(dir, 'favicon.svg')), 'image/svg+xml');
    origin = server.origin;
  }
  const base = origin;
  return {
    origin: base,
    stop: async () => server?.close(),
    async entries() {
      const response = await fetch(`${base}/index.json`);
      if (!response.ok) throw new Error(`${base}/index.json answered HTTP ${response.status}`);
      const index = (await response.json()) as { entries: Record<string, IndexEntry> };
      return Object.values(index.entries);
    },
  };
}
