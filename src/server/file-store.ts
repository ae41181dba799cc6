/// <reference types="node" />
/**
 * The default report store: one JSON Lines file, append-only, for a site that
 * runs one server process. Every change is a line (an event log):
 *
 *     {"v":2,"type":"report","id":"R-…","receivedAt":"…","report":{…}}
 *     {"v":1,"type":"status","id":"R-…","status":"reviewing","at":"…"}
 *
 * A report's files are not in its line: each is written, decoded, to
 * `<path>.attachments/<id>-<n>`, and the line lists their names, types and
 * sizes (`bytes`). (Lines of version 1 carry their files inline, as base64;
 * they are still read.)
 *
 * Durability: the files and then the line are written in full and `fsync`ed
 * before `save` resolves, so a report the handler answered 2xx for survives a
 * crash or a power cut. A write that fails or comes back short (a full disk)
 * is cut off again before `save` rejects, so the next line starts where the
 * last whole line ended; a line cut short by a crash is cut off on open (or
 * ended with a newline, if it is a whole record).
 *
 * Memory: only an index is kept (per report its id, key, time, status,
 * reason, and where its line is: about 200 bytes), so memory grows with the
 * number of reports, not with their size. On open the file is read once,
 * line by line, to rebuild the index, so deduplication holds across
 * restarts; `get` and `list` read the lines they return. Saves within the
 * process are queued one after another, so the same key sent twice at once
 * yields one line.
 *
 * Deleting (`delete`, for privacy requests and retention) writes a short
 * `{"type":"deleted"}` record over the report's line in place, padded with
 * spaces, and removes its files: nothing of the report is left on disk, and
 * the file keeps its length, so a server appending to it meanwhile (the
 * CLI deletes from another process) is not disturbed.
 *
 * Limits: `maxBytes` (default 1 GiB) caps the file and its attachments
 * together; past it `save` throws `StoreFullError` (the handler answers 507),
 * while status changes still go through. Several processes must not save
 * into one file (each keeps its own index): use a shared store such as
 * PostgreSQL for that. `folio-reports` may read it while the server runs.
 */
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { base64Bytes, type AttachmentSummary, type ReportAttachment, type ReportPayload } from '../report/index.js';
import {
  StoreFullError,
  isReportStatus,
  newReportId,
  normalizeReportId,
  reportShapeProblem,
  selectReports,
  summarize,
  type ReportMeta,
  type ReportQuery,
  type ReportStatus,
  type ReportStore,
  type ReportSummary,
  type SaveResult,
  type StoredReport,
} from './store.js';
import { LineFile, syncDirectory, writeAll } from './line-file.js';
import { StoreQueue } from './store-queue.js';

/** A report line: version 2 lists its files (stored apart), version 1 carries them inline. */
interface ReportLine {
  v: 1 | 2;
  type: 'report';
  id: string;
  receivedAt: string;
  clientAddressHash?: string;
  fingerprint?: string;
  throttled?: true;
  report: ReportPayload<ReportAttachment | AttachmentSummary>;
}

interface StatusLine {
  v: 1;
  type: 'status';
  id: string;
  status: ReportStatus;
  at: string;
}

/** What is left of a deleted report: written over its line, in place. */
interface DeletedLine {
  v: 1;
  type: 'deleted';
  id: string;
  at: string;
}

/** What the store keeps of a report in memory: enough to find, filter and sort it, and where its line is. */
interface IndexEntry {
  id: string;
  receivedAt: string;
  status: ReportStatus;
  statusChangedAt?: string;
  report: { reason: string };
  /** The line's first byte and length in the file. */
  offset: number;
  length: number;
  /** Bytes of the files stored apart (0 for a line that carries them inline). */
  fileBytes: number;
}

export interface FileReportStoreOptions {
  /** Called for lines that cannot be read (e.g. one cut short by a crash); they are skipped. Default: console.warn. */
  onBadLine?: (lineNumber: number, reason: string) => void;
  /** The most the file and its attachments may take together, in bytes (default 1 GiB). */
  maxBytes?: number;
}

