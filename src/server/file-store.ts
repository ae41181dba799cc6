/// <reference types="node" />
/**
 * The default report store: one JSON Lines file, append-only, for a site that
 * runs one server process. Every change is a line (an event log):
 *
 *     {"v":1,"type":"report","id":"R-…","receivedAt":"…","report":{…}}
 *     {"v":1,"type":"status","id":"R-…","status":"reviewing","at":"…"}
 *
 * so the file is never rewritten, and a line is acknowledged only after
 * `fsync`: a report the handler answered 2xx for survives a crash or a power
 * cut. On open the file is read once to rebuild the idempotency-key index, so
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
  /** Set when the file may end without a newline (a crash mid-line, a failed write). */
  private needsNewline = false;
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
    // A crash may have cut the last line short; the next line must not be glued to it.
    const handle = await open(this.path, 'r');
    try {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      this.needsNewline = last[0] !== 0x0a;
    } finally {
      await handle.close();
    }
  }

  private async append(line: ReportLine | StatusLine): Promise<void> {
    if (!this.file) await this.openForAppend();
    const text = (this.needsNewline ? '\n' : '') + JSON.stringify(line) + '\n';
    // Until the write is known complete, a partial line may be on disk.
    this.needsNewline = true;
    await this.file!.write(text);
    await this.file!.sync();
    this.needsNewline = false;
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
