// FileReactionStore on a full disk: a 1 MiB tmpfs this test mounts (as root)
// and fills. A change that cannot be written whole is answered 5xx and
// counted nowhere; the next one after space returns starts on a fresh line,
// and a restart finds exactly the acknowledged changes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createReactionHandler } from '../../src/server/reaction-handler.js';
import { FileReactionStore } from '../../src/server/reaction-file-store.js';
import { serve } from './support/reports.js';

const root = process.getuid?.() === 0;
const mountPoint = mkdtempSync(join(tmpdir(), 'folio-tmpfs-reactions-'));
const filler = join(mountPoint, 'filler');
const SITE = 'https://news.example.cn';
// Lines of about 2.2 KB: the second one overruns the file's first 4 KiB page, so it needs a page the full disk does not have (written in part, then ENOSPC).
const PAGE = `${SITE}/${'a'.repeat(2000)}`;

before(() => {
  if (root) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mountPoint]);
});
after(() => {
  if (root) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

async function fill(): Promise<void> {
  const handle = await open(filler, 'w');
  try {
    for (;;) await handle.write(Buffer.alloc(4096, 0x20));
  } catch (error) {
    assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
  } finally {
    await handle.close();
  }
}

test(
  'a full disk answers 500, counts nothing, and every acknowledged press survives a restart',
  { skip: root ? false : 'mounting a tmpfs needs root' },
  async () => {
    const file = join(mountPoint, 'reactions.jsonl');
    const store = new FileReactionStore(file);
    const server = await serve(createReactionHandler({ store, pageOrigins: [SITE], onError: () => {} }));
    const url = server.url.replace('/api/reports', '/api/reactions');
    const press = (n: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page: PAGE, kind: 'like', reader: `reader-${String(n).padStart(12, '0')}` }),
      });
    try {
      assert.equal((await press(1)).status, 200);
      await fill();
      const refused = await press(2);
      assert.equal(refused.status, 500);
      assert.equal(((await refused.json()) as { error: string }).error.includes('Nothing changed'), true);
      unlinkSync(filler);
      const third = await press(3);
      assert.equal(third.status, 200);
      assert.equal(((await third.json()) as { count: number }).count, 2);
    } finally {
      await server.close();
      await store.close();
    }
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    for (const line of lines) JSON.parse(line);
    const reopened = new FileReactionStore(file);
    assert.deepEqual(await reopened.get(PAGE), { counts: { like: 2 } });
    await reopened.close();
  },
);
