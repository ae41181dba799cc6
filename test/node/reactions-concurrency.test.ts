// Two reactions server processes on one PostgreSQL database, as behind a load
// balancer: 200 readers press, retry and undo on 10 pages at once, their
// requests spread over both servers. The counts must come out exact, and a
// server killed with SIGKILL mid-load must lose no press it acknowledged.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { startReactionServer, type ServerProcess } from './support/servers.js';

const SITE = 'https://news.example.cn';
const READERS = 200;
const PAGES = Array.from({ length: 10 }, (_, i) => `${SITE}/news/${1040 + i}.html`);
const KINDS = ['like', 'love'] as const;

let postgres: TestPostgres;
let databases = 0;
const servers: ServerProcess[] = [];

before(async () => {
  postgres = await startPostgres();
});
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  postgres?.stop();
});

async function freshDatabase(): Promise<string> {
  const name = `reactions${++databases}`;
  const admin = new pg.Client(postgres.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}

async function twoServers(url: string): Promise<[ServerProcess, ServerProcess]> {
  // Both start together: their migrations race on the empty database too.
  const pair = await Promise.all([
    startReactionServer({ FOLIO_REPORTS_DATABASE_URL: url }),
    startReactionServer({ FOLIO_REPORTS_DATABASE_URL: url }),
  ]);
  servers.push(...pair);
  return pair;
}

interface Press {
  reader: string;
  page: string;
  kind: string;
  on: boolean;
  /** Which server takes it first (0 or 1). */
  server: number;
  /** A double click: two copies at once, one to each server. */
  double: boolean;
  /** The answer "got lost": the same press is sent again to the other server after it. */
  retry: boolean;
}

const readerId = (r: number) => `reader-${String(r).padStart(12, '0')}`;

/**
 * 1,000 presses, 5 per reader: four reactions on four different (page, kind)s,
 * then either a fifth or, for every other reader, the undo of the first (by
 * DELETE or by POST with `undo`). A reader's presses go in order, as the tag
 * sends them; the 200 readers run at once.
 */
function plan(): Press[][] {
  return Array.from({ length: READERS }, (_, r) => {
    const targets = Array.from({ length: 5 }, (_, i) => ({
      page: PAGES[(r * 3 + i * 7) % PAGES.length]!,
      kind: KINDS[(r + i) % KINDS.length]!,
    }));
    const steps = targets.slice(0, 4).map((t) => ({ ...t, on: true }));
    steps.push(r % 2 === 0 ? { ...targets[0]!, on: false } : { ...targets[4]!, on: true });
    return steps.map((step, i) => ({
      ...step,
      reader: readerId(r),
      server: (r + i) % 2,
      double: (r + i) % 5 === 0,
      retry: (r * 5 + i) % 3 === 0,
    }));
  });
}

/** The exact counts the plan leads to, per page and kind. */
function expectedCounts(readers: Press[][]): Map<string, Record<string, number>> {
  const on = new Map<string, Set<string>>();
  for (const presses of readers)
    for (const p of presses) {
      const key = `${p.page} ${p.kind}`;
      if (!on.has(key)) on.set(key, new Set());
      if (p.on) on.get(key)!.add(p.reader);
      else on.get(key)!.delete(p.reader);
    }
  const counts = new Map(PAGES.map((page) => [page, {} as Record<string, number>]));
  for (const [key, readers] of on) {
    const [page, kind] = key.split(' ') as [string, string];
    if (readers.size) counts.get(page)![kind] = readers.size;
  }
  return counts;
}

/** Sends one copy of a press; resolves to the HTTP status, or 0 when the connection failed. */
async function send(server: ServerProcess, p: Press, copy: number): Promise<number> {
  const undoByDelete = copy % 2 === 0;
  let response: Response;
  let body: { count?: number; pressed?: boolean };
  try {
    response = await fetch(`${server.url}api/reactions`, {
      method: !p.on && undoByDelete ? 'DELETE' : 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.0.${p.reader.slice(-3, -1)}.1` },
      body: JSON.stringify({
        page: p.page,
        kind: p.kind,
        reader: p.reader,
        ...(p.on || undoByDelete ? {} : { undo: true }),
      }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return 0; // the connection died with the server, or was closed as idle as this copy went out
  }
  if (response.ok) {
    assert.equal(body.pressed, p.on);
    assert.equal(typeof body.count, 'number');
  }
  return response.status;
}

/** One press with its double click and its retry; acknowledged when any copy was answered 2xx. */
async function press(pair: ServerProcess[], p: Press): Promise<boolean> {
  const first = pair[p.server]!;
  const other = pair[1 - p.server]!;
  const statuses = await Promise.all(p.double ? [send(first, p, 0), send(other, p, 1)] : [send(first, p, 0)]);
  if (p.retry) statuses.push(await send(other, p, 1));
  // A copy that got no answer at all (a keep-alive connection the server closed as idle just as the
  // copy was sent, which a busy machine makes likely) is sent again, as the tag's queue sends it.
  for (let again = 0; again < 3 && statuses.every((status) => status === 0); again++)
    statuses.push(await send(first, p, 0));
  for (const status of statuses) assert.ok(status === 0 || status === 200, `answered ${status}`);
  return statuses.includes(200);
}

/** Reads every page's counts from `server`, and checks the counts table against the per-reader table. */
async function countsIn(url: string, server: ServerProcess): Promise<Map<string, Record<string, number>>> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ page: string; kind: string; count: number; actual: string }>(
      `SELECT c.page, c.kind, c.count, (SELECT count(*) FROM reactions r WHERE r.page = c.page AND r.kind = c.kind) AS actual
         FROM reaction_counts c`,
    );
    for (const row of rows)
      assert.equal(row.count, Number(row.actual), `${row.page} ${row.kind}: counts table drifted`);
  } finally {
    await client.end();
  }
  const counts = new Map<string, Record<string, number>>();
  for (const page of PAGES) {
    const response = await fetch(`${server.url}api/reactions?page=${encodeURIComponent(page)}`);
    assert.equal(response.status, 200);
    counts.set(page, ((await response.json()) as { counts: Record<string, number> }).counts);
  }
  return counts;
}

test('1,000 presses of 200 readers on 10 pages over two servers, with double clicks, retries and undo: exact counts', async () => {
  const url = await freshDatabase();
  const pair = await twoServers(url);
  const readers = plan();
  assert.equal(readers.flat().length, 1000);
  let requests = 0;
  await Promise.all(
    readers.map(async (presses) => {
      for (const p of presses) {
        assert.ok(await press(pair, p), `${p.reader} ${p.page} ${p.kind} on=${p.on} was not acknowledged`);
        requests += 1 + Number(p.double) + Number(p.retry);
      }
    }),
  );
  const expected = expectedCounts(readers);
  const total = [...expected.values()].flatMap(Object.values).reduce((a, b) => a + b, 0);
  console.log(`  ${requests} requests for 1000 presses; ${total} reactions stay on`);
  assert.deepEqual(await countsIn(url, pair[0]), expected);
  assert.deepEqual(await countsIn(url, pair[1]), expected);
});

test('one server killed with SIGKILL mid-load: no acknowledged press is lost, and the replay ends exact', async () => {
  const url = await freshDatabase();
  const pair = await twoServers(url);
  const readers = plan();
  /** The last press of each (reader, page, kind) that was sent, and whether it was acknowledged. */
  const last = new Map<string, { p: Press; acknowledged: boolean }>();
  const pending: Press[][] = [];
  let answered = 0;
  await Promise.all(
    readers.map(async (presses) => {
      for (const [i, p] of presses.entries()) {
        const acknowledged = await press(pair, p);
        last.set(`${p.reader} ${p.page} ${p.kind}`, { p, acknowledged });
        if (++answered === 300) pair[0].process.kill('SIGKILL');
        // The tag queues what failed and sends it, in order, when it can.
        if (!acknowledged) return void pending.push(presses.slice(i));
      }
    }),
  );
  if (pair[0].process.exitCode === null && pair[0].process.signalCode === null)
    await new Promise((resolve) => pair[0].process.once('exit', resolve));
  assert.equal(pair[0].process.signalCode, 'SIGKILL');
  assert.ok(pending.length > 0, 'the kill did cut presses off');

  // Every (reader, page, kind) whose last press was acknowledged is in that state now.
  const client = new pg.Client(url);
  await client.connect();
  const stored = new Set(
    (await client.query<{ key: string }>(`SELECT reader || ' ' || page || ' ' || kind AS key FROM reactions`)).rows.map(
      (row) => row.key,
    ),
  );
  await client.end();
  let checked = 0;
  for (const { p, acknowledged } of last.values()) {
    if (!acknowledged) continue;
    assert.equal(stored.has(`${p.reader} ${p.page} ${p.kind}`), p.on, `${p.reader} ${p.page} ${p.kind} on=${p.on}`);
    checked++;
  }

  // The queued presses, replayed on the surviving server, complete the plan.
  const survivor = [pair[1], pair[1]];
  await Promise.all(
    pending.map(async (presses) => {
      for (const p of presses) assert.ok(await press(survivor, p), `replay of ${p.reader} ${p.page} ${p.kind}`);
    }),
  );
  console.log(
    `  killed after 300 presses: ${checked} acknowledged states all stored; ${pending.flat().length} presses of ${pending.length} readers replayed`,
  );
  assert.deepEqual(await countsIn(url, pair[1]), expectedCounts(readers));
});
