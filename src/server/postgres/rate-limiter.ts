/**
 * Rate-limit counts in the `report_rate_limits` table, so that every server
 * of a site counts against the same limits. A reservation locks its buckets
 * (transaction-scoped advisory locks, always in the same order, so two
 * reservations never deadlock), drops expired places, counts, and takes its
 * places in one transaction: concurrent requests from any server are
 * serialized per bucket and the limit is exact. Time is the database's, so
 * servers with drifting clocks still agree.
 */
import type { Pool } from 'pg';
import type { RateLimitBucket, RateLimitDecision, RateLimiter } from '../rate-limit.js';

interface BucketState {
  bucket: string;
  places: number;
  holds_token: boolean;
  retry_after: number | null;
}

export class PostgresRateLimiter implements RateLimiter {
  #reservationsSinceSweep = 0;

  /** `ready` resolves once the migrations that create the table are applied. */
  constructor(
    readonly pool: Pool,
    private readonly ready: Promise<void> = Promise.resolve(),
  ) {}

  async reserve(buckets: RateLimitBucket[], token: string, windowSeconds: number): Promise<RateLimitDecision> {
    await this.ready;
    const keys = [...new Set(buckets.map((b) => b.key))];
    const client = await this.pool.connect();
    let taken: string[];
    try {
      await client.query('BEGIN');
      try {
        await client.query(
          `SELECT pg_advisory_xact_lock(k) FROM (
             SELECT DISTINCT hashtextextended('folio-rate-limit:' || b, 0) AS k FROM unnest($1::text[]) AS b ORDER BY k
           ) AS locks`,
          [keys],
        );
        await client.query('DELETE FROM report_rate_limits WHERE bucket = ANY($1) AND expires_at <= now()', [keys]);
        const { rows } = await client.query<BucketState>(
          `SELECT bucket, count(*)::int AS places, bool_or(token = $2) AS holds_token,
                  ceil(extract(epoch FROM min(expires_at) - now()))::int AS retry_after
           FROM report_rate_limits WHERE bucket = ANY($1) GROUP BY bucket`,
          [keys, token],
        );
        const state = new Map(rows.map((r) => [r.bucket, r]));
        let blockedFor = 0;
        for (const bucket of buckets) {
          const s = state.get(bucket.key);
          if (s?.holds_token) continue;
          if ((s?.places ?? 0) < bucket.limit) continue;
          blockedFor = Math.max(blockedFor, Math.max(1, s?.retry_after ?? windowSeconds));
        }
        if (blockedFor > 0) {
          await client.query('ROLLBACK');
          return { allowed: false, retryAfter: blockedFor };
        }
        const inserted = await client.query<{ bucket: string }>(
          `INSERT INTO report_rate_limits (bucket, token, expires_at)
           SELECT b, $2, now() + make_interval(secs => $3) FROM unnest($1::text[]) AS b
           ON CONFLICT (bucket, token) DO NOTHING
           RETURNING bucket`,
          [keys, token, windowSeconds],
        );
        await client.query('COMMIT');
        taken = inserted.rows.map((r) => r.bucket);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
    this.#sweepNowAndThen();
    return {
      allowed: true,
      release: async () => {
        if (taken.length)
          await this.pool.query('DELETE FROM report_rate_limits WHERE bucket = ANY($1) AND token = $2', [taken, token]);
      },
    };
  }

  /** Buckets nobody touches again would keep their expired rows; every few hundred reservations clear them all. */
  #sweepNowAndThen(): void {
    if (++this.#reservationsSinceSweep < 500) return;
    this.#reservationsSinceSweep = 0;
    this.pool.query('DELETE FROM report_rate_limits WHERE expires_at <= now()').catch((error) => {
      console.error('folio-elements/server/postgres: clearing expired rate-limit rows failed', error);
    });
  }
}
