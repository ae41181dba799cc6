// Report bodies, a real server and a scratch folder, for the Node tests of
// the endpoint, the stores, the rate limits and the CLI (and the bench).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateReport, type ReportPayload } from '../../../src/report/index.js';
import { REPORT_EXAMPLES } from '../../../src/report/schema.js';
import { toNodeListener } from '../../../src/server/node.js';

/** A valid non-copyright report with a fresh key, as the dialog sends it; `overrides` replace top-level fields. */
export function illegalReport(overrides: Record<string, unknown> = {}): ReportPayload {
  return {
    reason: 'illegal',
    description: '文章含有违法违规内容。',
    contact: { name: '王芳', email: 'wang.fang@example.cn' },
    page: { url: 'https://news.example.cn/news/1040.html', title: '以高质量党建推动教育高质量发展' },
    locale: 'zh-CN',
    idempotencyKey: randomUUID(),
    ...overrides,
  } as ReportPayload;
}

/** A valid copyright report with every claim field filled (the schema's example) and a fresh key. */
export function copyrightReport(): ReportPayload {
  return { ...structuredClone(REPORT_EXAMPLES[1]!), idempotencyKey: randomUUID() } as ReportPayload;
}

/** `illegalReport(overrides)` as the handler would store it (validated, normalized), for the stores' own tests. */
export function report(overrides: Record<string, unknown> = {}): ReportPayload {
  const result = validateReport(illegalReport(overrides));
  if (!result.ok) throw new Error(`test report is invalid: ${JSON.stringify(result.errors)}`);
  return result.report;
}

/** POSTs a body as the dialog does: JSON, with the body's key (when it has one) as `Idempotency-Key`. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const key = (body as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof key === 'string' ? { 'Idempotency-Key': key } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serves a Fetch handler on 127.0.0.1 at a free port through toNodeListener. */
export async function serve(handler: (request: Request) => Promise<Response>): Promise<RunningServer> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/reports`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fresh folder under the system's temp dir, removed by the returned function. */
export function scratchDir(prefix = 'folio-reports-'): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: join(dir, 'reports.jsonl'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
