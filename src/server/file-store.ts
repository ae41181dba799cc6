/// <reference types="node" />
/**
 * The default report store: one JSON Lines file, append-only, for a site that
 * runs one server process. Every change is a line (an event log):
 *
 *     {"v":1,"type":"report","id":"R-…","receivedAt":"…","report":{…}}
 *     {"v":1,"type":"status","id":"R-…","status":"reviewing","at":"…"}
 *
 * so the file is never rewritten, and a line is acknowledged only once all
 * of it is written and `fsync`ed: a report the handler answered 2xx for
 * survives a crash or a power cut. A write that fails or comes back short (a
 * full disk) is cut off again before `save` rejects, so the next line starts
 * where the last whole line ended; a line cut short by a crash is cut off on
 * open (or ended with a newline, if it is a whole record). On open the file is read once to rebuild the idempotency-key index, so
 * deduplication holds across restarts. Saves within the process are queued
 * one after another, so the same key sent twice at once yields one line.
 *
 * Several processes must not share one file (each keeps its own index): use a
 * shared store such as PostgreSQL for that.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ReportPayload } from '../report/index.js';
import {
  isReportStatus,
  newReportId,
  selectReports,
  type ReportMeta,
  type ReportQuery,
  type ReportStatus,
  type ReportStore,
  type SaveResult,
  type StoredReport,
} from './store.js';

interface ReportLine {
  v: 1;
  type: 'report';
  id: string;
  receivedAt: string;
  clientAddressHash?: string;
  report: ReportPayload;
}

interface StatusLine {
  v: 1;
  type: 'status';
  id: string;
  status: ReportStatus;
  at: string;
}

export interface FileReportStoreOptions {
  /** Called for lines that cannot be read (e.g. one cut short by a crash); they are skipped. Default: console.warn. */
  onBadLine?: (lineNumber: number, reason: string) => void;
}

export class FileReportStore implements ReportStore {
  readonly path: string;
  private readonly onBadLine: (lineNumber: number, reason: string) => void;
  private readonly byId = new Map<string, StoredReport>();
  private readonly idByKey = new Map<string, string>();
  /** Reading the existing file; if it failed, every call fails with its error. */
  private readonly loaded: Promise<void>;
  /** Every write runs after the previous one: the queue is what makes save atomic. */
  private queue: Promise<unknown> = Promise.resolve();
  private file: FileHandle | undefined;
  /** Where the last whole line ends: the file is cut back to it before the next write whenever `dirty`. */
  private end = 0;
  /** Set when the file may hold more than its whole lines (a failed write that could not be cut off yet). */
  private dirty = false;
  /** Set when the file ends in a whole record without its newline: the next write begins with one. */
  private pendingNewline = false;
  private closed = false;

  /** Opens (or creates, on the first save) the file at `path`. Reading starts at once. */
  constructor(path: string, options: FileReportStoreOptions = {}) {
    this.path = resolve(path);
    this.onBadLine =
      options.onBadLine ?? ((n, reason) => console.warn(`FileReportStore ${this.path}:${n}: ${reason}; line skipped.`));
    this.loaded = this.load();
    this.loaded.catch(() => {}); // reported to the first caller, not as an unhandled rejection
  }

  /** Resolves once the existing file has been read. Every method waits for it anyway. */
  ready(): Promise<void> {
    return this.run(async () => {});
  }

  save(report: ReportPayload, meta: ReportMeta): Promise<SaveResult> {
    return this.run(async () => {
      const known = this.idByKey.get(report.idempotencyKey);
      if (known !== undefined) return { id: known, duplicate: true };
      const line: ReportLine = {
        v: 1,
        type: 'report',
        id: this.uniqueId(meta.receivedAt),
        receivedAt: meta.receivedAt.toISOString(),
        report,
      };
      if (meta.clientAddressHash) line.clientAddressHash = meta.clientAddressHash;
      await this.append(line);
      this.apply(line);
      return { id: line.id, duplicate: false };
    });
  }

  get(id: string): Promise<StoredReport | undefined> {
    return this.run(async () => copy(this.byId.get(id)));
  }

  list(query: ReportQuery = {}): Promise<StoredReport[]> {
    return this.run(async () => selectReports(this.byId.values(), query).map((r) => copy(r)!));
  }

  setStatus(id: string, status: ReportStatus): Promise<StoredReport | undefined> {
    if (!isReportStatus(status))
      return Promise.reject(new TypeError(`Unknown report status ${JSON.stringify(status)}`));
    return this.run(async () => {
      if (!this.byId.has(id)) return undefined;
      const line: StatusLine = { v: 1, type: 'status', id, status, at: new Date().toISOString() };
      await this.append(line);
      this.apply(line);
      return copy(this.byId.get(id));
    });
  }

