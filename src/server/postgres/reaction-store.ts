/**
 * The reactions store on PostgreSQL, for sites that run several servers.
 * `reactions` holds one row per reader and reaction that is on, and
 * `reaction_counts` the count per (page, kind); a change updates both in one
 * statement (one transaction). The reader's row decides: a press whose row
 * already exists (or a removal whose row is gone) changes no count, and two
 * presses at once, on any servers, contend for the one primary key, so the
 * second waits for the first and then finds its row. Exact under
 * concurrency, across processes.
 */
import type { Pool, PoolClient } from 'pg';
import type { PageReactions, ReactionChange, ReactionResult, ReactionStore, ReactionTotal } from '../reaction-store.js';
import { pg } from './load-pg.js';
import { migrate } from './migrations.js';
import { PostgresRateLimiter } from './rate-limiter.js';

export interface PostgresReactionStoreOptions {
  /** A `postgres://…` URL; ignored when `pool` is given. */
  connectionString?: string;
  /** The site's own pool (e.g. the report store's `pool`); the store then never ends it. */
  pool?: Pool;
  /** Connections of the pool the store makes from `connectionString` (default 10). */
  maxConnections?: number;
}

// Each statement sees the table as it was when it began, so the count of a
// change that turned out to be none (a retry) is read by a second statement.
const ADD = `
  WITH added AS (
    INSERT INTO reactions (page, kind, reader, client_hash, reacted_at) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT DO NOTHING RETURNING 1
  )
  INSERT INTO reaction_counts (page, kind, count) SELECT $1, $2, 1 FROM added
  ON CONFLICT (page, kind) DO UPDATE SET count = reaction_counts.count + 1
  RETURNING count`;
const REMOVE = `
  WITH removed AS (DELETE FROM reactions WHERE page = $1 AND kind = $2 AND reader = $3 RETURNING 1)
  UPDATE reaction_counts SET count = count - 1 WHERE page = $1 AND kind = $2 AND EXISTS (SELECT 1 FROM removed)
  RETURNING count`;

export class PostgresReactionStore implements ReactionStore {
  readonly pool: Pool;
  readonly #ownsPool: boolean;
  readonly #migrated: Promise<void>;

  constructor(options: PostgresReactionStoreOptions | string) {
    const opts: PostgresReactionStoreOptions = typeof options === 'string' ? { connectionString: options } : options;
    if (opts.pool) {
      this.pool = opts.pool;
      this.#ownsPool = false;
    } else if (opts.connectionString) {
      this.pool = new pg.Pool({ connectionString: opts.connectionString, max: opts.maxConnections ?? 10 });
      this.#ownsPool = true;
      // An idle connection that the server drops must not crash the process.
      this.pool.on('error', (error) => console.error('folio-elements/server/postgres: idle connection failed', error));
    } else {
      throw new TypeError('PostgresReactionStore needs a connectionString or a pool');
    }
    this.#migrated = this.#withClient((client) => migrate(client)).then(() => {});
    this.#migrated.catch(() => {});
  }

  /** A store whose schema is up to date. */
  static async open(options: PostgresReactionStoreOptions | string): Promise<PostgresReactionStore> {
    const store = new PostgresReactionStore(options);
    try {
      await store.ready();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  ready(): Promise<void> {
    return this.#migrated;
  }

  /** A limiter that keeps its counts in this database, so per-client caps hold across servers. */
  rateLimiter(): PostgresRateLimiter {
    return new PostgresRateLimiter(this.pool, this.#migrated);
  }

  async set(change: ReactionChange): Promise<ReactionResult> {
    await this.#migrated;
    const { page, kind, reader } = change;
    const params = change.on ? [page, kind, reader, change.clientHash ?? null, change.at] : [page, kind, reader];
    const { rows } = await this.pool.query<{ count: number }>(change.on ? ADD : REMOVE, params);
    if (rows[0]) return { count: rows[0].count, changed: true };
    const current = await this.pool.query<{ count: number }>(
      'SELECT count FROM reaction_counts WHERE page = $1 AND kind = $2',
      [page, kind],
    );
    return { count: current.rows[0]?.count ?? 0, changed: false };
  }

  async get(page: string, reader?: string): Promise<PageReactions> {
    await this.#migrated;
    const { rows } = await this.pool.query<{ kind: string; count: number }>(
      'SELECT kind, count FROM reaction_counts WHERE page = $1 AND count > 0 ORDER BY kind',
      [page],
    );
    const counts = Object.fromEntries(rows.map((row) => [row.kind, row.count]));
    if (reader === undefined) return { counts };
    const mine = await this.pool.query<{ kind: string }>(
      'SELECT kind FROM reactions WHERE page = $1 AND reader = $2 ORDER BY kind',
      [page, reader],
    );
    return { counts, mine: mine.rows.map((row) => row.kind) };
  }

  async top(limit: number): Promise<ReactionTotal[]> {
    await this.#migrated;
    const { rows } = await this.pool.query<{ page: string; counts: Record<string, number>; total: string }>(
      `SELECT page, jsonb_object_agg(kind, count) AS counts, sum(count) AS total
         FROM reaction_counts WHERE count > 0 GROUP BY page ORDER BY total DESC, page LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ page: row.page, counts: row.counts, total: Number(row.total) }));
  }

  async close(): Promise<void> {
    if (this.#ownsPool) await this.pool.end();
  }

  async #withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }
}
