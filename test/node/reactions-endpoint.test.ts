// The reactions endpoint over real HTTP on 127.0.0.1 with the file store:
// the protocol, idempotency under concurrency, hostile input, spoofed
// headers, the per-client cap, restarts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { clientAddressFrom } from '../../src/server/client-address.js';
import { createReactionHandler, type ReactionHandlerOptions } from '../../src/server/reaction-handler.js';
import { FileReactionStore } from '../../src/server/reaction-file-store.js';
import { scratchDir, serve } from './support/reports.js';

const SITE = 'https://news.example.cn';
const PAGE = `${SITE}/2023/06/article.html`;
const SALT = 'a-test-secret-of-enough-length';
const scratch = scratchDir('folio-reactions-');
after(() => scratch.remove());
let files = 0;

async function start(options: Partial<ReactionHandlerOptions> = {}, file = `${scratch.dir}/r${files++}.jsonl`) {
  const store = new FileReactionStore(file);
  const server = await serve(
    createReactionHandler({
      store,
      pageOrigins: [SITE],
      clientAddress: clientAddressFrom(),
      addressSalt: SALT,
      onError: () => {},
      ...options,
    }),
  );
  return {
    file,
    store,
    url: server.url.replace('/api/reports', '/api/reactions'),
    async close() {
      await server.close();
      await store.close();
    },
  };
}

const reader = (n: number) => `reader-${String(n).padStart(12, '0')}`;

