// The reference endpoint over real HTTP: node:http + toNodeListener on 127.0.0.1.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, beforeEach, describe, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler, type ReportHandlerOptions } from '../../src/server/handler.js';
import { toNodeListener } from '../../src/server/node.js';
import type { ReportStore } from '../../src/server/store.js';
import { copyrightReport, illegalReport, post, scratchDir, serve, type RunningServer } from './support/reports.js';

const scratch = scratchDir('folio-handler-');
after(() => scratch.remove());

let n = 0;
let store: FileReportStore;
let file: string;
let server: RunningServer;

async function start(options: Partial<ReportHandlerOptions> = {}): Promise<void> {
  await server?.close();
  server = await serve(createReportHandler({ store, ...options }));
}

function reportLines(): Array<{ type: string; id: string; report: { idempotencyKey: string } }> {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((line) => line.type === 'report');
}

beforeEach(async () => {
  file = `${scratch.dir}/reports-${++n}.jsonl`;
  store = new FileReportStore(file);
  server = await serve(createReportHandler({ store }));
});

afterEach(async () => {
  await server.close();
  await store.close();
});

describe('accepting reports', () => {
  test('a valid report is answered 201 with an id and stored once, normalized', async () => {
    const report = illegalReport({ description: '  有违法内容  ' });
    const response = await post(server.url, report);
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { id } = (await response.json()) as { id: string };
    assert.match(id, /^R-\d{8}-[0-9A-Z]{8}$/);
    const lines = reportLines();
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.id, id);
    const stored = await store.get(id);
    assert.equal(stored?.report.description, '有违法内容');
    assert.equal(stored?.status, 'new');
  });

  test('a full copyright claim is accepted with its claim', async () => {
    const report = copyrightReport();
    const response = await post(server.url, report);
    assert.equal(response.status, 201);
    const { id } = (await response.json()) as { id: string };
    assert.deepEqual((await store.get(id))?.report.claim, report.claim);
  });

  test('Content-Type with charset=utf-8 is fine', async () => {
    const response = await post(server.url, illegalReport(), {
      'Content-Type': 'application/json; charset=UTF-8',
    });
    assert.equal(response.status, 201);
  });

  test("a site's own reasons replace the built-in ones", async () => {
    await start({ reasons: ['spam', 'other'] });
    assert.equal((await post(server.url, illegalReport({ reason: 'spam' }))).status, 201);
    const refused = await post(server.url, illegalReport({ reason: 'illegal' }));
    assert.equal(refused.status, 422);
    assert.deepEqual(Object.keys(((await refused.json()) as { errors: object }).errors), ['reason']);
  });

  test('the client address is stored only as a salted hash', async () => {
    await start({ clientAddress: () => '203.0.113.9', addressSalt: 'pepper-and-more-pepper' });
    const { id } = (await (await post(server.url, illegalReport())).json()) as { id: string };
    const stored = await store.get(id);
    assert.match(stored?.clientAddressHash ?? '', /^[0-9a-f]{64}$/);
    assert.ok(!readFileSync(file, 'utf8').includes('203.0.113.9'));
  });
});

describe('refusing reports', () => {
  test('an invalid report is answered 422 with a message per field, and nothing is stored', async () => {
    const report = copyrightReport();
    report.contact.email = 'not-an-address';
    report.claim!.goodFaith = false as true;
    report.claim!.work.url = 'javascript:alert(1)';
    const response = await post(server.url, { ...report, description: '' });
    assert.equal(response.status, 422);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { errors } = (await response.json()) as { errors: Record<string, string> };
    assert.deepEqual(Object.keys(errors).sort(), ['claim.goodFaith', 'claim.work.url', 'contact.email', 'description']);
    assert.equal(errors['contact.email'], 'Your e-mail address is not a valid e-mail address.');
    assert.equal(errors.description, 'The description is required.');
    assert.equal(reportLines().length, 0);
  });

  test('a body whose idempotencyKey differs from the header is answered 422 at idempotencyKey', async () => {
    const response = await post(server.url, illegalReport(), { 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(response.status, 422);
    assert.deepEqual(Object.keys(((await response.json()) as { errors: object }).errors), ['idempotencyKey']);
    assert.equal(reportLines().length, 0);
  });

  test('no Idempotency-Key header is answered 400', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(illegalReport()),
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: string }).error, /Idempotency-Key/);
  });

  test('malformed JSON is answered 400', async () => {
    const key = crypto.randomUUID();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: '{"reason": "illegal",',
    });
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: string }).error, /JSON/);
  });

  test('a body that is not UTF-8 is answered 400', async () => {
    const key = crypto.randomUUID();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    assert.equal(response.status, 400);
  });

  test('a wrong content type is answered 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
      const response = await post(server.url, illegalReport(), { 'Content-Type': type });
      assert.equal(response.status, 415, type);
    }
    assert.equal(reportLines().length, 0);
  });

  test('other methods are answered 405 with Allow', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await fetch(server.url, { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'POST');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
  });

  test('a CSRF check that fails is answered 403; one that passes lets the report in', async () => {
    await start({ checkCsrf: (token) => token === 's3cret' });
    assert.equal((await post(server.url, illegalReport())).status, 403);
    assert.equal((await post(server.url, illegalReport(), { 'X-CSRF-Token': 'wrong' })).status, 403);
    assert.equal((await post(server.url, illegalReport(), { 'X-CSRF-Token': 's3cret' })).status, 201);
    assert.equal(reportLines().length, 1);
  });

  test('a store that fails is answered 500 and the client may retry with the same key', async () => {
    let fail = true;
    const flaky: ReportStore = {
      save: (report, meta) => (fail ? Promise.reject(new Error('disk full')) : store.save(report, meta)),
      get: (id) => store.get(id),
      list: (q) => store.list(q),
      setStatus: (id, s) => store.setStatus(id, s),
    };
    const errors: unknown[] = [];
    await start({ store: flaky, onError: (error) => errors.push(error) });
    const report = illegalReport();
    const first = await post(server.url, report);
    assert.equal(first.status, 500);
    assert.equal(errors.length, 1);
    fail = false;
    assert.equal((await post(server.url, report)).status, 201);
    assert.equal(reportLines().length, 1);
  });
});

