/** Shared by the Node tests of the report endpoint: payloads, a real server, a scratch folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '../../../src/server/node.js';
import type { ReportPayload } from '../../../src/server/report-rules.js';

/** A valid non-copyright report with a fresh key. */
export function illegalReport(overrides: Partial<ReportPayload> = {}): ReportPayload {
  return {
    reason: 'illegal',
    description: '文章含有违法违规内容。',
    contact: { name: '读者', email: 'reader@example.cn' },
    page: { url: 'https://news.example.cn/news/1040.html', title: '以高质量党建推动教育高质量发展' },
    locale: 'zh-CN',
    idempotencyKey: crypto.randomUUID(),
    ...overrides,
  };
}

/** A valid copyright report with every claim field filled. */
export function copyrightReport(): ReportPayload {
  return {
    reason: 'copyright',
    description: 'This article copies my essay word for word.',
    contact: { name: 'Jane Roe', email: 'jane@example.com' },
    page: { url: 'https://news.example.cn/news/1040.html', title: 'Reprinted essay' },
    claim: {
      claimant: { name: 'Jane Roe', address: '1 Main Street, Springfield', phone: '+1 (555) 010-0000' },
      work: { title: 'On Schools', url: 'https://janeroe.example/on-schools' },
      evidence: ['https://janeroe.example/on-schools'],
      goodFaith: true,
      accurate: true,
      authorized: true,
      signature: 'Jane Roe',
    },
    locale: 'en',
    idempotencyKey: crypto.randomUUID(),
  };
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

/** POSTs a report as the dialog does: JSON, with the body's key as Idempotency-Key. */
export function postReport(url: string, report: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const key = (report as { idempotencyKey?: string })?.idempotencyKey;
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: JSON.stringify(report),
  });
}

/** A fresh folder under the system's temp dir, removed by the returned function. */
export function scratchDir(prefix = 'folio-reports-'): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: join(dir, 'reports.jsonl'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
