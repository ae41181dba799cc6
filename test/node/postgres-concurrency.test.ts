// Two report server processes on one PostgreSQL database, as behind a load
// balancer: retries that land on either server must still make one report.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { post, illegalReport } from './support/reports.js';
import type { ReportPayload } from '../../src/report/index.js';
import { pool, startReportServer, type ReportServer } from './support/servers.js';

let server: TestPostgres;
let databases = 0;
const servers: ReportServer[] = [];

async function freshDatabase(): Promise<string> {
  const name = `load${++databases}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

async function rows(url: string): Promise<{ id: string; idempotency_key: string }[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<{ id: string; idempotency_key: string }>('SELECT id, idempotency_key FROM reports'))
      .rows;
  } finally {
    await client.end();
  }
}

async function twoServers(url: string): Promise<[ReportServer, ReportServer]> {
  // Both start together: their migrations race on the empty database too.
  const pair = await Promise.all([
    startReportServer({ FOLIO_REPORTS_DATABASE_URL: url }),
    startReportServer({ FOLIO_REPORTS_DATABASE_URL: url }),
  ]);
  servers.push(...pair);
  return pair;
}

/** 100 keys, each sent 5 times, the copies spread over both servers and shuffled. */
function load(): { key: string; body: ReportPayload; target: 0 | 1 }[] {
  const sends = [];
  for (let k = 0; k < 100; k++) {
    const body = illegalReport({ idempotencyKey: randomUUID(), description: `report ${k}` });
    for (let copy = 0; copy < 5; copy++)
      sends.push({ key: String(body.idempotencyKey), body, target: ((k + copy) % 2) as 0 | 1 });
  }
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [sends[i], sends[j]] = [sends[j]!, sends[i]!];
  }
  return sends;
}

before(async () => {
  server = await startPostgres();
});
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  server?.stop();
});

test('500 concurrent POSTs of 100 keys over two servers: exactly 100 rows, one id per key', async () => {
  const url = await freshDatabase();
  const pair = await twoServers(url);
  const sends = load();
  const answers = await pool(
    sends.map((send) => async () => {
      const response = await post(pair[send.target].url, send.body);
      return { key: send.key, status: response.status, id: ((await response.json()) as { id: string }).id };
    }),
    50,
  );
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  console.log(`  answers: ${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}`);
  assert.equal(answers.length, 500);
  assert.equal(statuses.get(201), 100, 'one 201 per key');
  assert.equal(statuses.get(200), 400, 'every other copy is a 200 duplicate');

  const stored = await rows(url);
  assert.equal(stored.length, 100);
  const idOfKey = new Map(stored.map((r) => [r.idempotency_key, r.id]));
  for (const a of answers) assert.equal(a.id, idOfKey.get(a.key), `every answer for ${a.key} carries the stored id`);
});

test('one server killed with SIGKILL mid-load: every report answered 2xx is in the table', async () => {
  const url = await freshDatabase();
  const pair = await twoServers(url);
  const sends = load();
  const acknowledged = new Map<string, string>();
  const failed: typeof sends = [];
  let answered = 0;
  await pool(
    sends.map((send) => async () => {
      try {
        const response = await post(pair[send.target].url, send.body);
        const { id } = (await response.json()) as { id: string };
        if (response.ok) {
          const known = acknowledged.get(send.key);
          assert.ok(known === undefined || known === id, 'one id per key, even across the crash');
          acknowledged.set(send.key, id);
        } else {
          failed.push(send);
        }
      } catch {
        failed.push(send); // the connection died with the server
      }
      if (++answered === 150) pair[0].process.kill('SIGKILL');
    }),
    50,
  );
  await new Promise((resolve) =>
    pair[0].process.exitCode !== null || pair[0].process.signalCode
      ? resolve(null)
      : pair[0].process.once('exit', resolve),
  );
  assert.equal(pair[0].process.signalCode, 'SIGKILL');
  assert.ok(failed.length > 0, 'the kill did cut requests off');

  const stored = new Map((await rows(url)).map((r) => [r.idempotency_key, r.id]));
  for (const [key, id] of acknowledged) assert.equal(stored.get(key), id, `acknowledged report ${id} is in the table`);

  // The dialog retries what failed with the same key; the surviving server then completes the set.
  for (const send of failed) {
    const response = await post(pair[1].url, send.body);
    assert.ok(response.ok, `retry answered ${response.status}`);
    const { id } = (await response.json()) as { id: string };
    if (acknowledged.has(send.key)) assert.equal(id, acknowledged.get(send.key));
    acknowledged.set(send.key, id);
  }
  const final = await rows(url);
  console.log(
    `  killed after 150 answers: ${sends.length - failed.length} answered, ${failed.length} cut off and retried; ${final.length} rows`,
  );
  assert.equal(final.length, 100, 'exactly one row per key after the retries');
});
