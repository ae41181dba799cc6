/// <reference types="node" />
/**
 * An append-only file of whole lines, the durable part of the file stores
 * (reports and reactions): each line is written in full and `fsync`ed before
 * `append` resolves; a write that fails or comes back short (a full disk) is
 * cut off again before the error is thrown (or, if even that fails, before
 * the next write), so the next line starts where the last whole line ended.
 * On `read`, a last line without its newline is kept when it is a whole
 * record (it is ended before the next write) and cut off otherwise: a write
 * that a crash cut short.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

export class LineFile {
  private file: FileHandle | undefined;
  /** Where the last whole line ends: the file is cut back to it before the next write whenever `dirty`. */
  private end = 0;
  /** Set when the file may hold more than its whole lines (a failed write that could not be cut off yet). */
  private dirty = false;
  /** Set when the file ends in a whole record without its newline: the next write begins with one. */
  private pendingNewline = false;

  constructor(readonly path: string) {}

  /** The bytes of the whole lines. */
  get size(): number {
    return this.end;
  }

  /**
   * Reads the existing file (none is fine) line by line. `onLine` gets each
   * non-blank line's text, first byte, length and number, and returns whether
   * it is a whole record (only asked of the last line, to tell a record that
   * lost its newline from a write cut short).
   */
  async read(onLine: (text: string, offset: number, length: number, lineNumber: number) => boolean): Promise<void> {
    let size: number;
    try {
      size = (await stat(this.path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let n = 0;
    let end = 0;
    for await (const { bytes, offset } of readLines(this.path)) {
      n++;
      const text = bytes.toString('utf8');
      const complete = offset + bytes.length < size; // followed by a newline
      if (complete) end = offset + bytes.length + 1;
      if (text.trim() === '') continue;
      const whole = onLine(text, offset, bytes.length, n);
      if (!complete && whole) {
        // A whole record that lost only its newline: keep it, and end it before the next write.
        end = size;
        this.pendingNewline = true;
      }
    }
    this.end = end;
    // A tail without its newline that is not a whole record is a write a crash cut short: cut it off first.
    this.dirty = end < size;
  }

  /**
   * Appends one line and syncs it; resolves to its offset. Resolves only when
   * every byte is written and synced; on any failure the partial line is cut
   * off (or, if even that fails, before the next write) and the error is thrown.
   */
  async append(text: string): Promise<number> {
    if (!this.file) await this.openForAppend();
    const file = this.file!;
    if (this.dirty) {
      await file.truncate(this.end);
      await file.sync();
      this.dirty = false;
    }
    const newline = this.pendingNewline ? '\n' : '';
    const bytes = Buffer.from(`${newline}${text}\n`);
    this.dirty = true;
    try {
      await writeAll(file, bytes);
      await file.sync();
    } catch (error) {
      await file
        .truncate(this.end)
        .then(() => file.sync())
        .then(() => (this.dirty = false))
        .catch(() => {}); // still dirty: cut off before the next write
      throw error;
    }
    const offset = this.end + newline.length;
    this.end += bytes.length;
    this.dirty = false;
    this.pendingNewline = false;
    return offset;
  }

  /**
   * Replaces the whole file with `lines` (compaction): written beside it,
   * synced, then renamed over it, so a crash leaves either file whole. On
   * failure (a full disk) the old file stays, untouched.
   */
  async replace(lines: Iterable<string>): Promise<void> {
    const temporary = `${this.path}.compacting`;
    let size = 0;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const handle = await open(temporary, 'w', 0o600);
      try {
        for (const line of lines) {
          const bytes = Buffer.from(`${line}\n`);
          await writeAll(handle, bytes);
          size += bytes.length;
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      await this.file?.close();
      this.file = undefined;
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => {});
      throw error;
    }
    await syncDirectory(dirname(this.path));
    this.end = size;
    this.dirty = false;
    this.pendingNewline = false;
  }

  async close(): Promise<void> {
    await this.file?.close();
    this.file = undefined;
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

/** Writes all of `bytes` at the handle's position (the end, in append mode): a full disk may take only part at a time. */
export async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let written = 0; written < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten === 0) throw new Error('the disk took no more bytes');
    written += bytesWritten;
  }
}

/** The file's lines (without their newline) and where each begins, read in chunks: no line is held longer than it is read. */
async function* readLines(path: string): AsyncGenerator<{ bytes: Buffer; offset: number }> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      const part = chunk.subarray(start, newline);
      const bytes = pendingLength ? Buffer.concat([...pending, part]) : part;
      yield { bytes, offset };
      offset += bytes.length + 1;
      pending = [];
      pendingLength = 0;
      start = newline + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
    }
  }
  if (pendingLength) yield { bytes: Buffer.concat(pending), offset };
}

export async function syncDirectory(dir: string): Promise<void> {
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
