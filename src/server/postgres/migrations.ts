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
];

/** An arbitrary constant naming this package's migration lock among the site's other advisory locks. */
export const MIGRATION_LOCK = 7_412_009_001;

/** Applies the migrations not yet recorded in `schema_migrations`; returns the versions it applied. */
export async function migrate(client: PoolClient, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
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
