// The table that records the PostgreSQL store's migrations: prefixed
// (folio_schema_migrations), because the reports live in the site's own
// database beside other tools' schema_migrations; the unprefixed table an
// earlier version of this library wrote is renamed, and anybody else's is
// left alone. Against a real PostgreSQL server started for this file.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { MIGRATIONS, MIGRATIONS_TABLE, migrate } from '../../src/server/postgres/migrations.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { report } from './support/reports.js';

let server: TestPostgres;
let databases = 0;

before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

/** A fresh database, with a client connected to it; `end()` closes the client. */
async function freshDatabase(): Promise<{ url: string; client: pg.Client }> {
  const name = `m${++databases}`;
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server.url.replace(/\/postgres$/, `/${name}`);
  const client = new pg.Client(url);
  await client.connect();
  return { url, client };
}

const tables = async (client: pg.Client): Promise<string[]> =>
  (
    await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
  ).rows.map((r) => r.name);

const indexes = async (client: pg.Client): Promise<string[]> =>
  (
    await client.query<{ name: string }>(
      "SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname",
    )
  ).rows.map((r) => r.name);

/** Runs migrate() on a pooled client of `url`, as PostgresReportStore.open does. */
async function migrateAt(url: string): Promise<number[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    return await migrate(client);
  } finally {
    client.release();
    await pool.end();
  }
}

/** What an earlier version of this library left: its schema, recorded in an unprefixed schema_migrations. */
async function writeLegacySchema(client: pg.Client, versions = MIGRATIONS): Promise<void> {
  await client.query(`CREATE TABLE schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  for (const m of versions) {
    await client.query(m.sql);
    await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
      m.version,
      m.name,
      '2026-01-02T03:04:05Z',
    ]);
  }
}

describe('the migrations table', () => {
  test('is folio_schema_migrations: a fresh database has no schema_migrations of ours', async () => {
    const { url, client } = await freshDatabase();
    try {
      assert.equal(MIGRATIONS_TABLE, 'folio_schema_migrations');
      const store = await PostgresReportStore.open(url);
      await store.close();
      assert.deepEqual(await tables(client), [
        'folio_schema_migrations',
        'reaction_counts',
        'reactions',
        'report_rate_limits',
        'reports',
      ]);
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM folio_schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        rows.map((r) => r.version),
        MIGRATIONS.map((m) => m.version),
      );
    } finally {
      await client.end();
    }
  });

  test("renames the schema_migrations an earlier version wrote, keeping its history and the site's reports", async () => {
    const { url, client } = await freshDatabase();
    try {
      await writeLegacySchema(client);
      await client.query(
        "INSERT INTO reports (id, idempotency_key, received_at, reason, page_url, payload) VALUES ('R-1', 'k-1', now(), 'other', 'https://example.com/', '{}')",
      );
      assert.deepEqual(await migrateAt(url), [], 'nothing is applied again');
      assert.deepEqual(await tables(client), [
        'folio_schema_migrations',
        'reaction_counts',
        'reactions',
        'report_rate_limits',
        'reports',
      ]);
      // Its primary key's index is renamed too: another tool's schema_migrations_pkey would collide with it.
      const names = await indexes(client);
      assert.ok(names.includes('folio_schema_migrations_pkey'), names.join(', '));
      assert.ok(!names.includes('schema_migrations_pkey'), names.join(', '));
      const history = await client.query<{ version: number; applied_at: Date }>(
        'SELECT version, applied_at FROM folio_schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        history.rows.map((r) => [r.version, r.applied_at.toISOString()]),
        MIGRATIONS.map((m) => [m.version, '2026-01-02T03:04:05.000Z']),
      );
      assert.equal((await client.query('SELECT id FROM reports')).rows.length, 1, 'the report is still there');
      // The table now belongs to whatever tool creates one next.
      await client.query('CREATE TABLE schema_migrations (version varchar PRIMARY KEY)');
    } finally {
      await client.end();
    }
  });

  test('an earlier version that applied only the first migration gets the rest', async () => {
    const { url, client } = await freshDatabase();
    try {
      await writeLegacySchema(client, MIGRATIONS.slice(0, 1));
      assert.deepEqual(
        await migrateAt(url),
        MIGRATIONS.slice(1).map((m) => m.version),
      );
      assert.deepEqual(await tables(client), [
        'folio_schema_migrations',
        'reaction_counts',
        'reactions',
        'report_rate_limits',
        'reports',
      ]);
    } finally {
      await client.end();
    }
  });

  test("leaves another tool's schema_migrations alone: Rails' shape, or rows that are not ours", async () => {
    for (const foreign of [
      // Rails, dbmate, Ecto: one version column.
      async (client: pg.Client) => {
        await client.query('CREATE TABLE schema_migrations (version varchar PRIMARY KEY)');
        await client.query("INSERT INTO schema_migrations VALUES ('20240101000000')");
      },
      // Our shape, but somebody else's history.
      async (client: pg.Client) => {
        await client.query(
          'CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
        );
        await client.query("INSERT INTO schema_migrations (version, name) VALUES (1, 'create users')");
      },
    ]) {
      const { url, client } = await freshDatabase();
      try {
        await foreign(client);
        const before = (await client.query('SELECT * FROM schema_migrations')).rows;
        assert.deepEqual(
          await migrateAt(url),
          MIGRATIONS.map((m) => m.version),
        );
        assert.deepEqual((await client.query('SELECT * FROM schema_migrations')).rows, before, 'untouched');
        assert.ok((await indexes(client)).includes('schema_migrations_pkey'));
        assert.deepEqual(await tables(client), [
          'folio_schema_migrations',
          'reaction_counts',
          'reactions',
          'report_rate_limits',
          'reports',
          'schema_migrations',
        ]);
        const store = await PostgresReportStore.open(url);
        const { id } = await store.save(report(), { receivedAt: new Date() });
        assert.equal((await store.get(id))?.id, id);
        await store.close();
      } finally {
        await client.end();
      }
    }
  });

  test('servers starting together on a legacy database rename it once and apply nothing twice', async () => {
    const { url, client } = await freshDatabase();
    try {
      await writeLegacySchema(client, MIGRATIONS.slice(0, 1));
      const results = await Promise.all([migrateAt(url), migrateAt(url), migrateAt(url)]);
      assert.deepEqual(
        results.flat().sort(),
        MIGRATIONS.slice(1).map((m) => m.version),
        'each missing migration applied by exactly one of them',
      );
      assert.deepEqual(await tables(client), [
        'folio_schema_migrations',
        'reaction_counts',
        'reactions',
        'report_rate_limits',
        'reports',
      ]);
    } finally {
      await client.end();
    }
  });
});
