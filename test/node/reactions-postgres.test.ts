// PostgresReactionStore against a real PostgreSQL started for this file:
// exact counts under concurrent presses from two pools (as two servers),
// idempotent repeats and undo, and the endpoint over HTTP on top of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PostgresReactionStore } from '../../src/server/postgres/reaction-store.js';
import { createReactionHandler } from '../../src/server/reaction-handler.js';
import { postgresForTests } from './support/postgres.js';
import { serve } from './support/reports.js';

const db = postgresForTests();
const SITE = 'https://news.example.cn';
const reader = (n: number) => `reader-${String(n).padStart(12, '0')}`;

test('two stores (two servers) on one database: 1,000 presses with repeats and undo end with exact counts', async () => {
  const a = await PostgresReactionStore.open({ connectionString: db.url, maxConnections: 8 });
  const b = await PostgresReactionStore.open({ connectionString: db.url, maxConnections: 8 });
  try {
    const expected = new Map<string, Set<string>>();
    const tasks: Array<() => Promise<unknown>> = [];
    for (let i = 0; i < 1000; i++) {
      const page = `${SITE}/p${i % 10}`;
      const who = reader(i % 200);
      const store = i % 2 ? a : b;
      // Every press twice (a retry, on the other server), and every fifth reader undoes afterwards.
      tasks.push(() => store.set({ page, kind: 'like', reader: who, on: true, at: new Date() }));
      tasks.push(() => (store === a ? b : a).set({ page, kind: 'like', reader: who, on: true, at: new Date() }));
      if (!expected.has(page)) expected.set(page, new Set());
      expected.get(page)!.add(who);
    }
    await Promise.all(tasks.map((task) => task()));
    const undo = [...expected].flatMap(([page, readers]) =>
      [...readers].filter((r) => Number(r.slice(-3)) % 5 === 0).map((r) => ({ page, r })),
    );
    await Promise.all(
      undo.flatMap(({ page, r }) => [
        a.set({ page, kind: 'like', reader: r, on: false, at: new Date() }),
        b.set({ page, kind: 'like', reader: r, on: false, at: new Date() }),
      ]),
    );
    for (const { page, r } of undo) expected.get(page)!.delete(r);
    for (const [page, readers] of expected) {
      assert.deepEqual(await a.get(page), { counts: readers.size ? { like: readers.size } : {} }, page);
    }
    const top = await b.top(3);
    assert.equal(top.length, 3);
    assert.ok(top[0]!.total >= top[2]!.total);
  } finally {
    await a.close();
    await b.close();
  }
});

test('the endpoint on PostgreSQL: a retry answers changed: false; GET has the reader’s own state', async () => {
  const store = await PostgresReactionStore.open(db.url);
  const server = await serve(createReactionHandler({ store, pageOrigins: [SITE], onError: () => {} }));
  const url = server.url.replace('/api/reports', '/api/reactions');
  const page = `${SITE}/endpoint`;
  try {
    const press = () =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page, kind: 'love', reader: reader(1) }),
      }).then((r) => r.json() as Promise<{ changed: boolean; count: number }>);
    const answers = await Promise.all([press(), press(), press()]);
    assert.equal(answers.filter((x) => x.changed).length, 1);
    assert.deepEqual(
      answers.map((x) => x.count),
      [1, 1, 1],
    );
    const read = await fetch(`${url}?page=${encodeURIComponent(page)}&reader=${reader(1)}`);
    assert.deepEqual(await read.json(), { page, counts: { love: 1 }, mine: ['love'] });
  } finally {
    await server.close();
    await store.close();
  }
});
