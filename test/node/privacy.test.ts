// Privacy by default: client addresses are stored as a keyed HMAC, never
// hashed without a secret; the demo makes its own secret; a report can be
// deleted (and reports past a retention period), from the file store and
// from PostgreSQL, files and all.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { createClientHasher, reportsSalt } from '../../src/server/client-hash.js';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import type { ReportStore } from '../../src/server/store.js';
import { postgresForTests } from './support/postgres.js';
import { copyrightReport, illegalReport, post, scratchDir, serve } from './support/reports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = scratchDir('folio-privacy-');
const SECRET = 'a-site-secret-of-at-least-32-chars';
const postgres = postgresForTests();
after(() => scratch.remove());
let n = 0;

describe('client addresses are stored as a keyed HMAC', () => {
  test('the stored hash is HMAC-SHA-256 of the normalized address under the site secret, not a plain SHA-256', async () => {
    const store = new FileReportStore(`${scratch.dir}/hmac-${++n}.jsonl`);
    const server = await serve(createReportHandler({ store, clientAddress: () => '203.0.113.9', addressSalt: SECRET }));
    try {
      const { id } = (await (await post(server.url, illegalReport())).json()) as { id: string };
      const stored = (await store.get(id))!.clientAddressHash;
      assert.equal(stored, createHmac('sha256', SECRET).update('203.0.113.9').digest('hex'));
      assert.notEqual(stored, createHash('sha256').update(`${SECRET}\u0000203.0.113.9`).digest('hex'));
      assert.equal(
        stored,
        await createClientHasher({ salt: SECRET })('203.0.113.9'),
        'the rate limiter names it the same',
      );
    } finally {
      await server.close();
      await store.close();
    }
  });

  test('without a secret, addresses are hashed with a random one and a loud warning, once; a weak secret refuses to start', async () => {
    const warnings: string[] = [];
    const env = {};
    const first = reportsSalt({ env, warn: (m) => warnings.push(m) });
    const again = reportsSalt({ env, warn: (m) => warnings.push(m) });
    assert.equal(first, again);
    assert.match(first, /^[0-9a-f]{64}$/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /FOLIO_REPORTS_SALT/);

    const store = new FileReportStore(`${scratch.dir}/nosecret-${++n}.jsonl`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const server = await serve(createReportHandler({ store, clientAddress: () => '127.0.0.1' }));
      const { id } = (await (await post(server.url, illegalReport())).json()) as { id: string };
      await server.close();
      const stored = (await store.get(id))!.clientAddressHash!;
      assert.notEqual(stored, createHash('sha256').update('\u0000127.0.0.1').digest('hex'), 'never an unkeyed hash');
      assert.notEqual(stored, createHmac('sha256', '').update('127.0.0.1').digest('hex'));
    } finally {
      console.warn = warn;
      await store.close();
    }
    for (const weak of ['', 'pepper', 'short-secret']) {
      assert.throws(() => createReportHandler({ store, clientAddress: () => '127.0.0.1', addressSalt: weak }), /16/);
      assert.throws(() => createClientHasher({ salt: weak }), /16/);
    }
  });

  test('a secret kept in a file: made at random (mode 0600) on the first start, read on the next', () => {
    const file = join(scratch.dir, `secret-${++n}`, 'reports-secret');
    const made = reportsSalt({ env: {}, file });
    assert.match(made, /^[0-9a-f]{64}$/);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(reportsSalt({ env: {}, file }), made);
    assert.equal(reportsSalt({ env: { FOLIO_REPORTS_SALT: SECRET }, file }), SECRET, 'the environment wins');
  });
});

const stores: Array<[string, () => Promise<ReportStore>, () => string[]]> = [
  [
    'the file store',
    async () => new FileReportStore(join(scratch.dir, 'delete', 'reports.jsonl')),
    () => ['--file', join(scratch.dir, 'delete', 'reports.jsonl')],
  ],
  ['PostgreSQL', () => PostgresReportStore.open(postgres.url), () => ['--database-url', postgres.url]],
];

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

for (const [name, open, flags] of stores) {
  describe(`deleting reports from ${name}`, () => {
    test('folio-reports delete removes a report, its text and its files, for good; an unknown id exits 1', async () => {
      const claim = copyrightReport();
      claim.description = 'Personal text that must go: 李雷, +86 10 1234 5678.';
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 9)]).toString('base64');
      claim.claim!.attachments = [{ name: 'proof.pdf', type: 'application/pdf', data: pdf }];
      let store = await open();
      const gone = await store.save(claim, { receivedAt: new Date(), clientAddressHash: 'c'.repeat(64) });
      const kept = await store.save(illegalReport(), { receivedAt: new Date() });
      await store.close?.();

      const deleted = cli(['delete', gone.id, ...flags()]);
      assert.equal(deleted.code, 0, deleted.err);
      assert.match(deleted.out, new RegExp(`${gone.id}: deleted`));
      assert.equal(cli(['delete', 'R-20260101-NOTHERE0', ...flags()]).code, 1);

      store = await open();
      try {
        assert.equal(await store.get(gone.id), undefined);
        assert.deepEqual(
          (await store.list()).map((r) => r.id).filter((id) => id === gone.id || id === kept.id),
          [kept.id],
        );
        if (store instanceof FileReportStore) {
          assert.ok(!readFileSync(store.path, 'utf8').includes('Personal text'), 'not in the file any more');
          const files = existsSync(store.attachmentsPath) ? readdirSync(store.attachmentsPath) : [];
          assert.ok(!files.some((f) => f.startsWith(gone.id)), 'its files are gone');
        } else {
          const { rows } = await (store as PostgresReportStore).pool.query(
            "SELECT count(*)::int AS n FROM reports WHERE payload::text LIKE '%Personal text%'",
          );
          assert.equal(rows[0].n, 0);
        }
        // The store still works, and still knows the report it kept.
        assert.equal((await store.get(kept.id))?.id, kept.id);
        const next = await store.save(illegalReport(), { receivedAt: new Date() });
        assert.equal((await store.get(next.id))?.id, next.id);
      } finally {
        await store.close?.();
      }
    });

    test('folio-reports delete --older-than DAYS removes what is past the retention period', async () => {
      let store = await open();
      const old = await store.save(illegalReport(), { receivedAt: new Date(Date.now() - 400 * 86_400_000) });
      const recent = await store.save(illegalReport(), { receivedAt: new Date(Date.now() - 10 * 86_400_000) });
      await store.close?.();
      const result = cli(['delete', '--older-than', '365', ...flags()]);
      assert.equal(result.code, 0, result.err);
      store = await open();
      try {
        assert.equal(await store.get(old.id), undefined);
        assert.equal((await store.get(recent.id))?.id, recent.id);
      } finally {
        await store.close?.();
      }
      assert.equal(cli(['delete', ...flags()]).code, 2, 'delete without ids or --older-than deletes nothing');
    });
  });
}