describe('duplicates', () => {
  test('a repeated Idempotency-Key with the same report is answered 200 with the first id, and stored once', async () => {
    const report = illegalReport();
    const first = await post(server.url, report);
    assert.equal(first.status, 201);
    const { id } = (await first.json()) as { id: string };
    const again = await post(server.url, report);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id, duplicate: true });
    assert.equal(reportLines().length, 1);
    assert.equal((await store.get(id))?.report.description, report.description);
  });

  test('the same key sent 20 times at once yields one row and one id', async () => {
    const report = illegalReport();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(server.url, report)));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, ...Array(18).fill(200), 201].sort());
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
    assert.equal(ids.size, 1);
    assert.equal(reportLines().length, 1);
    assert.equal(reportLines()[0]!.id, [...ids][0]);
  });

  test('20 different keys at once yield 20 rows', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(server.url, illegalReport())));
    assert.ok(responses.every((r) => r.status === 201));
    assert.equal(reportLines().length, 20);
  });
});

describe('body size', () => {
  /** Streams a chunked body of up to `total` bytes until the server answers; resolves with its status and how much was sent. */
  function streamUntilAnswered(
    url: string,
    total: number,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; sent: number; body: string }> {
    return new Promise((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = httpRequest(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
      });
      req.on('response', (res) => {
        answered = true;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, sent, body });
        });
      });
      req.on('error', (error) => (answered ? undefined : reject(error)));
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      req.write('{"description":"');
      const pump = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered) setTimeout(pump, 10);
      };
      pump();
    });
  }

  test('a body past maxBodyBytes is answered 413 while it is still arriving', async () => {
    await start({ maxBodyBytes: 64 * 1024 });
    const total = 256 * 1024 * 1024;
    const { status, sent, body } = await streamUntilAnswered(server.url, total);
    assert.equal(status, 413);
    assert.match(JSON.parse(body).error, /at most 65536 bytes/);
    // The server stopped reading near the limit: the client never got to send most of the body.
    assert.ok(sent < 32 * 1024 * 1024, `sent ${sent} bytes before the answer`);
    assert.equal(reportLines().length, 0);
  });

  test('a Content-Length past the limit is answered 413 before any of the body is sent', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(server.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID(),
          'Content-Length': String(1024 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        res.resume();
        req.destroy();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.flushHeaders(); // headers only: the gigabyte is never written
    });
    assert.equal(status, 413);
  });

  test('the server keeps serving after a 413', async () => {
    await start({ maxBodyBytes: 1024 });
    const big = illegalReport({ description: 'x'.repeat(4096) });
    assert.equal((await post(server.url, big)).status, 413);
    assert.equal((await post(server.url, illegalReport())).status, 201);
  });
});

describe('CORS', () => {
  test('without allowedOrigins, a cross-origin preflight gets no CORS headers', async () => {
    const response = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://other.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('an allowed origin gets a preflight answer and CORS headers on the POST', async () => {
    await start({ allowedOrigins: ['https://news.example.cn'] });
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example.cn', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal((await fetch(server.url)).headers.get('allow'), 'POST, OPTIONS');
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://news.example.cn');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const allowed = await post(server.url, illegalReport(), { Origin: 'https://news.example.cn' });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://news.example.cn');
    const other = await post(server.url, illegalReport(), { Origin: 'https://evil.example' });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

describe('toNodeListener as Express/Connect middleware', () => {
  test('after a JSON body parser has read the stream, the parsed body is used; the full URL comes from originalUrl', async () => {
    const seen: string[] = [];
    const listener = toNodeListener(async (request) => {
      seen.push(request.url);
      return createReportHandler({ store })(request);
    });
    // What express.json() and a mount path leave behind: a consumed stream, req.body, a trimmed req.url.
    const app = createServer((req: IncomingMessage & { body?: unknown; originalUrl?: string }, res) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (text += c));
      req.on('end', () => {
        req.body = JSON.parse(text);
        req.originalUrl = req.url;
        req.url = '/';
        listener(req, res, (error) => {
          res.statusCode = 599;
          res.end(String(error));
        });
      });
    });
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/reports?from=express`;
      const response = await post(url, illegalReport());
      assert.equal(response.status, 201);
      assert.deepEqual(seen, [url]);
      assert.equal(reportLines().length, 1);
    } finally {
      app.closeAllConnections();
      await new Promise((resolve) => app.close(resolve));
    }
  });

  test('a handler that throws reaches next(error) instead of hanging the request', async () => {
    const listener = toNodeListener(async () => {
      throw new Error('boom');
    });
    const app = createServer((req, res) =>
      listener(req, res, (error) => {
        res.statusCode = 502;
        res.end(`next got: ${(error as Error).message}`);
      }),
    );
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}/`);
      assert.equal(response.status, 502);
      assert.equal(await response.text(), 'next got: boom');
    } finally {
      app.closeAllConnections();
      await new Promise((resolve) => app.close(resolve));
    }
  });
});
