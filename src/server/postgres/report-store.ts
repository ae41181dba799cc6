/**
 * The report store on PostgreSQL, for sites that run several servers: every
 * server shares one `reports` table, so a retry that reaches another server
 * still finds the first attempt, and the database (not the servers) decides
 * duplicates.
 */
import type { AttachmentSummary, ReportAttachment, ReportPayload } from '../../report/index.js';
import {
  newReportId,
  normalizeReportId,
  reportShapeProblem,
  type ReportMeta,
  type ReportQuery,
  type ReportStatus,
  type ReportStore,
  type ReportSummary,
  type SaveResult,
  type StoredReport,
} from '../store.js';
import { PostgresStore, type PostgresStoreOptions } from './postgres-store.js';

export interface PostgresReportStoreOptions extends PostgresStoreOptions {
  /** Called for rows that are not reports (written by other software); they are skipped. Default: console.warn. */
  onBadRow?: (id: string, reason: string) => void;
}

interface ReportRow<A = ReportAttachment> {
  id: string;
  received_at: Date;
  status: ReportStatus;
  status_changed_at: Date | null;
  client_hash: string | null;
  throttled: boolean;
  payload: ReportPayload<A>;
}

const COLUMNS = 'id, received_at, status, status_changed_at, client_hash, throttled, payload';

/** The same columns with each file's data replaced by its decoded size, as `list` gives them. */
const SUMMARY_COLUMNS = `id, received_at, status, status_changed_at, client_hash, throttled,
  CASE WHEN jsonb_typeof(payload #> '{claim,attachments}') = 'array' THEN jsonb_set(payload, '{claim,attachments}', (
    SELECT coalesce(jsonb_agg(jsonb_build_object('name', a -> 'name', 'type', a -> 'type', 'bytes',
      length(a ->> 'data') / 4 * 3 - (length(a ->> 'data') - length(rtrim(a ->> 'data', '=')))) ORDER BY n), '[]')
    FROM jsonb_array_elements(payload #> '{claim,attachments}') WITH ORDINALITY AS files(a, n)))
  ELSE payload END AS payload`;

export class PostgresReportStore extends PostgresStore implements ReportStore {
  readonly #onBadRow: (id: string, reason: string) => void;

  constructor(options: PostgresReportStoreOptions | string) {
    super(options);
    const opts = typeof options === 'string' ? {} : options;
    this.#onBadRow =
      opts.onBadRow ?? ((id, reason) => console.warn(`PostgresReportStore: report ${id}: ${reason}; row skipped.`));
  }

  async save(report: ReportPayload, meta: ReportMeta): Promise<SaveResult> {
    await this.migrated;
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        // A concurrent insert of the same key makes this one wait for it; once
        // it commits, DO NOTHING returns no row and the SELECT, a new
        // statement with a new snapshot, sees the winner's id. One statement
        // could not: its snapshot predates the winner's commit.
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO reports (id, idempotency_key, received_at, reason, page_url, payload, client_hash, fingerprint, throttled)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING id`,
          [
            newReportId(meta.receivedAt),
            report.idempotencyKey,
            meta.receivedAt,
            report.reason,
            report.page.url,
            JSON.stringify(report),
            meta.clientAddressHash ?? null,
            meta.fingerprint ?? null,
            meta.throttled === true,
          ],
        );
        let result: SaveResult;
        if (inserted.rows[0]) {
          result = { id: inserted.rows[0].id, duplicate: false };
        } else {
          const existing = await client.query<{ id: string; fingerprint: string | null }>(
            'SELECT id, fingerprint FROM reports WHERE idempotency_key = $1',
            [report.idempotencyKey],
          );
          const first = existing.rows[0];
          if (!first)
            throw new Error(`report with idempotency key ${report.idempotencyKey} conflicted but cannot be found`);
          result = first.fingerprint
            ? { id: first.id, duplicate: true, fingerprint: first.fingerprint }
            : { id: first.id, duplicate: true };
        }
        // The answer goes out only after this: a 2xx means committed.
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    });
  }

  async get(id: string): Promise<StoredReport | undefined> {
    await this.migrated;
    const { rows } = await this.pool.query<ReportRow>(`SELECT ${COLUMNS} FROM reports WHERE id = $1`, [
      normalizeReportId(id),
    ]);
    return this.#reports(rows)[0];
  }

  async list(query: ReportQuery = {}): Promise<ReportSummary[]> {
    await this.migrated;
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (condition: string, value: unknown) => {
      values.push(value);
      where.push(condition.replace('?', `$${values.length}`));
    };
    if (query.status !== undefined) add('status = ?', query.status);
    if (query.reason !== undefined) add('reason = ?', query.reason);
    if (query.since !== undefined) add('received_at >= ?', query.since);
    if (query.until !== undefined) add('received_at < ?', query.until);
    let sql = `SELECT ${SUMMARY_COLUMNS} FROM reports`;
    if (where.length) sql += ` WHERE ${where.join(' AND ')}`;
    sql += ' ORDER BY received_at DESC, id DESC';
    if (query.limit !== undefined) {
      values.push(Math.max(0, Math.floor(query.limit)));
      sql += ` LIMIT $${values.length}`;
    }
    const { rows } = await this.pool.query<ReportRow<AttachmentSummary>>(sql, values);
    return this.#reports(rows);
  }

  async setStatus(id: string, status: ReportStatus): Promise<StoredReport | undefined> {
    await this.migrated;
    const { rows } = await this.pool.query<ReportRow>(
      `UPDATE reports SET status = $2, status_changed_at = clock_timestamp() WHERE id = $1 RETURNING ${COLUMNS}`,
      [normalizeReportId(id), status],
    );
    return this.#reports(rows)[0];
  }

  /** Deletes the row (PostgreSQL frees its space at the next VACUUM; autovacuum runs it). */
  async delete(id: string): Promise<boolean> {
    await this.migrated;
    const { rowCount } = await this.pool.query('DELETE FROM reports WHERE id = $1', [normalizeReportId(id)]);
    return (rowCount ?? 0) > 0;
  }

  /** The rows that are reports, as stored reports; the others skipped with a warning. */
  #reports<A>(rows: ReportRow<A>[]): StoredReport<A>[] {
    return rows.flatMap((row) => {
      const problem = reportShapeProblem(row.payload);
      if (!problem) return [toStoredReport(row)];
      this.#onBadRow(row.id, problem);
      return [];
    });
  }
}

function toStoredReport<A>(row: ReportRow<A>): StoredReport<A> {
  const stored: StoredReport<A> = {
    id: row.id,
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    report: row.payload,
  };
  if (row.status_changed_at) stored.statusChangedAt = row.status_changed_at.toISOString();
  if (row.client_hash) stored.clientAddressHash = row.client_hash;
  if (row.throttled) stored.throttled = true;
  return stored;
}
