/**
 * The store interface behind `createReportHandler`. The handler only calls
 * `save`; the reading methods are for the people who handle reports (a CLI,
 * a CMS screen). Two implementations are planned: `FileReportStore` (JSON
 * Lines, one server, nothing to install) and a PostgreSQL store for sites
 * with several servers. Whatever the store, two rules hold:
 *
 * - `save` decides duplicates itself, atomically: the same idempotency key
 *   saved twice (even at the same moment, even from two servers sharing the
 *   store) yields one report and the first report's id both times, with the
 *   first report's fingerprint. The handler never reads, then writes.
 * - `save` resolves only once the report is durable (fsync'd, committed): the
 *   handler answers 2xx after it, so an acknowledged report survives a crash.
 */
import { base64Bytes, type AttachmentSummary, type ReportAttachment, type ReportPayload } from '../report/index.js';

/** Where a report is in its review. New reports are `new`. */
export const REPORT_STATUSES = ['new', 'reviewing', 'actioned', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What the handler knows about a request besides its body. */
export interface ReportMeta {
  receivedAt: Date;
  /**
   * The client's address as a salted hash (never the raw IP), for abuse
   * limits and for spotting one sender behind many reports.
   */
  clientAddressHash?: string;
  /**
   * The SHA-256 of the report's canonical JSON: the store keeps it with the
   * idempotency key and gives it back on a duplicate, so the handler can tell
   * a retry (same body) from a reuse of the key (another body, answered 422).
   */
  fingerprint?: string;
  /** Set when the report came past its page's limit (`withRateLimit`): stored, but marked for reviewers. */
  throttled?: boolean;
}

/** A report as a store holds it; `A` is how its files are given (`get`: with their data). */
export interface StoredReport<A = ReportAttachment> {
  /** The reference id the reader was shown. */
  id: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  status: ReportStatus;
  /** ISO 8601, UTC: when `status` last changed (absent while `new`). */
  statusChangedAt?: string;
  clientAddressHash?: string;
  /** Present when the report came past its page's limit: a flood about that page may be under way. */
  throttled?: true;
  /** The validated, normalized body. */
  report: ReportPayload<A>;
}

/** A report as `list` gives it: its files' names, types and sizes, not their data (`get` has that). */
export type ReportSummary = StoredReport<AttachmentSummary>;

/**
 * What `save` throws when the store has reached the size it may take (the
 * file store's `maxBytes`): the handler answers 507, and nothing was stored.
 */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}

export interface SaveResult {
  id: string;
  /** True when the idempotency key was already stored: `id` is the first report's. */
  duplicate: boolean;
  /** On a duplicate, the first report's fingerprint, when the store kept one. */
  fingerprint?: string;
}

export interface ReportQuery {
  status?: ReportStatus;
  reason?: string;
  /** Received at or after. */
  since?: Date;
  /** Received before. */
  until?: Date;
  /** At most this many, newest first. */
  limit?: number;
}

export interface ReportStore {
  /** Stores a report unless its idempotency key is known; resolves once it is durable. */
  save(report: ReportPayload, meta: ReportMeta): Promise<SaveResult>;
  /** One report by id, or undefined. */
  get(id: string): Promise<StoredReport | undefined>;
  /** Reports matching the query, newest first, their files summarized (`get` one for its files' data). */
  list(query?: ReportQuery): Promise<ReportSummary[]>;
  /** Moves a report to a status; resolves to the updated report, or undefined for an unknown id. */
  setStatus(id: string, status: ReportStatus): Promise<StoredReport | undefined>;
  /**
   * Deletes a report for good (its text, its files, its address hash);
   * resolves to false for an unknown id. For privacy requests and retention
   * (`folio-reports delete`). Optional for stores of a site's own.
   */
  delete?(id: string): Promise<boolean>;
  /** Releases files or connections. The store is unusable afterwards. */
  close?(): Promise<void>;
}

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);
}

/** What a query looks at: when a report came, its status and its reason. */
type Selectable = Pick<StoredReport, 'receivedAt' | 'status'> & { report: { reason: string } };

/** Applies a query to reports (or the file store's index entries) in memory. */
export function selectReports<T extends Selectable>(reports: Iterable<T>, query: ReportQuery = {}): T[] {
  const since = query.since?.getTime();
  const until = query.until?.getTime();
  const matching = [...reports].filter((r) => {
    const at = Date.parse(r.receivedAt);
    return (
      (query.status === undefined || r.status === query.status) &&
      (query.reason === undefined || r.report.reason === query.reason) &&
      (since === undefined || at >= since) &&
      (until === undefined || at < until)
    );
  });
  // Newest first; a stable sort keeps reports of the same millisecond in reverse file order.
  matching.reverse().sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
  return query.limit === undefined ? matching : matching.slice(0, Math.max(0, query.limit));
}

/**
 * Why a stored record cannot be shown as a report (a line or row written by
 * other software, or edited by hand), or undefined. Stores skip such records
 * with a warning, as they skip unreadable ones, rather than fail every list.
 */
export function reportShapeProblem(report: unknown): string | undefined {
  const fields: Array<[string, (r: Record<string, unknown>) => unknown]> = [
    ['page.url', (r) => (r.page as { url?: unknown } | undefined)?.url],
    ['reason', (r) => r.reason],
    ['description', (r) => r.description],
    ['idempotencyKey', (r) => r.idempotencyKey],
  ];
  if (typeof report !== 'object' || report === null) return 'not a report (not an object)';
  const missing = fields.find(([, read]) => typeof read(report as Record<string, unknown>) !== 'string');
  return missing && `not a report (no ${missing[0]})`;
}

/**
 * An id as a reader reads it out, as stored: upper case, and in its letters
 * O as 0 and I and L as 1 (Crockford's base32 has no I, L, O or U).
 */
export function normalizeReportId(id: string): string {
  const upper = id.trim().toUpperCase();
  return upper.startsWith('R-') ? `R-${upper.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1')}` : upper;
}

const ID_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford's base32: no I, L, O, U to misread

/**
 * A reference id a reader can read out over the phone: the day it was
 * received and 40 random bits, e.g. `R-20261124-7F3K9QXM`.
 */
export function newReportId(receivedAt: Date): string {
  const day = receivedAt.toISOString().slice(0, 10).replaceAll('-', '');
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const b of bytes) suffix += ID_ALPHABET[b & 31];
  return `R-${day}-${suffix}`;
}

/** The report with each file's data replaced by its size, as `list` gives it. */
export function summarize(
  report: ReportPayload<ReportAttachment | AttachmentSummary>,
): ReportPayload<AttachmentSummary> {
  const files = report.claim?.attachments;
  if (!files) return report as ReportPayload<AttachmentSummary>;
  const attachments = files.map(({ name, type, ...file }) => ({
    name,
    type,
    bytes: 'bytes' in file ? file.bytes : base64Bytes(file.data),
  }));
  return { ...report, claim: { ...report.claim!, attachments } };
}