const GIB = 1024 * 1024 * 1024;

export class FileReportStore implements ReportStore {
  readonly path: string;
  /** Where a report's files are kept: `<path>.attachments/`. */
  readonly attachmentsPath: string;
  private readonly onBadLine: (lineNumber: number, reason: string) => void;
  private readonly maxBytes: number;
  private readonly byId = new Map<string, IndexEntry>();
  /** Idempotency key → the report's id and fingerprint. */
  private readonly byKey = new Map<string, { id: string; fingerprint?: string }>();
  /** Bytes of all reports' files stored apart. */
  private fileBytes = 0;
  /** Reading the existing file; if it failed, every call fails with its error. */
  /** Every call runs after the previous one: the queue is what makes save atomic. */
  private readonly queue: StoreQueue;
  /** The lines, written whole and synced (line-file.ts). */
  private readonly log: LineFile;

  /** Opens (or creates, on the first save) the file at `path`. Reading starts at once. */
  constructor(path: string, options: FileReportStoreOptions = {}) {
    this.path = resolve(path);
    this.attachmentsPath = `${this.path}.attachments`;
    this.log = new LineFile(this.path);
    this.maxBytes = options.maxBytes ?? GIB;
    this.onBadLine =
      options.onBadLine ?? ((n, reason) => console.warn(`FileReportStore ${this.path}:${n}: ${reason}; line skipped.`));
    const loaded = this.load();
    loaded.catch(() => {}); // reported to the first caller, not as an unhandled rejection
    this.queue = new StoreQueue(loaded, `FileReportStore ${this.path}`);
  }

  /** Resolves once the existing file has been read. Every method waits for it anyway. */
  ready(): Promise<void> {
    return this.queue.run(async () => {});
  }

  save(report: ReportPayload, meta: ReportMeta): Promise<SaveResult> {
    return this.queue.run(async () => {
      const known = this.byKey.get(report.idempotencyKey);
      if (known) return { ...known, duplicate: true };
      const id = this.uniqueId(meta.receivedAt);
      const files = report.claim?.attachments ?? [];
      const line: ReportLine = { v: 2, type: 'report', id, receivedAt: meta.receivedAt.toISOString(), report };
      if (meta.clientAddressHash) line.clientAddressHash = meta.clientAddressHash;
      if (meta.fingerprint) line.fingerprint = meta.fingerprint;
      if (meta.throttled) line.throttled = true;
      if (files.length) line.report = summarize(report);
      const text = JSON.stringify(line);
      const fileBytes = files.reduce((sum, file) => sum + base64Bytes(file.data), 0);
      if (this.log.size + this.fileBytes + Buffer.byteLength(text) + 1 + fileBytes > this.maxBytes) {
        throw new StoreFullError(`FileReportStore ${this.path} is full (maxBytes ${this.maxBytes})`);
      }
      const written = await this.writeAttachments(id, files);
      try {
        const offset = await this.log.append(text);
        this.index(line, offset, this.log.size - offset - 1, fileBytes);
      } catch (error) {
        await Promise.all(written.map((path) => rm(path, { force: true }))).catch(() => {});
        throw error;
      }
      return { id, duplicate: false };
    });
  }

  get(id: string): Promise<StoredReport | undefined> {
    return this.queue.run(async () => {
      const entry = this.byId.get(normalizeReportId(id));
      return entry && this.readWhole(entry);
    });
  }

