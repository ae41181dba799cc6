// Idempotency means the same request: a retry of a report (same key, same
// body) gets the first id back; the same key with another body (a reader who
// edited the draft after a timeout) is answered 422, as the IETF
// Idempotency-Key draft says, on the file store and on PostgreSQL alike, and
// across a restart.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import type { ReportStore } from '../../src/server/store.js';
import { postgresForTests } from './support/postgres.js';
import { copyrightReport, illegalReport, post, scratchDir, serve } from './support/reports.js';

const scratch = scratchDir('folio-idempotency-');
const postgres = postgresForTests();
after(() => scratch.remove());

const stores: Array<[string, () => Promise<ReportStore>]> = [
  ['the file store', async () => new FileReportStore(`${scratch.dir}/reports.jsonl`)],
  ['PostgreSQL', () => PostgresReportStore.open(postgres.url)],
];

for (const [name, open] of stores) {
  describe(`one Idempotency-Key, one report, on ${name}`, () => {
    test('the same body again is a duplicate: 200 with the first id, even with its keys in another order', async () => {
      const store = await open();
      const server = await serve(createReportHandler({ store }));
      try {
        const report = copyrightReport();
        const first = await post(server.url, report);
        assert.equal(first.status, 201);
        const { id } = (await first.json()) as { id: string };
        const reordered = Object.fromEntries(Object.entries(report).reverse());
        const again = await post(server.url, { ...reordered, description: `  ${report.description}  ` });
        assert.equal(again.status, 200);
        assert.deepEqual(await again.json(), { id, duplicate: true });
      } finally {
        await server.close();
        await store.close?.();
      }
    });

    test('another body under a used key is refused with 422 and stored nowhere, also after a restart', async () => {
      const report = illegalReport();
      const edited = { ...report, description: 'Edited after the timeout: another page, another reason.' };
      for (const round of ['before a restart', 'after a restart']) {
        const store = await open();
        const server = await serve(createReportHandler({ store }));
        try {
          if (round === 'before a restart') assert.equal((await post(server.url, report)).status, 201);
          const reused = await post(server.url, edited);
          assert.equal(reused.status, 422, round);
          const body = (await reused.json()) as { code: string; error: string };
          assert.equal(body.code, 'idempotency-key-reused');
          assert.match(body.error, /Idempotency-Key/);
          const stored = await store.list();
          assert.equal(stored.filter((r) => r.report.idempotencyKey === report.idempotencyKey).length, 1);
          assert.ok(!stored.some((r) => r.report.description === edited.description), round);
        } finally {
          await server.close();
          await store.close?.();
        }
      }
    });
  });
}
