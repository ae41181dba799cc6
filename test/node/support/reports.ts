// Report bodies for the Node tests of the stores, the rate limits and the CLI.
import { randomUUID } from 'node:crypto';
import { validateReport, type ReportPayload } from '../../../src/server/report-rules.js';

/** A body the handler accepts; `overrides` replace top-level fields. */
export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reason: 'illegal',
    description: '文章含有违法违规内容。',
    contact: { name: '王芳', email: 'wang.fang@example.cn' },
    page: { url: 'https://news.example.cn/news/1040.html', title: '以高质量党建推动教育高质量发展' },
    locale: 'zh-CN',
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

/** The same body as the handler would store it (validated, normalized). */
export function report(overrides: Record<string, unknown> = {}): ReportPayload {
  const result = validateReport(reportBody(overrides));
  if (!result.ok) throw new Error(`test report is invalid: ${JSON.stringify(result.errors)}`);
  return result.report;
}

/** POSTs a body as the dialog does: JSON with the key in `Idempotency-Key`. */
export function post(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(body.idempotencyKey), ...headers },
    body: JSON.stringify(body),
  });
}