  /** Deletes a report for good: its line is overwritten in place, its files removed. False for an unknown id. */
  delete(reportId: string): Promise<boolean> {
    const id = normalizeReportId(reportId);
    return this.queue.run(async () => {
      const entry = this.byId.get(id);
      if (!entry) return false;
      const tombstone: DeletedLine = { v: 1, type: 'deleted', id, at: new Date().toISOString() };
      const handle = await open(this.path, 'r+');
      try {
        // Blank first, then the record: a crash in between leaves a blank line, never the report.
        await handle.write(Buffer.alloc(entry.length, 0x20), 0, entry.length, entry.offset);
        await handle.sync();
        const text = Buffer.from(JSON.stringify(tombstone));
        if (text.length <= entry.length) await handle.write(text, 0, text.length, entry.offset);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const files = (await readdir(this.attachmentsPath).catch(() => [] as string[])).filter((name) =>
        name.startsWith(`${id}-`),
      );
      await Promise.all(files.map((name) => rm(join(this.attachmentsPath, name), { force: true })));
      if (files.length) await syncDirectory(this.attachmentsPath);
      this.byId.delete(id);
      this.fileBytes -= entry.fileBytes;
      return true;
    });
  }

  list(query: ReportQuery = {}): Promise<ReportSummary[]> {
    return this.queue.run(async () => {
      const reports: ReportSummary[] = [];
      for (const entry of selectReports(this.byId.values(), query)) {
        const stored = await this.readReport(entry);
        if (stored) reports.push({ ...stored, report: summarize(stored.report) });
      }
      return reports;
    });
  }

  setStatus(reportId: string, status: ReportStatus): Promise<StoredReport | undefined> {
    if (!isReportStatus(status))
      return Promise.reject(new TypeError(`Unknown report status ${JSON.stringify(status)}`));
    const id = normalizeReportId(reportId);
    return this.queue.run(async () => {
      const entry = this.byId.get(id);
      if (!entry) return undefined;
      const line: StatusLine = { v: 1, type: 'status', id, status, at: new Date().toISOString() };
      await this.log.append(JSON.stringify(line));
      this.applyStatus(line);
      return this.readWhole(entry);
    });
  }

  /** Waits for pending calls, then closes the file. */
  close(): Promise<void> {
    return this.queue.close(() => this.log.close());
  }

  private uniqueId(receivedAt: Date): string {
    let id = newReportId(receivedAt);
    while (this.byId.has(id)) id = newReportId(receivedAt);
    return id;
  }

  private index(line: ReportLine, offset: number, length: number, fileBytes: number): void {
    if (this.byKey.has(line.report.idempotencyKey)) return; // a duplicate written by an older version: the first wins
    this.byId.set(line.id, {
      id: line.id,
      receivedAt: line.receivedAt,
      status: 'new',
      report: { reason: line.report.reason },
      offset,
      length,
      fileBytes,
    });
    this.byKey.set(
      line.report.idempotencyKey,
      line.fingerprint ? { id: line.id, fingerprint: line.fingerprint } : { id: line.id },
    );
    this.fileBytes += fileBytes;
  }

  private applyStatus(line: StatusLine): void {
    const entry = this.byId.get(line.id);
    if (entry) {
      entry.status = line.status;
      entry.statusChangedAt = line.at;
    }
  }

  /**
   * The report at an index entry, as its line has it, with the status the
   * index knows; undefined when the line is no longer the report's (deleted
   * by `folio-reports` from another process since this store read the file).
   */
  private async readReport(entry: IndexEntry): Promise<StoredReport<ReportAttachment | AttachmentSummary> | undefined> {
    const handle = await open(this.path, 'r');
    let line: ReportLine | StatusLine | DeletedLine | string;
    try {
      const bytes = Buffer.alloc(entry.length);
      await handle.read(bytes, 0, entry.length, entry.offset);
      line = parseLine(bytes.toString('utf8'));
    } finally {
      await handle.close();
    }
    if (typeof line === 'string' || line.type !== 'report' || line.id !== entry.id) return undefined;
    const stored: StoredReport<ReportAttachment | AttachmentSummary> = {
      id: line.id,
      receivedAt: line.receivedAt,
      status: entry.status,
      report: line.report,
    };
    if (entry.statusChangedAt) stored.statusChangedAt = entry.statusChangedAt;
    if (line.clientAddressHash) stored.clientAddressHash = line.clientAddressHash;
    if (line.throttled) stored.throttled = true;
    return stored;
  }

  /** The report at an index entry with its files' data. */
  private async readWhole(entry: IndexEntry): Promise<StoredReport | undefined> {
    const stored = await this.readReport(entry);
    if (!stored) return undefined;
    const files = stored.report.claim?.attachments;
    if (files?.some((file) => !('data' in file))) {
      stored.report.claim!.attachments = await this.readAttachments(entry, files);
    }
    return stored as StoredReport;
  }

  private attachmentPath(id: string, n: number): string {
    return join(this.attachmentsPath, `${id}-${n}`);
  }

  /** Writes and syncs a report's files; resolves to their paths. On failure nothing of them is left. */
  private async writeAttachments(id: string, files: readonly ReportAttachment[]): Promise<string[]> {
    if (!files.length) return [];
    const fresh = await mkdir(this.attachmentsPath, { recursive: true, mode: 0o700 });
    const written: string[] = [];
    try {
      for (const [n, file] of files.entries()) {
        const path = this.attachmentPath(id, n);
        written.push(path);
        await writeWhole(path, Buffer.from(file.data, 'base64'));
      }
      await syncDirectory(this.attachmentsPath);
      if (fresh) await syncDirectory(dirname(this.attachmentsPath));
    } catch (error) {
      await Promise.all(written.map((path) => rm(path, { force: true }))).catch(() => {});
      throw error;
    }
    return written;
  }

  /** The files of a report whose line lists them, with their data; a missing one is left out with a warning. */
  private async readAttachments(
    entry: IndexEntry,
    files: ReadonlyArray<ReportAttachment | AttachmentSummary>,
  ): Promise<ReportAttachment[]> {
    const result: ReportAttachment[] = [];
    for (const [n, file] of files.entries()) {
      if ('data' in file) {
        result.push(file);
        continue;
      }
      try {
        result.push({
          name: file.name,
          type: file.type,
          data: (await readFile(this.attachmentPath(entry.id, n))).toString('base64'),
        });
      } catch (error) {
        this.onBadLine(
          0,
          `report ${entry.id}: its file ${n} cannot be read (${(error as NodeJS.ErrnoException).code})`,
        );
      }
    }
    return result;
  }

  private async load(): Promise<void> {
    await this.log.read((text, offset, length, n) => {
      const line = parseLine(text);
      if (typeof line === 'string') {
        this.onBadLine(n, line);
        return false;
      }
      if (line.type === 'status') this.applyStatus(line);
      else if (line.type === 'report') this.index(line, offset, length, storedApartBytes(line));
      return true;
    });
  }
}

/** The bytes of a report's files that its line lists rather than carries. */
function storedApartBytes(line: ReportLine): number {
  return (line.report.claim?.attachments ?? []).reduce((sum, file) => sum + ('bytes' in file ? file.bytes : 0), 0);
}

/** Creates `path` with all of `bytes`, synced. */
async function writeWhole(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w', 0o600);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function parseLine(text: string): ReportLine | StatusLine | DeletedLine | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON (cut short by a crash?)';
  }
  if (typeof value !== 'object' || value === null) return 'not a record';
  const line = value as {
    type?: unknown;
    id?: unknown;
    receivedAt?: unknown;
    report?: { idempotencyKey?: unknown };
    status?: unknown;
    at?: unknown;
  };
  if (typeof line.id !== 'string') return 'not a record';
  if (line.type === 'report' && typeof line.receivedAt === 'string')
    return reportShapeProblem(line.report) ?? (value as ReportLine);
  if (line.type === 'status' && isReportStatus(line.status) && typeof line.at === 'string') return value as StatusLine;
  if (line.type === 'deleted') return value as DeletedLine;
  return `unknown record type ${JSON.stringify(line.type)}`;
}
