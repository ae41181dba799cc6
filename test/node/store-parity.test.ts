// PostgreSQL and the file store accept the same reports: NUL and lone
// surrogates (which PostgreSQL's jsonb cannot hold, while a file can) are
// refused with 422 at validation, the same for both; and when a store does
// fail, the log names the error, never the report's text.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import type { ReportStore } from '../../src/server/store.js';
import { postgresForTests } from './support/postgres.js';
import { illegalReport, post, report, scratchDir, serve } from './support/reports.js';

const scratch = scratchDir('folio-parity-');
const postgres = postgresForTests();
after(() => scratch.remove());

const SECRET_TEXT = 'Private words of the reader 7f3k';
const bodies: Array<[string, Record<string, unknown>]> = [
  ['NUL in the description', { description: `${SECRET_TEXT}\u0000` }],
  ['NUL in the title', { page: { url: 'https://news.example.cn/news/1040.html', title: 'a\u0000b' } }],
  ['NUL in the URL', { page: { url: 'https://news.example.cn/news/\u0000.html', title: '' } }],
  ['a lone high surrogate', { description: `${SECRET_TEXT}\ud800` }],
  ['a lone low surrogate in the title', { page: { url: 'https://news.example.cn/news/1040.html', title: 'x\udc00' } }],
  ['a NUL in the contact name', { contact: { name: 'a\u0000', email: '' } }],
];

const stores: Array<[string, () => Promise<ReportStore>]> = [
  ['the file store', async () => new FileReportStore(`${scratch.dir}/reports.jsonl`)],
  ['PostgreSQL', () => PostgresReportStore.open(postgres.url)],
];

describe('the same reports on both stores', () => {
  test('NUL and lone surrogates: 422 at the same field on both stores, nothing stored', async () => {
    const answers: Record<string, string[]> = {};
    for (const [name, open] of stores) {
      const store = await open();
      const server = await serve(createReportHandler({ store }));
      try {
        for (const [what, overrides] of bodies) {
          const response = await post(server.url, illegalReport(overrides));
          const body = (await response.json()) as { errors?: Record<string, string> };
          (answers[what] ??= []).push(`${response.status} ${Object.keys(body.errors ?? {}).join(',')}`);
        }
        assert.equal((await store.list()).length, 0, `${name} stored nothing`);
      } finally {
        await server.close();
        await store.close?.();
      }
    }
    for (const [what, [file, database]] of Object.entries(answers)) {
      assert.equal(file, database, what);
      assert.match(file!, /^422 /, what);
    }
    assert.deepEqual(answers['NUL in the URL'], ['422 page.url', '422 page.url']);
  });

  test('when PostgreSQL refuses a report, the log says why without quoting the report', async () => {
    const store = await PostgresReportStore.open(postgres.url);
    // Past validation (a store used directly), PostgreSQL refuses the NUL and its error quotes the JSON.
    const refusal = await store
      .save({ ...report(), description: `${SECRET_TEXT}\u0000` }, { receivedAt: new Date() })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    assert.ok(refusal, 'PostgreSQL refuses NUL in jsonb');
    const failing: ReportStore = {
      save: () => Promise.reject(refusal),
      get: (id) => store.get(id),
      list: (query) => store.list(query),
      setStatus: (id, status) => store.setStatus(id, status),
    };
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) =>
      logged.push(args.map((a) => (a instanceof Error ? `${a.stack} ${JSON.stringify(a)}` : String(a))).join(' '));
    const server = await serve(createReportHandler({ store: failing }));
    try {
      const response = await post(server.url, illegalReport({ description: SECRET_TEXT }));
      assert.equal(response.status, 500);
      assert.doesNotMatch(await response.text(), /7f3k|Private/);
    } finally {
      console.error = error;
      await server.close();
      await store.close();
    }
    assert.equal(logged.length, 1);
    assert.doesNotMatch(logged[0]!, /7f3k|Private words/, 'the log holds no report text');
    assert.match(logged[0]!, /22P05|unsupported Unicode/, 'it says what failed');
  });
});
