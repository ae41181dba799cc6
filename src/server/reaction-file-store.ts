/// <reference types="node" />
/**
 * The default reactions store: one JSON Lines file, append-only, for a site
 * that runs one server process. Every change that changes something is a line:
 *
 *     {"v":1,"page":"https://…/a.html","kind":"like","reader":"…","on":true,"at":"…","client":"<hmac>"}
 *
 * On open the lines are replayed into memory (per page and kind, the set of
 * readers who have it on), so counts and "already pressed" hold across
 * restarts. A change resolves only once its line is written whole and synced
 * (LineFile): a 2xx from the handler means it is on disk. Changes are queued
 * one after another, so two presses at once by one reader make one line.
 *
 * Compaction: when the log holds more than `compactAfter` lines and at
 * least twice as many as there are reactions on, it is rewritten with one
 * line per reaction on (written beside, synced, renamed over). A compaction
 * that fails (a full disk) leaves the log as it was.
 *
 * `maxBytes` (default 256 MiB) caps the file; past it a change that would add
 * a line throws `StoreFullError` (the handler answers 507), after trying a
 * compaction. One process per file, as for reports; PostgreSQL for several.
 */
import { resolve } from 'node:path';
import { LineFile } from './line-file.js';
import { KIND_PATTERN, READER_PATTERN, topPages } from './reaction-store.js';
import type { PageReactions, ReactionChange, ReactionResult, ReactionStore, ReactionTotal } from './reaction-store.js';
import { StoreFullError } from './store.js';
import { StoreQueue } from './store-queue.js';

interface ReactionLine {
  v: 1;
  page: string;
  kind: string;
  reader: string;
  on: boolean;
  at: string;
  client?: string;
}

export interface FileReactionStoreOptions {
  /** The most bytes the file may take (default 256 MiB). */
  maxBytes?: number;
  /** Lines in the log before a compaction is considered (default 10,000). */
  compactAfter?: number;
  /** Called for lines that cannot be read; they are skipped. Default: console.warn. */
  onBadLine?: (lineNumber: number, reason: string) => void;
}

export class FileReactionStore implements ReactionStore {
  readonly path: string;
  private readonly log: LineFile;
  /** page → kind → reader → the line that turned it on (kept for compaction). */
  private readonly pages = new Map<string, Map<string, Map<string, ReactionLine>>>();
  private lines = 0;
  private live = 0;
  private readonly maxBytes: number;
  private readonly compactAfter: number;
  private readonly onBadLine: (lineNumber: number, reason: string) => void;
  private readonly queue: StoreQueue;

  constructor(path: string, options: FileReactionStoreOptions = {}) {
    this.path = resolve(path);
    this.log = new LineFile(this.path);
    this.maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
    this.compactAfter = options.compactAfter ?? 10_000;
    this.onBadLine =
      options.onBadLine ??
      ((n, reason) => console.warn(`FileReactionStore ${this.path}:${n}: ${reason}; line skipped.`));
    const loaded = this.log.read((text, _offset, _length, n) => {
      const line = parseLine(text);
      if (typeof line === 'string') {
        this.onBadLine(n, line);
        return false;
      }
      this.lines++;
      this.apply(line);
      return true;
    });
    loaded.catch(() => {}); // reported to the first caller
    this.queue = new StoreQueue(loaded, `FileReactionStore ${this.path}`);
  }

  /** Resolves once the existing file has been read. */
  ready(): Promise<void> {
    return this.queue.run(async () => {});
  }

  set(change: ReactionChange): Promise<ReactionResult> {
    return this.queue.run(async () => {
      const readers = this.readers(change.page, change.kind);
      if (readers.has(change.reader) === change.on) return { count: readers.size, changed: false };
      const line: ReactionLine = {
        v: 1,
        page: change.page,
        kind: change.kind,
        reader: change.reader,
        on: change.on,
        at: change.at.toISOString(),
      };
      if (change.clientHash) line.client = change.clientHash;
      const text = JSON.stringify(line);
      if (this.log.size + Buffer.byteLength(text) + 1 > this.maxBytes) {
        await this.rewrite().catch(() => {});
        if (this.log.size + Buffer.byteLength(text) + 1 > this.maxBytes) {
          throw new StoreFullError(`FileReactionStore ${this.path} is full (maxBytes ${this.maxBytes})`);
        }
      }
      await this.log.append(text);
      this.lines++;
      this.apply(line);
      if (this.lines > this.compactAfter && this.lines >= 2 * this.live) {
        // Already durable; a compaction that fails is tried again later.
        await this.rewrite().catch((error) =>
          console.warn(`FileReactionStore ${this.path}: compaction failed (${(error as Error).message}); will retry.`),
        );
      }
      return { count: this.readers(change.page, change.kind).size, changed: true };
    });
  }

  get(page: string, reader?: string): Promise<PageReactions> {
    return this.queue.run(async () => {
      const counts: Record<string, number> = {};
      const mine: string[] = [];
      for (const [kind, readers] of this.pages.get(page) ?? []) {
        if (readers.size) counts[kind] = readers.size;
        if (reader !== undefined && readers.has(reader)) mine.push(kind);
      }
      return reader === undefined ? { counts } : { counts, mine };
    });
  }

  top(limit: number): Promise<ReactionTotal[]> {
    return this.queue.run(async () =>
      topPages(
        [...this.pages].map(([page, kinds]) => [
          page,
          Object.fromEntries([...kinds].filter(([, r]) => r.size).map(([kind, r]) => [kind, r.size])),
        ]),
        limit,
      ),
    );
  }

  /** Rewrites the log with one line per reaction that is on. */
  compact(): Promise<void> {
    return this.queue.run(() => this.rewrite());
  }

  close(): Promise<void> {
    return this.queue.close(() => this.log.close());
  }

  /** Compaction itself, run inside the queue (by `compact` or by a `set`). */
  private async rewrite(): Promise<void> {
    const current: string[] = [];
    for (const kinds of this.pages.values())
      for (const readers of kinds.values()) for (const line of readers.values()) current.push(JSON.stringify(line));
    await this.log.replace(current);
    this.lines = current.length;
  }

  private readers(page: string, kind: string): Map<string, ReactionLine> {
    let kinds = this.pages.get(page);
    if (!kinds) this.pages.set(page, (kinds = new Map()));
    let readers = kinds.get(kind);
    if (!readers) kinds.set(kind, (readers = new Map()));
    return readers;
  }

  private apply(line: ReactionLine): void {
    const readers = this.readers(line.page, line.kind);
    const had = readers.has(line.reader);
    if (line.on) readers.set(line.reader, line);
    else readers.delete(line.reader);
    this.live += Number(line.on) - Number(had);
  }
}

function parseLine(text: string): ReactionLine | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON (cut short by a crash?)';
  }
  const line = value as Partial<ReactionLine> | null;
  if (
    typeof line !== 'object' ||
    line === null ||
    line.v !== 1 ||
    typeof line.page !== 'string' ||
    typeof line.kind !== 'string' ||
    !KIND_PATTERN.test(line.kind) ||
    typeof line.reader !== 'string' ||
    !READER_PATTERN.test(line.reader) ||
    typeof line.on !== 'boolean' ||
    typeof line.at !== 'string'
  )
    return 'not a reaction';
  return line as ReactionLine;
}
