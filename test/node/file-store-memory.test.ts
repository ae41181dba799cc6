// FileReportStore keeps an index in memory, not the reports: attachments are
// stored apart from the line, `list` reads only the reports it returns (with
// their files' sizes), `get` reads one report with its files, and a cap on
// the store's size keeps a flood from filling the disk.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import type { ReportPayload } from '../../src/report/index.js';
import { copyrightReport, illegalReport, post, scratchDir, serve } from './support/reports.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const scratch = scratchDir('folio-store-memory-');
after(() => scratch.remove());
let n = 0;
const freshFile = () => `${scratch.dir}/store-${++n}/reports.jsonl`;
const MIB = 1024 * 1024;

/** A PNG's signature, then `size - 8` random bytes: a file of its own, not shared with any other. */
function pngOf(size: number): string {
  const bytes = randomBytes(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes.toString('base64');
}

function claimWithFiles(sizes: number[]): ReportPayload {
  const report = copyrightReport();
  report.claim!.attachments = sizes.map((size, i) => ({ name: `scan-${i}.png`, type: 'image/png', data: pngOf(size) }));
  return report;
}

/** The JavaScript heap and what lives outside it (Node keeps large base64 strings as external strings). */
function heapUsed(): number {
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

describe('FileReportStore keeps an index in memory', () => {
  test('attachments are stored apart from the line; list gives their sizes, get their data', async () => {
    const file = freshFile();
    const store = new FileReportStore(file);
    const report = claimWithFiles([1000, 2000]);
    const { id } = await store.save(report, { receivedAt: new Date('2026-11-24T10:00:00Z') });
    const line = readFileSync(file, 'utf8');
    for (const attachment of report.claim!.attachments!)
      assert.ok(!line.includes(attachment.data.slice(0, 100)), 'the line holds no attachment data');

    const [listed] = await store.list();
    assert.deepEqual(listed!.report.claim!.attachments, [
      { name: 'scan-0.png', type: 'image/png', bytes: 1000 },
      { name: 'scan-1.png', type: 'image/png', bytes: 2000 },
    ]);
    assert.deepEqual((await store.get(id))!.report, report);
    await store.close();
    const reopened = new FileReportStore(file);
    assert.deepEqual((await reopened.get(id))!.report, report, 'and after a restart');
    await reopened.close();
  });

  test('memory grows with the number of reports, not with their files, before and after a restart', async () => {
    const file = freshFile();
    const before = heapUsed();
    const store = new FileReportStore(file);
    // 8 reports with three files of 2 MiB each: 48 MiB of files, 64 MiB as base64 text.
    for (let i = 0; i < 8; i++)
      await store.save(claimWithFiles([2 * MIB, 2 * MIB, 2 * MIB]), { receivedAt: new Date() });
    const afterSaving = heapUsed() - before;
    assert.ok(afterSaving < 8 * MIB, `the store holds ${(afterSaving / MIB).toFixed(1)} MiB after saving`);
    await store.close();

    const reopened = new FileReportStore(file);
    const [newest] = await reopened.list({ limit: 1 });
    assert.equal(newest!.report.claim!.attachments!.length, 3);
    const afterReopening = heapUsed() - before;
    assert.ok(afterReopening < 8 * MIB, `the reopened store holds ${(afterReopening / MIB).toFixed(1)} MiB`);
    await reopened.close();
  });

  test('past maxBytes new reports are refused with 507 and nothing is written; reviewing goes on', async () => {
    const file = freshFile();
    const store = new FileReportStore(file, { maxBytes: 64 * 1024 });
    const server = await serve(createReportHandler({ store, onError: () => {} }));
    try {
      const first = await post(server.url, illegalReport());
      assert.equal(first.status, 201);
      const { id } = (await first.json()) as { id: string };
      const size = readFileSync(file).length;
      const full = await post(server.url, claimWithFiles([100 * 1024]));
      assert.equal(full.status, 507);
      assert.match(((await full.json()) as { error: string }).error, /full/);
      assert.equal(readFileSync(file).length, size);
      assert.equal((await store.setStatus(id, 'reviewing'))?.status, 'reviewing');
    } finally {
      await server.close();
      await store.close();
    }
  });
});
