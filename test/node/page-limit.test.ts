// The per-page limit counts one page once, however its URL is spelled, and
// cannot be used to silence a page: past it, reports are stored marked
// `throttled` (and answered as any other), never refused.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { normalizePageUrl } from '../../src/report/index.js';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import { MemoryRateLimiter, withRateLimit } from '../../src/server/rate-limit.js';
import type { ReportStore } from '../../src/server/store.js';
import { postgresForTests } from './support/postgres.js';
import { illegalReport, post, scratchDir, serve } from './support/reports.js';

const PAGE = 'https://news.example.cn/news/1040.html';
const SPELLINGS = [
  PAGE,
  'https://NEWS.example.cn/news/1040.html',
  'HTTPS://news.example.cn/news/1040.html',
  'https://news.example.cn:443/news/1040.html',
  'https://news.example.cn/news/1040.html?',
  'https://news.example.cn/news/1040.html#comments',
  'https://news.example.cn/%6Eews/1040.html',
  'https://news.example.cn/news/1040%2Ehtml',
  'https://News.Example.CN:443/%6eews/1040.html?#x',
];

const scratch = scratchDir('folio-page-limit-');
const postgres = postgresForTests();
after(() => scratch.remove());

test('normalizePageUrl: one URL for every spelling of a page; queries and paths otherwise kept', () => {
  assert.deepEqual(new Set(SPELLINGS.map(normalizePageUrl)), new Set([PAGE]));
  assert.equal(normalizePageUrl('https://a.example/x?b=%2f&c=%7E'), 'https://a.example/x?b=%2F&c=~');
  assert.equal(normalizePageUrl('http://a.example:80/'), 'http://a.example/');
  assert.notEqual(normalizePageUrl('https://a.example/x?id=1'), normalizePageUrl('https://a.example/x?id=2'));
});

const stores: Array<[string, () => Promise<ReportStore>]> = [
  ['the file store', async () => new FileReportStore(`${scratch.dir}/reports-${Date.now()}.jsonl`)],
  ['PostgreSQL', () => PostgresReportStore.open(postgres.url)],
];

for (const [name, open] of stores) {
  describe(`the page limit on ${name}`, () => {
    test('nine spellings of one page from nine readers: one bucket, stored under one URL; past the limit, stored and marked throttled', async () => {
      const store = await open();
      let address = '';
      const clientAddress = () => address;
      const handler = withRateLimit(createReportHandler({ store, clientAddress }), {
        limiter: new MemoryRateLimiter(),
        perClient: 100,
        perPage: 2,
        windowSeconds: 3600,
        clientAddress,
      });
      const server = await serve(handler);
      try {
        const ids: string[] = [];
        for (const [i, url] of SPELLINGS.entries()) {
          address = `192.0.2.${i}`;
          const response = await post(server.url, illegalReport({ page: { url, title: '' } }));
          assert.equal(response.status, 201, `${url}: a reader is never refused because of others`);
          ids.push(((await response.json()) as { id: string }).id);
        }
        const stored = await Promise.all(ids.map(async (id) => (await store.get(id))!));
        assert.deepEqual(new Set(stored.map((r) => r.report.page.url)), new Set([PAGE]));
        assert.deepEqual(
          stored.map((r) => r.throttled === true),
          [false, false, true, true, true, true, true, true, true],
        );
        const listed = await store.list({ limit: 1 });
        assert.equal(listed[0]!.throttled, true, 'list says so too');
      } finally {
        await server.close();
        await store.close?.();
      }
    });
  });
}
