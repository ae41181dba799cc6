// The demo's seed page shows the like count where the seed shows "(0)", and
// a press goes through the demo's /api/reactions into its data folder.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startDemo } from './support/demo.js';

test('the demo stores a like from the seed page and counts it once', async () => {
  const demo = await startDemo();
  try {
    const page = `${demo.origin}/demo/seed-article.html`;
    const html = await (await fetch(page)).text();
    assert.match(html, /<folio-reactions action="\/api\/reactions" count="0">/);
    const ssr = await (await fetch(`${demo.origin}/demo/ssr/seed-article.html`)).text();
    assert.match(ssr, /<folio-reactions[^>]*count="0" action="\/api\/reactions"/);
    const press = () =>
      fetch(`${demo.origin}/api/reactions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page, kind: 'like', reader: 'demo-reader-000000001' }),
      });
    const [first, second] = await Promise.all([press(), press()]);
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    const counts = await (await fetch(`${demo.origin}/api/reactions?page=${encodeURIComponent(page)}`)).json();
    assert.deepEqual(counts, { page, counts: { like: 1 } });
    const log = readFileSync(join(demo.data, 'reactions.jsonl'), 'utf8').trim().split('\n');
    assert.equal(log.length, 1);
    // The address only as its keyed hash (the page's URL names the host, not the client).
    assert.match(JSON.parse(log[0]!).client, /^[0-9a-f]{64}$/);
  } finally {
    await demo.close();
  }
});
