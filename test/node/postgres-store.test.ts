// PostgresReportStore against a real PostgreSQL server started for this file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createReportHandler } from '../../src/server/index.js';
import { MIGRATIONS, migrate, PostgresReportStore } from '../../src/server/postgres/index.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { copyrightReport, report, illegalReport } from './support/reports.js';
import type { ReportPayload } from '../../src/report/index.js';

let server: TestPostgres;
let databases = 0;

/** A fresh, empty database on the test server, so each test starts from nothing. */
async function freshDatabase(): Promise<string> {
  const name = `t${++databases}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

describe('migrations', () => {
  test('a fresh database gets every migration once; applying them again is a no-op', async () => {
    const url = await freshDatabase();
    const store = await PostgresReportStore.open(url);
    const versions = await query<{ version: number }>(
      url,
      'SELECT version FROM folio_schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      versions.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );

    const client = await store.pool.connect();
    try {
      assert.deepEqual(await migrate(client), [], 'nothing left to apply');
    } finally {
      client.release();
    }
    await store.close();
    // A restart (a new store on the same database) applies nothing either, and keeps the data.
    const again = await PostgresReportStore.open(url);
    const { id } = await again.save(report(), { receivedAt: new Date() });
    await again.close();
    const third = await PostgresReportStore.open(url);
    assert.equal((await third.get(id))?.id, id);
    await third.close();
    assert.equal((await query(url, 'SELECT * FROM folio_schema_migrations')).length, MIGRATIONS.length);
    const columns = await query<{ column_name: string }>(
      url,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'reports' ORDER BY ordinal_position",
    );
    assert.deepEqual(
      columns.map((c) => c.column_name),
      [
        'id',
        'idempotency_key',
        'received_at',
        'reason',
        'page_url',
        'payload',
        'client_hash',
        'status',
        'status_changed_at',
        'fingerprint',
        'throttled',
      ],
    );
  });

  test('several stores starting at once on an empty database all migrate safely', async () => {
    const url = await freshDatabase();
    // Separate pools, so each store really is its own connection, as two servers would be.
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresReportStore.open(url)));
    const versions = await query<{ version: number }>(
      url,
      'SELECT version FROM folio_schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      versions.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );
    const saved = await Promise.all(
      stores.map((s, i) => s.save(report({ description: `report ${i}` }), { receivedAt: new Date() })),
    );
    assert.equal(new Set(saved.map((s) => s.id)).size, 4);
    await Promise.all(stores.map((s) => s.close()));
  });

  test('a failed migration rolls back entirely and is retried on the next start', async () => {
    const url = await freshDatabase();
    const broken = [
      ...MIGRATIONS,
      { version: 99, name: 'broken', sql: 'CREATE TABLE half_done (x int); SELECT * FROM no_such_table' },
    ];
    const pool = new pg.Pool({ connectionString: url });
    const client = await pool.connect();
    await assert.rejects(migrate(client, broken), /no_such_table/);
    client.release();
    await pool.end();
    // Not even migration 1 stayed: the whole run was one transaction.
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    assert.deepEqual(tables, []);
    const store = await PostgresReportStore.open(url);
    assert.equal((await query(url, 'SELECT * FROM folio_schema_migrations')).length, MIGRATIONS.length);
    await store.close();
  });
});

describe('PostgresReportStore', () => {
  let url: string;
  let store: PostgresReportStore;
  before(async () => {
    url = await freshDatabase();
    store = await PostgresReportStore.open(url);
  });
  after(() => store?.close());

  test('saves a report with its columns, its whole payload as jsonb and only the client hash', async () => {
    const body = report({ reason: 'misinformation', page: { url: 'https://news.example.cn/a.html', title: 'A' } });
    const receivedAt = new Date('2026-11-24T08:00:00.123Z');
    const saved = await store.save(body, { receivedAt, clientAddressHash: 'f'.repeat(64) });
    assert.equal(saved.duplicate, false);
    assert.match(saved.id, /^R-20261124-[0-9A-Z]{8}$/);
    const [row] = await query<Record<string, unknown>>(url, 'SELECT * FROM reports WHERE id = $1', [saved.id]);
    assert.equal(row!.idempotency_key, body.idempotencyKey);
    assert.equal(row!.reason, 'misinformation');
    assert.equal(row!.page_url, 'https://news.example.cn/a.html');
    assert.deepEqual(row!.payload, body);
    assert.equal(row!.client_hash, 'f'.repeat(64));
    assert.equal(row!.status, 'new');
    assert.equal((row!.received_at as Date).toISOString(), receivedAt.toISOString());
    assert.deepEqual(await store.get(saved.id), {
      id: saved.id,
      receivedAt: receivedAt.toISOString(),
      status: 'new',
      clientAddressHash: 'f'.repeat(64),
      report: body,
    });
  });

  test('the same idempotency key gives the first id back and stores nothing new', async () => {
    const body = report();
    const first = await store.save(body, { receivedAt: new Date() });
    const again = await store.save({ ...body, description: 'a retry with edited text' }, { receivedAt: new Date() });
    assert.deepEqual(again, { id: first.id, duplicate: true });
    const rows = await query<{ description: string }>(
      url,
      "SELECT payload->>'description' AS description FROM reports WHERE idempotency_key = $1",
      [body.idempotencyKey],
    );
    assert.deepEqual(rows, [{ description: body.description }], 'the first report is kept as it was');
  });

  test('twenty saves of one key at the same moment yield one row and one id', async () => {
    const body = report();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.save(body, { receivedAt: new Date() })));
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(results.filter((r) => !r.duplicate).length, 1, 'exactly one save created it');
    assert.equal(
      (await query(url, 'SELECT 1 FROM reports WHERE idempotency_key = $1', [body.idempotencyKey])).length,
      1,
    );
  });

  test('lists newest first, filters by status, reason and dates, and limits', async () => {
    const local = await PostgresReportStore.open(await freshDatabase());
    const at = (iso: string) => ({ receivedAt: new Date(iso) });
    const a = await local.save(report({ reason: 'illegal' }), at('2026-01-01T00:00:00Z'));
    const b = await local.save(report({ reason: 'other' }), at('2026-02-01T00:00:00Z'));
    const c = await local.save(report({ reason: 'illegal' }), at('2026-03-01T00:00:00Z'));
    const ids = (list: { id: string }[]) => list.map((r) => r.id);
    assert.deepEqual(ids(await local.list()), [c.id, b.id, a.id]);
    assert.deepEqual(ids(await local.list({ reason: 'illegal' })), [c.id, a.id]);
    assert.deepEqual(ids(await local.list({ since: new Date('2026-02-01T00:00:00Z') })), [c.id, b.id]);
    assert.deepEqual(ids(await local.list({ until: new Date('2026-02-01T00:00:00Z') })), [a.id]);
    assert.deepEqual(ids(await local.list({ limit: 1 })), [c.id]);

    const updated = await local.setStatus(b.id, 'reviewing');
    assert.equal(updated?.status, 'reviewing');
    assert.ok(updated?.statusChangedAt && Date.parse(updated.statusChangedAt) > 0);
    assert.deepEqual(ids(await local.list({ status: 'reviewing' })), [b.id]);
    assert.deepEqual(ids(await local.list({ status: 'new', reason: 'illegal', limit: 5 })), [c.id, a.id]);
    assert.equal(await local.setStatus('R-20260101-NOTHERE0', 'actioned'), undefined);
    assert.equal(await local.get('R-20260101-NOTHERE0'), undefined);
    await local.close();
  });

  test("list gives each file's size, not its data; get gives the data", async () => {
    const local = await PostgresReportStore.open(await freshDatabase());
    const claim = copyrightReport();
    const data = Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(1000, 7)]).toString('base64');
    claim.claim!.attachments = [{ name: 'proof.pdf', type: 'application/pdf', data }];
    const { id } = await local.save(claim, { receivedAt: new Date() });
    const [listed] = await local.list();
    assert.deepEqual(listed!.report.claim!.attachments, [{ name: 'proof.pdf', type: 'application/pdf', bytes: 1008 }]);
    assert.deepEqual((await local.get(id))!.report, claim);
    await local.close();
  });

  test('uses a pool the site passes in, and leaves it open on close', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const own = await PostgresReportStore.open({ pool });
    const saved = await own.save(report(), { receivedAt: new Date() });
    await own.close();
    const { rows } = await pool.query('SELECT id FROM reports WHERE id = $1', [saved.id]);
    assert.equal(rows.length, 1, 'the pool still answers after the store closed');
    await pool.end();
  });

  test('an unreachable database fails open() with the connection error', async () => {
    await assert.rejects(PostgresReportStore.open('postgres://postgres@127.0.0.1:1/postgres'), /ECONNREFUSED|connect/);
  });
});

describe('through the reference handler', () => {
  let url: string;
  let store: PostgresReportStore;
  let handler: (request: Request) => Promise<Response>;
  const request = (body: ReportPayload) =>
    new Request('http://localhost/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(body.idempotencyKey) },
      body: JSON.stringify(body),
    });
  before(async () => {
    url = await freshDatabase();
    store = await PostgresReportStore.open(url);
    handler = createReportHandler({
      store,
      clientAddress: () => '203.0.113.9',
      addressSalt: 'a-salt-of-enough-length',
    });
  });
  after(() => store?.close());

  test('valid: 201 with the id of a committed row, client stored as a hash only', async () => {
    const body = illegalReport();
    const response = await handler(request(body));
    assert.equal(response.status, 201);
    const { id } = (await response.json()) as { id: string };
    const rows = await query<{ id: string; client_hash: string; payload: string }>(
      url,
      'SELECT id, client_hash, payload::text FROM reports',
    );
    assert.deepEqual(
      rows.map((r) => r.id),
      [id],
    );
    assert.match(rows[0]!.client_hash, /^[0-9a-f]{64}$/);
    assert.ok(!rows[0]!.payload.includes('203.0.113.9') && !rows[0]!.client_hash.includes('203.0.113.9'));
  });

  test('invalid: 422 with field errors, and no row', async () => {
    const before = (await query(url, 'SELECT id FROM reports')).length;
    const response = await handler(request(illegalReport({ description: '', page: { url: 'javascript:alert(1)' } })));
    assert.equal(response.status, 422);
    const { errors } = (await response.json()) as { errors: Record<string, string> };
    assert.deepEqual(Object.keys(errors).sort(), ['description', 'page.url']);
    assert.equal((await query(url, 'SELECT id FROM reports')).length, before);
  });

  test('duplicate key: 200 with the same id', async () => {
    const body = illegalReport();
    const first = (await (await handler(request(body))).json()) as { id: string };
    const again = await handler(request(body));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: first.id, duplicate: true });
  });

  test('the store failing (database gone) answers 500, never 2xx', async () => {
    const doomed = await PostgresReportStore.open(await freshDatabase());
    await doomed.close();
    const failing = createReportHandler({ store: doomed, onError: () => {} });
    assert.equal((await failing(request(illegalReport()))).status, 500);
  });
});

describe('the package entries', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const hidePg = fileURLToPath(new URL('./support/hide-pg.mjs', import.meta.url));
  const run = (code: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--import', hidePg, '--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
    });

  test('folio-elements/server/postgres without pg installed fails with a sentence saying what to install', () => {
    const result = run("await import('./src/server/postgres/index.ts')");
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /folio-elements\/server\/postgres needs the "pg" package.*npm install pg/);
  });

  test('folio-elements/server works without pg, and storeFromEnv gives the file store', () => {
    const result = run(
      "const server = await import('./src/server/index.ts');" +
        "const { storeFromEnv } = await import('./src/server/store-from-env.ts');" +
        "const store = await storeFromEnv({}, { filePath: '/tmp/folio-never-written.jsonl' });" +
        'console.log(typeof server.createReportHandler, store.constructor.name);',
    );
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'function FileReportStore');
  });
});
