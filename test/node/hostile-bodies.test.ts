// Hostile bodies cost little and never get a 500: over any limit the answer is
// JSON 408/413/422/429/503, no answer shows a stack or a path, the rate limit
// is checked before the body is read, parsing is bounded, and slow bodies
// meet a deadline and a cap on bodies in flight.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, describe, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler, type ReportHandlerOptions } from '../../src/server/handler.js';
import { MemoryRateLimiter, withRateLimit } from '../../src/server/rate-limit.js';
import { REPORT_LIMITS } from '../../src/report/index.js';
import { copyrightReport, illegalReport, post, scratchDir, serve } from './support/reports.js';

const scratch = scratchDir('folio-hostile-');
after(() => scratch.remove());
let n = 0;
const store = () => new FileReportStore(`${scratch.dir}/reports-${++n}.jsonl`);

async function withServer(
  options: Partial<ReportHandlerOptions>,
  run: (url: string, port: number) => Promise<void>,
  wrap: (handler: (r: Request) => Promise<Response>) => (r: Request) => Promise<Response> = (h) => h,
) {
  const s = store();
  const server = await serve(wrap(createReportHandler({ store: s, onError: () => {}, ...options })));
  try {
    await run(server.url, server.port);
  } finally {
    await server.close();
    await s.close();
  }
}

/** Asserts a JSON answer with no stack frame and no file path in it. */
async function cleanJson(response: Response): Promise<Record<string, unknown>> {
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const text = await response.text();
  assert.doesNotMatch(
    text,
    /\bat \S+ \(|\/work\/|\/src\/|node:internal|\.ts:\d+/,
    `a stack or path in: ${text.slice(0, 300)}`,
  );
  return JSON.parse(text);
}

/** Sends headers and then one byte every `everyMs`, until the server answers or closes; resolves with what it saw. */
function slowBody(
  port: number,
  everyMs: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const done = (closed: boolean) => {
      clearInterval(timer);
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0), closed });
    };
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => done(true));
    socket.on('error', () => {});
    const head = Object.entries({
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      'Content-Length': '8000000',
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1\r\n${head}\r\n{`);
    timer = setInterval(() => socket.write(' '), everyMs);
  });
}

describe('hostile bodies', () => {
  test('an attachment of millions of base64 characters is a JSON 422, not a stack overflow', async () => {
    await withServer({}, async (url) => {
      const report = copyrightReport();
      // 4.5 million characters: under the body limit, over the file limit.
      report.claim!.attachments = [{ name: 'a.png', type: 'image/png', data: 'A'.repeat(4_500_000) }];
      const response = await post(url, report);
      assert.equal(response.status, 422);
      const { errors } = (await cleanJson(response)) as { errors: Record<string, string> };
      assert.deepEqual(Object.keys(errors), ['claim.attachments']);

      // Within the size limit, but not base64 at its very end: still 422.
      const bad = copyrightReport();
      bad.claim!.attachments = [{ name: 'a.png', type: 'image/png', data: `${'A'.repeat(2_700_000)}!!!!` }];
      assert.equal((await post(url, bad)).status, 422);
    });
  });

  test('whatever throws inside the handler is a JSON 500 without a stack or a path', async () => {
    const failing = () => {
      throw new Error('ENOENT: /srv/site/secret/config.json at Object.<anonymous> (/srv/site/app.ts:12:3)');
    };
    await withServer({ checkCsrf: failing }, async (url) => {
      const response = await post(url, illegalReport());
      assert.equal(response.status, 500);
      const body = await cleanJson(response);
      assert.doesNotMatch(JSON.stringify(body), /secret|ENOENT/);
    });
  });

  test('a body nested deeper than bodyDepth, or with more values than bodyValues, is refused before validation', async () => {
    await withServer({}, async (url) => {
      const deep = { ...illegalReport(), description: JSON.parse('['.repeat(100) + ']'.repeat(100)) };
      const tooDeep = await post(url, deep);
      assert.equal(tooDeep.status, 422);
      assert.match(String((await cleanJson(tooDeep)).error), new RegExp(`${REPORT_LIMITS.bodyDepth} levels`));

      const wide = { ...illegalReport(), evidence: Array.from({ length: REPORT_LIMITS.bodyValues }, () => 0) };
      const tooMany = await post(url, wide);
      assert.equal(tooMany.status, 422);
      assert.match(String((await cleanJson(tooMany)).error), new RegExp(`${REPORT_LIMITS.bodyValues} values`));
    });
  });

  test('a client over its limit gets 429 before its body is read', async () => {
    let pulled = 0;
    const handler = withRateLimit(createReportHandler({ store: store(), onError: () => {} }), {
      limiter: new MemoryRateLimiter(),
      perClient: 1,
      perPage: 100,
      windowSeconds: 600,
      clientAddress: () => '198.51.100.7',
    });
    const send = (body: BodyInit) =>
      handler(
        new Request('http://localhost/api/reports', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body,
          duplex: 'half',
        } as RequestInit),
      );
    assert.equal((await send(JSON.stringify(illegalReport()))).status, 422); // key mismatch: refused, spends nothing
    const first = illegalReport();
    const accepted = await handler(
      new Request('http://localhost/api/reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': first.idempotencyKey },
        body: JSON.stringify(first),
      }),
    );
    assert.equal(accepted.status, 201);
    const chunk = new TextEncoder().encode('['.repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ < 64) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const over = await send(body);
    assert.equal(over.status, 429);
    assert.ok(pulled <= 1, `${pulled} chunks of the body were read before the 429`);
  });

  test(
    'a body that trickles in meets the read deadline: 408, and the connection is closed',
    { timeout: 15_000 },
    async () => {
      await withServer({ bodyTimeout: 300 }, async (_url, port) => {
        const result = await slowBody(port, 100);
        assert.equal(result.status, 408);
        assert.equal(result.closed, true);
      });
    },
  );

  test(
    'past maxBodiesInFlight a new body is refused at once with 503 and Retry-After, the others unharmed',
    { timeout: 15_000 },
    async () => {
      await withServer({ bodyTimeout: 1500, maxBodiesInFlight: 2 }, async (url, port) => {
        const slow = [slowBody(port, 100), slowBody(port, 100)];
        await new Promise((r) => setTimeout(r, 200));
        const third = await post(url, illegalReport());
        assert.equal(third.status, 503);
        assert.ok(Number(third.headers.get('retry-after')) > 0);
        await cleanJson(third);
        assert.deepEqual(
          (await Promise.all(slow)).map((r) => r.status),
          [408, 408],
        );
        assert.equal((await post(url, illegalReport())).status, 201, 'once they are gone, reports get in');
      });
    },
  );
});
