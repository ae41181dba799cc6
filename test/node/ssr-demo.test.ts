// The demo server (`npm start`) serves the seed article rendered on the server
// at /demo/ssr/seed-article.html, on every request.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo, type DemoServer } from './support/demo.js';

let demo: DemoServer;
let origin: string;

before(async () => {
  demo = await startDemo();
  origin = demo.origin;
});

after(() => demo?.close());

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
    5,
    'notice, reactions, navigation, related posts, dialog',
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
