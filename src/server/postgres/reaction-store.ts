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
import type { PageReactions, ReactionChange, ReactionResult, ReactionStore, ReactionTotal } from '../reaction-store.js';
import { PostgresStore, type PostgresStoreOptions } from './postgres-store.js';

/** Where the store connects: a URL or the site's own pool (e.g. the report store's `pool`). */
export type PostgresReactionStoreOptions = PostgresStoreOptions;

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

export class PostgresReactionStore extends PostgresStore implements ReactionStore {
  async set(change: ReactionChange): Promise<ReactionResult> {
    await this.migrated;
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
    await this.migrated;
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
    await this.migrated;
    const { rows } = await this.pool.query<{ page: string; counts: Record<string, number>; total: string }>(
      `SELECT page, jsonb_object_agg(kind, count) AS counts, sum(count) AS total
         FROM reaction_counts WHERE count > 0 GROUP BY page ORDER BY total DESC, page LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({ page: row.page, counts: row.counts, total: Number(row.total) }));
  }
}
