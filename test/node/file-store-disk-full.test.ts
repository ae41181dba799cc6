// FileReportStore on a nearly full disk: a tmpfs of 1 MiB that this test
// mounts itself (as root) and fills, so writes really come back short or
// fail with ENOSPC. No file handle is mocked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { illegalReport, post, serve } from './support/reports.js';

const root = process.getuid?.() === 0;
const mountPoint = mkdtempSync(join(tmpdir(), 'folio-tmpfs-'));
const filler = join(mountPoint, 'filler');

before(() => {
  if (root) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mountPoint]);
});
after(() => {
  if (root) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** Fills the disk, then frees `free` bytes (whole pages), so the next larger write comes back short. */
async function fillLeaving(free: number): Promise<void> {
  const handle = await open(filler, 'w');
  let size = 0;
  try {
    for (;;) size += (await handle.write(Buffer.alloc(4096, 0x20))).bytesWritten;
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  }
  await handle.truncate(Math.max(0, size - free));
  await handle.close();
}

/** Every line of the file, each of which must be whole JSON. */
function wholeLines(file: string): Array<{ type: string; id: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('FileReportStore on a nearly full disk', { skip: root ? false : 'mounting a tmpfs needs root' }, () => {
  test('a 2xx means the whole line is on disk; a short write answers 5xx; the next report starts on a fresh line and every id survives a restart', async () => {
    const file = join(mountPoint, 'reports.jsonl');
    const store = new FileReportStore(file, { onBadLine: () => {} });
    const server = await serve(createReportHandler({ store, onError: () => {} }));
    try {
      const first = illegalReport();
      const firstAnswer = await post(server.url, first);
      assert.equal(firstAnswer.status, 201);
      const { id: firstId } = (await firstAnswer.json()) as { id: string };

      // About 12 KB of UTF-8 against 8 KB free: the write is cut short.
      await fillLeaving(8192);
      const cut = illegalReport({ description: '长'.repeat(4000) });
      const cutAnswer = await post(server.url, cut);
      assert.ok(cutAnswer.status >= 500, `a report that did not fit was answered ${cutAnswer.status}`);
      assert.deepEqual(
        wholeLines(file).map((l) => l.id),
        [firstId],
        'no part of the refused report stays in the file',
      );

      unlinkSync(filler); // space is freed
      const next = illegalReport();
      const nextAnswer = await post(server.url, next);
      assert.equal(nextAnswer.status, 201);
      const { id: nextId } = (await nextAnswer.json()) as { id: string };
      const retried = await post(server.url, cut); // the reader's retry, same key
      assert.equal(retried.status, 201, 'the refused report was never stored, so its retry is new');
      const { id: cutId } = (await retried.json()) as { id: string };
      assert.deepEqual(
        wholeLines(file).map((l) => l.id),
        [firstId, nextId, cutId],
      );
    } finally {
      await server.close();
      await store.close();
    }

    const reopened = new FileReportStore(file);
    try {
      const ids = (await reopened.list()).map((r) => r.id);
      assert.equal(ids.length, 3, 'after a restart every acknowledged report is found');
      for (const id of ids) assert.equal((await reopened.get(id))?.id, id);
    } finally {
      await reopened.close();
    }
  });

  test('a file that ends in a cut line (a crash, an older version) is repaired before the next line is written', async () => {
    rmSync(filler, { force: true });
    const file = join(mountPoint, 'cut.jsonl');
    const first = new FileReportStore(file);
    const kept = await first.save(illegalReport(), { receivedAt: new Date() });
    await first.close();
    const whole = statSync(file).size;
    const handle = await open(file, 'a');
    await handle.write('{"v":1,"type":"report","id":"R-2026');
    await handle.close();

    const second = new FileReportStore(file, { onBadLine: () => {} });
    const added = await second.save(illegalReport(), { receivedAt: new Date() });
    await second.close();
    assert.deepEqual(
      wholeLines(file).map((l) => l.id),
      [kept.id, added.id],
      'the cut tail is gone, not kept as a bad line',
    );
    assert.ok(statSync(file).size > whole);
  });
});
