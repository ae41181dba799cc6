// The schema, as numbered migrations applied in order and never edited once
// released: a change is a new entry at the end. `migrate` runs them in one
// transaction holding an advisory lock, so servers starting at the same time
// take turns: the first applies what is missing, the others then find
// nothing left to do.
import type { PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports',
    sql: `
      CREATE TABLE reports (
        id                text PRIMARY KEY,
        idempotency_key   text NOT NULL UNIQUE,
        received_at       timestamptz NOT NULL,
        reason            text NOT NULL,
        page_url          text NOT NULL,
        payload           jsonb NOT NULL,
        client_hash       text,
        status            text NOT NULL DEFAULT 'new'
                          CHECK (status IN ('new', 'reviewing', 'actioned', 'rejected')),
        status_changed_at timestamptz
      );
      COMMENT ON COLUMN reports.client_hash IS 'HMAC-SHA-256 of the client address with the site''s salt; never the raw IP';
      CREATE INDEX reports_received_at ON reports (received_at DESC, id DESC);
      CREATE INDEX reports_status_received_at ON reports (status, received_at DESC);
    `,
  },
  {
    version: 2,
    name: 'report rate limits',
    sql: `
      CREATE TABLE report_rate_limits (
        bucket     text NOT NULL,
        token      text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (bucket, token)
      );
      CREATE INDEX report_rate_limits_expires_at ON report_rate_limits (expires_at);
    `,
  },
  {
    version: 3,
    name: 'report fingerprints, throttled reports, the client hash described',
    sql: `
      ALTER TABLE reports ADD COLUMN fingerprint text;
      COMMENT ON COLUMN reports.fingerprint IS 'SHA-256 of the report''s canonical JSON: the same key with another body is refused';
      ALTER TABLE reports ADD COLUMN throttled boolean NOT NULL DEFAULT false;
      COMMENT ON COLUMN reports.throttled IS 'the report came past its page''s rate limit: stored, not refused, and marked for reviewers';
      COMMENT ON COLUMN reports.client_hash IS 'HMAC-SHA-256 of the normalized client address (IPv6: its /64) keyed with the site''s secret; never the address';
    `,
  },
  {
    version: 4,
    name: 'reactions',
    sql: `
      CREATE TABLE reactions (
        page        text NOT NULL,
        kind        text NOT NULL,
        reader      text NOT NULL,
        client_hash text,
        reacted_at  timestamptz NOT NULL,
        PRIMARY KEY (page, kind, reader)
      );
      COMMENT ON TABLE reactions IS 'one row per reader and reaction that is on: pressing again removes it';
      COMMENT ON COLUMN reactions.reader IS 'the random id the reader''s browser keeps in localStorage';
      COMMENT ON COLUMN reactions.client_hash IS 'HMAC-SHA-256 of the normalized client address keyed with the site''s secret; never the address';
      CREATE TABLE reaction_counts (
        page  text NOT NULL,
        kind  text NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (page, kind)
      );
      CREATE INDEX reaction_counts_count ON reaction_counts (count DESC);
    `,
  },
];

/** An arbitrary constant naming this package's migration lock among the site's other advisory locks. */
export const MIGRATION_LOCK = 7_412_009_001;

/**
 * The table that records which migrations were applied. Prefixed, because the
 * reports live in the site's own database, where Rails, Ecto, dbmate,
 * golang-migrate and others keep a `schema_migrations` of their own.
 */
export const MIGRATIONS_TABLE = 'folio_schema_migrations';
/** Its name in earlier versions of this library: renamed the first time a newer one starts. */
const LEGACY_TABLE = 'schema_migrations';

/** Applies the migrations not yet recorded in `folio_schema_migrations`; returns the versions it applied. */
export async function migrate(client: PoolClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await adoptLegacyTable(client, migrations);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${MIGRATIONS_TABLE}`);
    const done = new Set(rows.map((r) => r.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * Renames the `schema_migrations` this library wrote before its table had a
 * prefix, with its primary key's index (whose name another tool's
 * `schema_migrations` would otherwise collide with). Only a table that is
 * certainly ours is touched: exactly our three columns, and every row one of
 * our migrations, by version and name. Anything else (Rails' table has a
 * single `version` column) is another tool's and is left alone. Runs inside
 * migrate's transaction and lock.
 */
async function adoptLegacyTable(client: PoolClient, migrations: readonly Migration[]): Promise<void> {
  const { rows: tables } = await client.query<{ legacy: string | null; current: string | null }>(
    'SELECT to_regclass($1)::text AS legacy, to_regclass($2)::text AS current',
    [LEGACY_TABLE, MIGRATIONS_TABLE],
  );
  if (!tables[0]?.legacy || tables[0].current) return;
  const { rows: columns } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [LEGACY_TABLE],
  );
  const shape = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  if (shape !== 'version integer, name text, applied_at timestamp with time zone') return;
  const { rows } = await client.query<{ version: number; name: string }>(`SELECT version, name FROM ${LEGACY_TABLE}`);
  const ours = new Map(migrations.map((m) => [m.version, m.name]));
  if (!rows.length || !rows.every((r) => ours.get(r.version) === r.name)) return;
  await client.query(`ALTER TABLE ${LEGACY_TABLE} RENAME TO ${MIGRATIONS_TABLE}`);
  await client.query(`ALTER INDEX IF EXISTS ${LEGACY_TABLE}_pkey RENAME TO ${MIGRATIONS_TABLE}_pkey`);
}