  /** Waits for pending writes, then closes the file. */
  close(): Promise<void> {
    const closing = this.run(async () => {
      this.closed = true;
      await this.file?.close();
      this.file = undefined;
    });
    return closing;
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      await this.loaded;
      if (this.closed) throw new Error(`FileReportStore ${this.path} is closed`);
      return task();
    });
    // A failed task must not stop the ones queued after it.
    this.queue = next.catch(() => {});
    return next;
  }

  private uniqueId(receivedAt: Date): string {
    let id = newReportId(receivedAt);
    while (this.byId.has(id)) id = newReportId(receivedAt);
    return id;
  }

  private apply(line: ReportLine | StatusLine): void {
    if (line.type === 'report') {
      if (this.idByKey.has(line.report.idempotencyKey)) return; // a duplicate written by an older version: the first wins
      const stored: StoredReport = { id: line.id, receivedAt: line.receivedAt, status: 'new', report: line.report };
      if (line.clientAddressHash) stored.clientAddressHash = line.clientAddressHash;
      this.byId.set(line.id, stored);
      this.idByKey.set(line.report.idempotencyKey, line.id);
    } else {
      const stored = this.byId.get(line.id);
      if (stored) {
        stored.status = line.status;
        stored.statusChangedAt = line.at;
      }
    }
  }

  private async load(): Promise<void> {
    let size: number;
    try {
      size = (await stat(this.path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (size === 0) return;
    const lines = createInterface({ input: createReadStream(this.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const text of lines) {
      n++;
      if (text.trim() === '') continue;
      const line = parseLine(text);
      if (typeof line === 'string') this.onBadLine(n, line);
      else this.apply(line);
    }
    await this.findEnd(size);
  }

  /**
   * Finds where the last whole line ends. A tail without its newline is a
   * write a crash cut short: it was never acknowledged, and is cut off before
   * the next write; a tail that is a whole record (only its newline lost) is
   * kept, and ended.
   */
  private async findEnd(size: number): Promise<void> {
    const handle = await open(this.path, 'r');
    try {
      let end = size;
      const chunk = Buffer.alloc(64 * 1024);
      while (end > 0) {
        const from = Math.max(0, end - chunk.length);
        const { bytesRead } = await handle.read(chunk, 0, end - from, from);
        const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
        if (newline !== -1) {
          end = from + newline + 1;
          break;
        }
        end = from;
      }
      this.end = end;
      if (end === size) return;
      const tail = Buffer.alloc(size - end);
      await handle.read(tail, 0, tail.length, end);
      if (typeof parseLine(tail.toString('utf8')) !== 'string') {
        this.end = size;
        this.dirty = false;
        this.pendingNewline = true;
      } else {
        this.dirty = true;
      }
    } finally {
      await handle.close();
    }
  }

  /**
   * Appends one line and syncs it. Resolves only when every byte is written
   * and synced; on any failure the partial line is cut off (or, if even that
   * fails, before the next write) and the error is thrown.
   */
  private async append(line: ReportLine | StatusLine): Promise<void> {
    if (!this.file) await this.openForAppend();
    const file = this.file!;
    if (this.dirty) {
      await file.truncate(this.end);
      await file.sync();
      this.dirty = false;
    }
    const bytes = Buffer.from((this.pendingNewline ? '\n' : '') + JSON.stringify(line) + '\n');
    this.dirty = true;
    try {
      for (let written = 0; written < bytes.length;) {
        // Writes go to the end (append mode); a full disk may take only part of the line.
        const { bytesWritten } = await file.write(bytes, written, bytes.length - written);
        if (bytesWritten === 0) throw new Error(`FileReportStore ${this.path}: the disk took no more bytes`);
        written += bytesWritten;
      }
      await file.sync();
    } catch (error) {
      await file
        .truncate(this.end)
        .then(() => file.sync())
        .then(() => (this.dirty = false))
        .catch(() => {}); // still dirty: cut off before the next write
      throw error;
    }
    this.end += bytes.length;
    this.dirty = false;
    this.pendingNewline = false;
  }

  private async openForAppend(): Promise<void> {
    const dir = dirname(this.path);
    await mkdir(dir, { recursive: true });
    const existed = await stat(this.path).then(
      () => true,
      () => false,
    );
    this.file = await open(this.path, 'a', 0o600);
    // A new file's directory entry is only durable once the directory is synced.
    if (!existed) await syncDirectory(dir);
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or sync a directory; NTFS journals the entry itself.
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

function parseLine(text: string): ReportLine | StatusLine | string {
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
  if (line.type === 'report' && typeof line.receivedAt === 'string' && typeof line.report?.idempotencyKey === 'string')
    return value as ReportLine;
  if (line.type === 'status' && isReportStatus(line.status) && typeof line.at === 'string') return value as StatusLine;
  return `unknown record type ${JSON.stringify(line.type)}`;
}

/** Callers get their own copy: changing it must not change the store. */
function copy(report: StoredReport | undefined): StoredReport | undefined {
  return report === undefined ? undefined : structuredClone(report);
}
