// The demo server (`npm start`) serves the seed article rendered on the server
// at /demo/ssr/seed-article.html, on every request.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let origin: string;

before(async () => {
  // The demo's report endpoint would use a developer's PostgreSQL when this is set: this test is about the page.
  delete process.env.FOLIO_REPORTS_DATABASE_URL;
  // Its first start makes a secret in its data folder: not in the working tree.
  process.env.FOLIO_DEMO_DATA = mkdtempSync(join(tmpdir(), 'folio-ssr-demo-'));
  server = await createServer({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer!.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
});

after(async () => {
  await server?.close();
  rmSync(process.env.FOLIO_DEMO_DATA!, { recursive: true, force: true });
  delete process.env.FOLIO_DEMO_DATA;
});

test('/demo/ssr/seed-article.html is the seed page rendered by renderArticlePage', async () => {
  const response = await fetch(`${origin}/demo/ssr/seed-article.html`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  const html = await response.text();
  assert.match(html, /^<!doctype html>\n<html lang="zh-CN"/);
  assert.match(html, /<script type="module" src="\/src\/ssr\/hydrate.ts"><\/script>/);
  assert.match(html, /<link rel="stylesheet" href="\/demo\/site.css">/);
  assert.match(html, /<h2 class="folio-section-heading__heading" id="筑牢战斗堡垒-练强抓严学校党组织建设的基本功">/);
  assert.equal(
    html.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length,
    4,
    'notice, navigation, related posts, dialog',
  );
  // The script it names is served too (Vite compiles it on request).
  const script = await fetch(`${origin}/src/ssr/hydrate.ts`);
  assert.equal(script.status, 200);
  assert.match(await script.text(), /hydrate-support/);
});

test('the demo index links it', async () => {
  const index = await (await fetch(`${origin}/demo/index.html`)).text();
  assert.match(index, /href="\/demo\/ssr\/seed-article.html"/);
});
