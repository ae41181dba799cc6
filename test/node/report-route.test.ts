// test/routes/reports.ts, the browser tests' report endpoint, served by a tiny
// server that gives it the Koa context it uses (web-test-runner's server is Koa).
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import reportsRoute, { type RouteContext } from '../routes/reports.js';
import { illegalReport, post } from './support/reports.js';

let base: string;
let inFlight = 0;
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const ctx: RouteContext = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    req,
    res,
    status: 404,
    body: undefined,
    respond: true,
    set: (name, value) => res.setHeader(name, value),
  };
  inFlight++;
  reportsRoute(ctx, async () => {
    ctx.status = 404;
    ctx.body = 'passed on';
  })
    .then(() => {
      if (ctx.respond === false) return;
      // What Koa does with a body: strings as they are, objects as JSON.
      const text = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
      if (typeof ctx.body !== 'string' && !res.hasHeader('content-type'))
        res.setHeader('content-type', 'application/json; charset=utf-8');
      res.statusCode = ctx.status;
      res.end(text);
    })
    .finally(() => inFlight--);
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/test-api/reports`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const session = () => `s-${crypto.randomUUID()}`;
const stored = async (name: string) =>
  (await (await fetch(`${base}/${name}/stored`)).json()) as Array<{ id: string; report: { idempotencyKey: string } }>;
const requests = async (name: string) =>
  (await (await fetch(`${base}/${name}/requests`)).json()) as Array<{
    step: string;
    idempotencyKey: string;
    status: number | null;
    csrfToken: string | null;
  }>;

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('test route /test-api/reports', () => {
  test('500, then a hang past the client timeout, then the real handler: one report stored, every attempt with one key', async () => {
    const name = session();
    const url = `${base}/${name}?script=500,hang,ok`;
    const report = illegalReport();

    const failed = await post(url, report);
    assert.equal(failed.status, 500);
    assert.deepEqual(await stored(name), []);

    const pending = inFlight;
    const controller = new AbortController();
    const hanging = fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': report.idempotencyKey },
      body: JSON.stringify(report),
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(inFlight, pending + 1, 'the hung request is still open');
    controller.abort();
    await assert.rejects(hanging, { name: 'AbortError' });
    await until(() => inFlight === pending); // the route let go of it

    const accepted = await post(url, report);
    assert.equal(accepted.status, 201);
    assert.equal(accepted.headers.get('cache-control'), 'no-store');
    const { id } = (await accepted.json()) as { id: string };

    const again = await post(url, report);
    assert.equal(again.status, 200, 'after the script, the real handler still dedups');
    assert.deepEqual(await stored(name).then((rows) => rows.map((r) => r.id)), [id]);
    const log = await requests(name);
    assert.deepEqual(
      log.map((r) => [r.step, r.status]),
      [
        ['500', 500],
        ['hang', null],
        ['ok', 201],
        ['ok', 200],
      ],
    );
    assert.ok(log.every((r) => r.idempotencyKey === report.idempotencyKey));
  });

  test('drop breaks the connection; 429 carries Retry-After; neither stores', async () => {
    const name = session();
    const url = `${base}/${name}?script=drop,429`;
    await assert.rejects(post(url, illegalReport()), TypeError);
    const limited = await post(url, illegalReport());
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '30');
    assert.deepEqual(await stored(name), []);
    assert.equal((await post(url, illegalReport())).status, 201);
    assert.equal((await stored(name)).length, 1);
  });

  test('invalid reports get the real 422 field errors', async () => {
    const name = session();
    const response = await post(`${base}/${name}`, illegalReport({ description: '' }));
    assert.equal(response.status, 422);
    assert.deepEqual(Object.keys(((await response.json()) as { errors: object }).errors), ['description']);
  });

  test('csrf= makes the session require that X-CSRF-Token', async () => {
    const name = session();
    const url = `${base}/${name}?csrf=tok123`;
    assert.equal((await post(url, illegalReport())).status, 403);
    assert.equal((await post(url, illegalReport(), { 'X-CSRF-Token': 'tok123' })).status, 201);
    assert.deepEqual(
      (await requests(name)).map((r) => r.csrfToken),
      [null, 'tok123'],
    );
  });

  test('sessions are separate', async () => {
    const a = session();
    const b = session();
    await post(`${base}/${a}`, illegalReport());
    assert.equal((await stored(a)).length, 1);
    assert.deepEqual(await stored(b), []);
  });

  test('other paths pass to the next middleware; bad session names are 404', async () => {
    const other = await fetch(base.replace('/test-api/reports', '/test-api/related/x'));
    assert.equal(await other.text(), 'passed on');
    assert.equal((await fetch(`${base}/bad%20name/stored`)).status, 404);
  });
});
