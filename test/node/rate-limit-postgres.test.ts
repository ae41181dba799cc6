// Rate limits kept in PostgreSQL hold across server processes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { post, illegalReport } from './support/reports.js';
import { startReportServer, type ReportServer } from './support/servers.js';

let server: TestPostgres;
let url: string;
let servers: ReportServer[] = [];

before(async () => {
  server = await startPostgres();
  const admin = new pg.Client(server.url);
  await admin.connect();
  await admin.query('CREATE DATABASE limits');
  await admin.end();
  url = server.url.replace(/\/postgres$/, '/limits');
  servers = await Promise.all(
    [0, 1].map(() =>
      startReportServer({ FOLIO_REPORTS_DATABASE_URL: url, PER_CLIENT: '3', PER_PAGE: '1000', WINDOW_SECONDS: '600' }),
    ),
  );
});
after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  server?.stop();
});

const from = (client: string) => ({ 'X-Forwarded-For': `${client}, 10.0.0.1` });

describe('two server processes sharing the PostgreSQL limits', () => {
  test('the 4th report from one client gets 429 with Retry-After, from either process', async () => {
    const [a, b] = servers as [ReportServer, ReportServer];
    const accepted = [];
    for (const target of [a, b, a]) {
      const body = illegalReport();
      const response = await post(target.url, body, from('198.51.100.7'));
      assert.equal(response.status, 201);
      accepted.push({ body, id: ((await response.json()) as { id: string }).id });
    }
    for (const target of [b, a]) {
      const over = await post(target.url, illegalReport(), from('198.51.100.7'));
      assert.equal(over.status, 429);
      const retryAfter = Number(over.headers.get('Retry-After'));
      assert.ok(retryAfter > 590 && retryAfter <= 600, `Retry-After ${retryAfter}`);
      assert.deepEqual(await over.json(), { error: 'rate-limited', retryAfter });
    }
    // A retry of an accepted report is answered with its id, through either server.
    const retry = await post(b.url, accepted[0]!.body, from('198.51.100.7'));
    assert.equal(retry.status, 200);
    assert.equal(((await retry.json()) as { id: string }).id, accepted[0]!.id);
    // Another client still gets through.
    assert.equal((await post(b.url, illegalReport(), from('198.51.100.8'))).status, 201);
  });

  test('twelve reports from one client at once over both processes: exactly 3 accepted', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => post(servers[i % 2]!.url, illegalReport(), from('203.0.113.50'))),
    );
    const statuses = answers.map((a) => a.status).sort();
    assert.deepEqual(statuses, [201, 201, 201, ...Array(9).fill(429)]);
  });
});

describe('PostgresRateLimiter', () => {
  test('places expire after the window, on the database clock', async () => {
    const store = await PostgresReportStore.open(url);
    const limiter = store.rateLimiter();
    const bucket = [{ key: 'client:expiry-test', limit: 1 }];
    const first = await limiter.reserve(bucket, 'key-1', 1);
    assert.equal(first.allowed, true);
    const blocked = await limiter.reserve(bucket, 'key-2', 1);
    assert.deepEqual(blocked, { allowed: false, retryAfter: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await limiter.reserve(bucket, 'key-2', 1)).allowed, true);
    await store.close();
  });

  test('a released place is free again; a token holding a place takes no second one', async () => {
    const store = await PostgresReportStore.open(url);
    const limiter = store.rateLimiter();
    const buckets = [
      { key: 'client:release-test', limit: 1 },
      { key: 'page:release-test', limit: 5 },
    ];
    const first = await limiter.reserve(buckets, 'key-a', 60);
    assert.ok(first.allowed);
    assert.equal((await limiter.reserve(buckets, 'key-a', 60)).allowed, true, 'the same token again');
    assert.equal((await limiter.reserve(buckets, 'key-b', 60)).allowed, false);
    await first.release();
    const count = await store.pool.query(
      "SELECT count(*)::int AS n FROM report_rate_limits WHERE bucket LIKE '%release-test'",
    );
    assert.equal(count.rows[0].n, 0, 'both buckets gave the place back');
    assert.equal((await limiter.reserve(buckets, 'key-b', 60)).allowed, true);
    await store.close();
  });
});
