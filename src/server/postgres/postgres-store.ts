/**
 * What the PostgreSQL stores share: a pool (the site's own, or one made from
 * a URL and ended on `close()`), the migrations started at construction and
 * awaited by every query, and a rate limiter that keeps its counts in the
 * same database.
 */
import type { Pool, PoolClient } from 'pg';
import { pg } from './load-pg.js';
import { migrate } from './migrations.js';
import { PostgresRateLimiter } from './rate-limiter.js';

export interface PostgresStoreOptions {
  /** A `postgres://user:password@host:port/database` URL; ignored when `pool` is given. */
  connectionString?: string;
  /** The site's own pool (e.g. another store's `pool`); the store then never ends it. */
  pool?: Pool;
  /** Connections of the pool the store makes from `connectionString` (default 10). */
  maxConnections?: number;
}

export abstract class PostgresStore {
  readonly pool: Pool;
  readonly #ownsPool: boolean;
  /** Resolves once the schema is up to date; every query waits for it. */
  protected readonly migrated: Promise<void>;

  /** Creates the store and starts its migrations; `ready()` (or any method) waits for them. */
  constructor(options: PostgresStoreOptions | string) {
    const opts: PostgresStoreOptions = typeof options === 'string' ? { connectionString: options } : options;
    if (opts.pool) {
      this.pool = opts.pool;
      this.#ownsPool = false;
    } else if (opts.connectionString) {
      this.pool = new pg.Pool({ connectionString: opts.connectionString, max: opts.maxConnections ?? 10 });
      this.#ownsPool = true;
      // An idle connection that the server drops must not crash the process.
      this.pool.on('error', (error) => console.error('folio-elements/server/postgres: idle connection failed', error));
    } else {
      throw new TypeError(`${new.target.name} needs a connectionString or a pool`);
    }
    this.migrated = this.withClient((client) => migrate(client)).then(() => {});
    this.migrated.catch(() => {}); // reported by ready() and by every method, not as an unhandled rejection
  }

  /** A store whose schema is up to date; the pool it made is ended if the migrations fail. */
  static async open<S extends PostgresStore, O>(this: new (options: O) => S, options: O): Promise<S> {
    const store = new this(options);
    try {
      await store.ready();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Resolves once the migrations are applied; rejects if they failed. */
  ready(): Promise<void> {
    return this.migrated;
  }

  /** A limiter that keeps its counts in this database, so per-client caps hold across servers. */
  rateLimiter(): PostgresRateLimiter {
    return new PostgresRateLimiter(this.pool, this.migrated);
  }

  /** Ends the pool the store made (after its migrations settle); a pool the site gave is left open. */
  async close(): Promise<void> {
    await this.migrated.catch(() => {});
    if (this.#ownsPool) await this.pool.end();
  }

  /** Runs `work` on one connection of the pool, released however it ends. */
  protected async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }
}
