// withRateLimit + MemoryRateLimiter around the reference handler and the file
// store, in one process.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { createClientHasher, reportsSalt } from '../../src/server/client-hash.js';
import { createReportHandler, FileReportStore, hashAddress } from '../../src/server/index.js';
import { MemoryRateLimiter, withRateLimit, type RateLimiter } from '../../src/server/rate-limit.js';
import { illegalReport } from './support/reports.js';
import type { ReportPayload } from '../../src/report/index.js';

const folder = mkdtempSync(join(tmpdir(), 'folio-rate-'));
after(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

let clock = Date.parse('2026-11-24T08:00:00Z');
let store: FileReportStore;
const stores: FileReportStore[] = [];
after(() => Promise.all(stores.map((s) => s.close())));

function limited(options: { perClient?: number; perPage?: number; limiter?: RateLimiter } = {}) {
  store = new FileReportStore(join(folder, `reports-${++files}.jsonl`));
  stores.push(store);
  return withRateLimit(createReportHandler({ store }), {
    limiter: options.limiter ?? new MemoryRateLimiter({ now: () => clock }),
    perClient: options.perClient ?? 1000,
    perPage: options.perPage ?? 1000,
    windowSeconds: 600,
    clientAddress: (request) => request.headers.get('x-client') ?? undefined,
    hashClient: (address) => `hash-of-${address}`,
  });
}

function send(handler: (r: Request) => Promise<Response>, body: ReportPayload, client = '198.51.100.1') {
  return handler(
    new Request('http://localhost/api/reports', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': String(body.idempotencyKey),
        'X-Client': client,
      },
      body: JSON.stringify(body),
    }),
  );
}

beforeEach(() => {
  clock = Date.parse('2026-11-24T08:00:00Z');
});

describe('withRateLimit with MemoryRateLimiter', () => {
  test('the limit+1-th report from one client gets 429 with Retry-After, and is not stored', async () => {
    const handler = limited({ perClient: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await send(handler, illegalReport())).status, 201);
    clock += 100_000; // 100 s into the 600 s window of the first report
    const over = await send(handler, illegalReport());
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('Retry-After'), '500');
    assert.deepEqual(await over.json(), { error: 'rate-limited', retryAfter: 500 });
    assert.equal((await store.list()).length, 3);
    // Another client is not affected.
    assert.equal((await send(handler, illegalReport(), '198.51.100.2')).status, 201);
  });

  test('the window slides: once the oldest report is older than the window, one more is accepted', async () => {
    const handler = limited({ perClient: 2 });
    await send(handler, illegalReport());
    clock += 300_000;
    await send(handler, illegalReport());
    assert.equal((await send(handler, illegalReport())).headers.get('Retry-After'), '300');
    clock += 300_000; // the first report's place expires now
    assert.equal((await send(handler, illegalReport())).status, 201);
    assert.equal((await send(handler, illegalReport())).status, 429);
  });

  test('retries with the same Idempotency-Key spend nothing, and get their id back even at the limit', async () => {
    const handler = limited({ perClient: 2 });
    const first = illegalReport();
    const created = (await (await send(handler, first)).json()) as { id: string };
    for (let i = 0; i < 3; i++) assert.equal((await send(handler, first)).status, 200);
    assert.equal((await send(handler, illegalReport())).status, 201, 'the duplicates did not use up the second place');
    const retry = await send(handler, first);
    assert.equal(retry.status, 200, 'a retry of an accepted report is answered, not refused');
    assert.deepEqual(await retry.json(), { id: created.id, duplicate: true });
    assert.equal((await send(handler, illegalReport())).status, 429);
  });

  test('refused bodies (422, 400) spend nothing', async () => {
    const handler = limited({ perClient: 1 });
    for (let i = 0; i < 3; i++) assert.equal((await send(handler, illegalReport({ description: '' }))).status, 422);
    assert.equal((await send(handler, illegalReport())).status, 201);
  });

  test('per page: past the limit, reports from other clients are stored marked throttled, never refused', async () => {
    const handler = limited({ perPage: 2 });
    const page = { url: 'https://news.example.cn/news/1040.html', title: 'T' };
    assert.equal((await send(handler, illegalReport({ page }), '192.0.2.1')).status, 201);
    assert.equal((await send(handler, illegalReport({ page }), '192.0.2.2')).status, 201);
    const over = await send(handler, illegalReport({ page }), '192.0.2.3');
    assert.equal(over.status, 201);
    const other = { url: 'https://news.example.cn/news/1041.html', title: 'U' };
    assert.equal((await send(handler, illegalReport({ page: other }), '192.0.2.3')).status, 201);
    const marks = (await store.list()).reverse().map((r) => r.throttled === true);
    assert.deepEqual(marks, [false, false, true, false]);
  });

  test('ten reports from one client at the same moment: exactly the limit is accepted', async () => {
    const handler = limited({ perClient: 3 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(handler, illegalReport())));
    assert.deepEqual(answers.map((a) => a.status).sort(), [201, 201, 201, 429, 429, 429, 429, 429, 429, 429]);
    assert.equal((await store.list()).length, 3);
  });

  test('a failing limiter answers 503 and never reaches the store', async () => {
    const handler = limited({ limiter: { reserve: () => Promise.reject(new Error('database down')) } });
    const error = console.error;
    console.error = () => {};
    try {
      const response = await send(handler, illegalReport());
      assert.equal(response.status, 503);
      assert.ok(response.headers.get('Retry-After'));
    } finally {
      console.error = error;
    }
    assert.equal((await store.list()).length, 0);
  });

  test("an oversized chunked body is not read past the limit, gets the handler's 413 and spends nothing", async () => {
    const handler = limited({ perClient: 1 });
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await handler(
      new Request('http://localhost/api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'chunked-key-1', 'X-Client': '198.51.100.1' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    assert.equal(response.status, 413);
    assert.ok(sent < 20, `read ${sent} MiB of 64`);
    assert.equal((await send(handler, illegalReport())).status, 201, 'the refused body spent no place');
  });

  test('other methods pass straight to the handler', async () => {
    const handler = limited({ perClient: 0 });
    assert.equal((await handler(new Request('http://localhost/api/reports'))).status, 405);
  });
});

describe('the client hash', () => {
  test("is the handler's keyed hash, so a stored report and its rate-limit bucket name the same client", async () => {
    const hash = await createClientHasher({ salt: 'a-secret-of-some-length' })('203.0.113.9');
    assert.equal(hash, await hashAddress('203.0.113.9', 'a-secret-of-some-length'));
    assert.match(hash, /^[0-9a-f]{64}$/);
    const other = await createClientHasher({ salt: 'another-secret-of-length' })('203.0.113.9');
    assert.notEqual(hash, other, 'the secret matters');
  });

  test('takes FOLIO_REPORTS_SALT, else one random salt per process with one warning', () => {
    assert.equal(reportsSalt({ env: { FOLIO_REPORTS_SALT: 'from-the-environment' } }), 'from-the-environment');
    const warnings: string[] = [];
    const first = reportsSalt({ env: {}, warn: (m) => warnings.push(m) });
    const second = reportsSalt({ env: {}, warn: (m) => warnings.push(m) });
    assert.equal(first, second, 'stable within the process');
    assert.match(first, /^[0-9a-f]{64}$/);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /FOLIO_REPORTS_SALT is not set/);
  });
});
