// FileReportStore: durability, dedup across restarts, the status log, reading.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FileReportStore } from '../../src/server/file-store.js';
import { copyrightReport, illegalReport, post, scratchDir } from './support/reports.js';

const scratch = scratchDir('folio-file-store-');
after(() => scratch.remove());
let n = 0;
const freshFile = () => `${scratch.dir}/store-${++n}/reports.jsonl`;
const at = (iso: string) => ({ receivedAt: new Date(iso) });

function lines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

describe('FileReportStore', () => {
  test('creates the file (and its folder) on the first save, one JSON line per report', async () => {
    const file = freshFile();
    const store = new FileReportStore(file);
    const report = illegalReport();
    const { id, duplicate } = await store.save(report, at('2026-11-24T10:00:00Z'));
    assert.equal(duplicate, false);
    assert.deepEqual(lines(file), [{ v: 2, type: 'report', id, receivedAt: '2026-11-24T10:00:00.000Z', report }]);
    await store.close();
  });

  test("save resolves only after the line is written and fsync'd; a new file's folder is fsync'd too", async (t) => {
    // Watch every FileHandle's write and sync (the class is not exported: take it from a handle).
    const probe = await open(scratch.file, 'a');
    const proto = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const events: string[] = [];
    const write = proto.write;
    const sync = proto.sync;
    t.mock.method(proto, 'write', function (this: FileHandle, ...args: unknown[]) {
      events.push('write');
      return (write as (...a: unknown[]) => unknown).apply(this, args);
    });
    t.mock.method(proto, 'sync', async function (this: FileHandle) {
      events.push((await this.stat()).isDirectory() ? 'sync folder' : 'sync file');
      return sync.call(this);
    });

    const store = new FileReportStore(freshFile());
    await store.save(illegalReport(), at('2026-11-24T10:00:00Z'));
    events.push('saved');
    await store.save(illegalReport(), at('2026-11-24T10:01:00Z'));
    events.push('saved');
    assert.deepEqual(events, ['sync folder', 'write', 'sync file', 'saved', 'write', 'sync file', 'saved']);
    await store.close();
  });

  test('a new store on the same file knows the old keys (restart dedup)', async () => {
    const file = freshFile();
    const first = new FileReportStore(file);
    const report = illegalReport();
    const { id } = await first.save(report, at('2026-11-24T10:00:00Z'));
    await first.close();

    const second = new FileReportStore(file);
    assert.deepEqual(
      await second.save({ ...report, description: 'retried after a restart' }, at('2026-11-24T10:05:00Z')),
      { id, duplicate: true },
    );
    assert.equal(lines(file).length, 1);
    assert.equal((await second.get(id))?.report.description, report.description);
    await second.close();
  });

  test('concurrent saves of one key in one process yield one line', async () => {
    const file = freshFile();
    const store = new FileReportStore(file);
    const report = illegalReport();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.save(report, at('2026-11-24T10:00:00Z'))));
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(results.filter((r) => !r.duplicate).length, 1);
    assert.equal(lines(file).length, 1);
    await store.close();
  });

  test('status changes are appended as records and survive a restart', async () => {
    const file = freshFile();
    const store = new FileReportStore(file);
    const { id } = await store.save(illegalReport(), at('2026-11-24T10:00:00Z'));
    const updated = await store.setStatus(id, 'reviewing');
    assert.equal(updated?.status, 'reviewing');
    assert.ok(updated?.statusChangedAt);
    await store.setStatus(id, 'actioned');
    assert.equal(await store.setStatus('R-00000000-NOSUCHID', 'rejected'), undefined);
    await assert.rejects(store.setStatus(id, 'bogus' as 'new'), TypeError);
    await store.close();

    const types = lines(file).map((l) => [l.type, l.status]);
    assert.deepEqual(types, [
      ['report', undefined],
      ['status', 'reviewing'],
      ['status', 'actioned'],
    ]);
    const reopened = new FileReportStore(file);
    assert.equal((await reopened.get(id))?.status, 'actioned');
    await reopened.close();
  });

  test('list filters by status, reason and time, newest first, with a limit; get returns copies', async () => {
    const file = freshFile();
    const store = new FileReportStore(file);
    const a = await store.save(illegalReport(), at('2026-11-20T10:00:00Z'));
    const b = await store.save(copyrightReport(), at('2026-11-22T10:00:00Z'));
    const c = await store.save(illegalReport({ reason: 'misinformation' }), at('2026-11-24T10:00:00Z'));
    await store.setStatus(b.id, 'rejected');

    const ids = async (q: Parameters<FileReportStore['list']>[0]) => (await store.list(q)).map((r) => r.id);
    assert.deepEqual(await ids({}), [c.id, b.id, a.id]);
    assert.deepEqual(await ids({ limit: 2 }), [c.id, b.id]);
    assert.deepEqual(await ids({ status: 'new' }), [c.id, a.id]);
    assert.deepEqual(await ids({ status: 'rejected' }), [b.id]);
    assert.deepEqual(await ids({ reason: 'copyright' }), [b.id]);
    assert.deepEqual(await ids({ since: new Date('2026-11-21T00:00:00Z') }), [c.id, b.id]);
    assert.deepEqual(await ids({ until: new Date('2026-11-22T10:00:00Z') }), [a.id]);
    assert.equal(await store.get('nope'), undefined);

    const copy = await store.get(a.id);
    copy!.report.description = 'changed by a caller';
    assert.notEqual((await store.get(a.id))?.report.description, 'changed by a caller');
    await store.close();
  });

  test('a line cut short by a crash is skipped and the next report starts on a line of its own', async () => {
    const file = freshFile();
    const first = new FileReportStore(file);
    const kept = await first.save(illegalReport(), at('2026-11-24T10:00:00Z'));
    await first.close();
    appendFileSync(file, '{"v":1,"type":"report","id":"R-2026'); // the crash

    const warnings: string[] = [];
    const second = new FileReportStore(file, { onBadLine: (line, reason) => warnings.push(`${line}: ${reason}`) });
    const added = await second.save(illegalReport(), at('2026-11-24T11:00:00Z'));
    await second.close();
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^2: /);

    const third = new FileReportStore(file, { onBadLine: () => {} });
    assert.deepEqual(
      (await third.list()).map((r) => r.id),
      [added.id, kept.id],
    );
    await third.close();
  });

  test('a file that cannot be read makes every call fail, not silently forget keys', async () => {
    const dirAsFile = `${scratch.dir}/store-${++n}`;
    writeFileSync(dirAsFile, '');
    const store = new FileReportStore(`${dirAsFile}/reports.jsonl`);
    await assert.rejects(store.save(illegalReport(), at('2026-11-24T10:00:00Z')));
    await assert.rejects(store.save(illegalReport(), at('2026-11-24T10:00:00Z')));
  });

  test('a report acknowledged with 201 is in the file after the server is killed with SIGKILL', async () => {
    const file = freshFile();
    const script = fileURLToPath(new URL('./support/crash-server.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (c: Buffer) => {
          out += c;
          if (out.includes('\n')) resolve(Number(out.trim()));
        });
        child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
      });
      const report = copyrightReport();
      const response = await post(`http://127.0.0.1:${port}/api/reports`, report);
      assert.equal(response.status, 201);
      const { id } = (await response.json()) as { id: string };

      const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL');

      const stored = lines(file);
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.id, id);
      assert.deepEqual(stored[0]!.report, report);
      const reopened = new FileReportStore(file);
      const again = await reopened.save(report, at('2026-11-24T12:00:00Z'));
      assert.deepEqual([again.id, again.duplicate], [id, true]);
      assert.equal(again.fingerprint, stored[0]!.fingerprint, 'the fingerprint survived the kill too');
      await reopened.close();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