function send(url: string, body: unknown, method = 'POST', headers: Record<string, string> = {}) {
  return fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('reactions endpoint (file store)', () => {
  test('press, press again, undo: the count moves once each way and GET agrees', async () => {
    const s = await start();
    try {
      const first = await send(s.url, { page: PAGE, kind: 'like', reader: reader(1) });
      assert.equal(first.status, 200);
      assert.deepEqual(await first.json(), { page: PAGE, kind: 'like', count: 1, pressed: true, changed: true });
      const again = await send(s.url, { page: PAGE, kind: 'like', reader: reader(1) });
      assert.deepEqual(await again.json(), { page: PAGE, kind: 'like', count: 1, pressed: true, changed: false });
      await send(s.url, { page: PAGE, kind: 'like', reader: reader(2) });
      const read = await fetch(`${s.url}?page=${encodeURIComponent(PAGE)}&reader=${reader(1)}`);
      assert.deepEqual(await read.json(), { page: PAGE, counts: { like: 2 }, mine: ['like'] });
      assert.equal(read.headers.get('cache-control'), 'private, no-cache');
      const undo = await send(s.url, { page: PAGE, kind: 'like', reader: reader(1) }, 'DELETE');
      assert.deepEqual(await undo.json(), { page: PAGE, kind: 'like', count: 1, pressed: false, changed: true });
      const undoByPost = await send(s.url, { page: PAGE, kind: 'like', reader: reader(2), undo: true });
      assert.equal(((await undoByPost.json()) as { count: number }).count, 0);
    } finally {
      await s.close();
    }
  });

  test('the same page however it is written is one page; pages of other sites are refused', async () => {
    const s = await start();
    try {
      await send(s.url, { page: `${PAGE}#comments`, kind: 'like', reader: reader(1) });
      const other = await send(s.url, {
        page: 'HTTPS://NEWS.example.cn:443/2023/06/article.html',
        kind: 'like',
        reader: reader(2),
      });
      assert.equal(((await other.json()) as { count: number }).count, 2);
      for (const page of [
        'https://evil.example/a',
        'javascript:alert(1)',
        'ftp://news.example.cn/a',
        '',
        42,
        'x'.repeat(3000),
      ]) {
        const answer = await send(s.url, { page, kind: 'like', reader: reader(3) });
        assert.equal(answer.status, 422, String(page).slice(0, 40));
        assert.ok(((await answer.json()) as { errors: Record<string, string> }).errors.page);
      }
    } finally {
      await s.close();
    }
  });

  test('GET carries an ETag and a short public Cache-Control; If-None-Match answers 304 until the count moves', async () => {
    const s = await start({ maxAge: 30 });
    try {
      const url = `${s.url}?page=${encodeURIComponent(PAGE)}`;
      const first = await fetch(url);
      assert.equal(first.status, 200);
      assert.deepEqual(await first.json(), { page: PAGE, counts: {} });
      assert.equal(first.headers.get('cache-control'), 'public, max-age=0, s-maxage=30');
      const etag = first.headers.get('etag')!;
      assert.match(etag, /^"[0-9a-f]{32}"$/);
      assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304);
      assert.equal((await fetch(url, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304);
      await send(s.url, { page: PAGE, kind: 'love', reader: reader(1) });
      const moved = await fetch(url, { headers: { 'If-None-Match': etag } });
      assert.equal(moved.status, 200);
      assert.deepEqual(await moved.json(), { page: PAGE, counts: { love: 1 } });
      assert.equal((await fetch(s.url)).status, 400);
    } finally {
      await s.close();
    }
  });

  test('two presses at once by one reader count once; 50 readers at once count 50', async () => {
    const s = await start();
    try {
      const same = await Promise.all(
        Array.from({ length: 10 }, () =>
          send(s.url, { page: PAGE, kind: 'like', reader: reader(1) }).then((r) => r.json()),
        ),
      );
      assert.equal(same.filter((a) => (a as { changed: boolean }).changed).length, 1);
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => send(s.url, { page: PAGE, kind: 'like', reader: reader(100 + i) })),
      );
      const read = await fetch(`${s.url}?page=${encodeURIComponent(PAGE)}`);
      assert.deepEqual(((await read.json()) as { counts: object }).counts, { like: 51 });
    } finally {
      await s.close();
    }
  });

  test('hostile bodies are refused with JSON 4xx, never 500, and change nothing', async () => {
    const s = await start();
    try {
      const cases: Array<[string, unknown, number, Record<string, string>?]> = [
        ['not JSON', '{"page":', 400],
        ['an array', '[1,2,3]', 422],
        ['null', 'null', 422],
        ['unknown kind', { page: PAGE, kind: 'hate', reader: reader(1) }, 422],
        ['kind with markup', { page: PAGE, kind: '<img src=x>', reader: reader(1) }, 422],
        ['short reader', { page: PAGE, kind: 'like', reader: 'abc' }, 422],
        ['reader with a newline', { page: PAGE, kind: 'like', reader: `${reader(1)}\n{"v":1}` }, 422],
        ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, 413],
        ['a huge body', { page: PAGE, kind: 'like', reader: reader(1), pad: 'x'.repeat(1_000_000) }, 413],
        ['not UTF-8 JSON', { page: PAGE, kind: 'like', reader: reader(1) }, 415, { 'Content-Type': 'text/plain' }],
        [
          'latin-1',
          { page: PAGE, kind: 'like', reader: reader(1) },
          415,
          { 'Content-Type': 'application/json; charset=latin1' },
        ],
      ];
      for (const [name, body, status, headers] of cases) {
        const answer = await send(s.url, body, 'POST', headers);
        assert.equal(answer.status, status, name);
        assert.match(answer.headers.get('content-type') ?? '', /^application\/json/, name);
        await answer.json();
      }
      assert.equal((await fetch(s.url, { method: 'PUT' })).status, 405);
      const read = await fetch(`${s.url}?page=${encodeURIComponent(PAGE)}`);
      assert.deepEqual(((await read.json()) as { counts: object }).counts, {});
    } finally {
      await s.close();
    }
  });

  test('the per-client cap holds across pages, however X-Forwarded-For is spoofed, and only changes spend it', async () => {
    const s = await start({ perClient: 5 });
    try {
      const answers: number[] = [];
      for (let i = 0; i < 8; i++) {
        const r = await send(s.url, { page: `${SITE}/p${i}`, kind: 'like', reader: reader(i) }, 'POST', {
          'X-Forwarded-For': `203.0.113.${i}`,
        });
        answers.push(r.status);
        if (r.status === 429) {
          assert.ok(Number(r.headers.get('retry-after')) >= 1);
          assert.equal(((await r.json()) as { error: string }).error, 'rate-limited');
        } else await r.body?.cancel();
      }
      assert.deepEqual(answers, [200, 200, 200, 200, 200, 429, 429, 429]);
    } finally {
      await s.close();
    }
  });

  test('invalid presses and repeats spend nothing of the cap', async () => {
    const s = await start({ perClient: 2 });
    try {
      for (let i = 0; i < 5; i++)
        await (await send(s.url, { page: PAGE, kind: 'nope', reader: reader(1) })).body?.cancel();
      for (let i = 0; i < 5; i++)
        await (await send(s.url, { page: PAGE, kind: 'like', reader: reader(1) })).body?.cancel();
      assert.equal((await send(s.url, { page: PAGE, kind: 'love', reader: reader(1) })).status, 200);
      assert.equal((await send(s.url, { page: PAGE, kind: 'laugh', reader: reader(1) })).status, 429);
    } finally {
      await s.close();
    }
  });

  test('counts and pressed states survive a restart; the log never holds the address', async () => {
    const s = await start();
    await send(s.url, { page: PAGE, kind: 'like', reader: reader(1) });
    await send(s.url, { page: PAGE, kind: 'like', reader: reader(2) });
    await send(s.url, { page: PAGE, kind: 'like', reader: reader(2) }, 'DELETE');
    await s.close();
    const log = readFileSync(s.file, 'utf8');
    assert.doesNotMatch(log, /127\.0\.0\.1/);
    assert.match(log, /"client":"[0-9a-f]{64}"/);
    const again = await start({}, s.file);
    try {
      const read = await fetch(`${again.url}?page=${encodeURIComponent(PAGE)}&reader=${reader(1)}`);
      assert.deepEqual(await read.json(), { page: PAGE, counts: { like: 1 }, mine: ['like'] });
      const repeat = await send(again.url, { page: PAGE, kind: 'like', reader: reader(1) });
      assert.equal(((await repeat.json()) as { changed: boolean }).changed, false);
    } finally {
      await again.close();
    }
  });

  test('compaction keeps every count and pressed state, and the log shrinks', async () => {
    const file = `${scratch.dir}/compact.jsonl`;
    const store = new FileReactionStore(file, { compactAfter: 20 });
    for (let i = 0; i < 30; i++) {
      await store.set({ page: PAGE, kind: 'like', reader: reader(i % 3), on: i % 2 === 0, at: new Date() });
    }
    await store.set({ page: PAGE, kind: 'love', reader: reader(9), on: true, at: new Date() });
    const before = await store.get(PAGE);
    await store.compact();
    await store.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const reopened = new FileReactionStore(file);
    assert.deepEqual(await reopened.get(PAGE), before);
    assert.equal(
      lines.length,
      Object.values(before.counts).reduce((a, b) => a + b, 0),
    );
    await reopened.close();
  });
});
