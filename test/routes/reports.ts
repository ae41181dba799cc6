/**
 * The real report endpoint for browser tests, with failures on cue.
 *
 *   POST /test-api/reports/<session>?script=500,hang,ok[&csrf=<token>]
 *     Each POST of a session takes the next step of the session's script
 *     (read from the session's first request; later `script` params are
 *     ignored). Steps:
 *       500   answer 500 `{ error }` without storing anything
 *       429   answer 429 with `Retry-After: 30`, without storing
 *       hang  never answer; the request is dropped when the client aborts
 *       drop  destroy the connection (a network failure in the browser)
 *       lost  pass the request to the real handler (it is stored), then never
 *             answer: the answer is lost, as after a server's timeout
 *       ok    pass the request to the real handler
 *     After the script is used up, every POST goes to the real handler, which
 *     stores into a per-session temporary FileReportStore. With `csrf`, the
 *     session's handler requires `X-CSRF-Token: <token>` (else 403).
 *
 *   GET /test-api/reports/<session>/stored
 *     The session's stored reports, a JSON array of
 *     `{ id, receivedAt, status, report }` (`report` is the normalized body),
 *     oldest first.
 *
 *   GET /test-api/reports/<session>/requests
 *     Every POST the session received, oldest first:
 *     `{ step, idempotencyKey, csrfToken, contentType, status }` (`status` is
 *     null for `hang` and `drop`), e.g. to check that a retry reused its key.
 *
 * Sessions are any [A-Za-z0-9_-]{1,64}; use a fresh one per test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler, type ReportHandler } from '../../src/server/handler.js';
import { toFetchRequest } from '../../src/server/node.js';

/** The part of Koa's context this route uses (web-test-runner's server is Koa). */
export interface RouteContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  req: IncomingMessage;
  res: ServerResponse;
  status: number;
  body: unknown;
  respond?: boolean;
  set(name: string, value: string): void;
}

type Step = '500' | '429' | 'hang' | 'drop' | 'lost' | 'ok';
const STEPS = new Set<string>(['500', '429', 'hang', 'drop', 'lost', 'ok']);

interface RequestLog {
  step: Step;
  idempotencyKey: string | null;
  csrfToken: string | null;
  contentType: string | null;
  status: number | null;
}

interface Session {
  script: Step[];
  store: FileReportStore;
  handler: ReportHandler;
  requests: RequestLog[];
}

const PREFIX = '/test-api/reports/';
const ROUTE = /^\/test-api\/reports\/([A-Za-z0-9_-]{1,64})(?:\/(stored|requests))?\/?$/;
const sessions = new Map<string, Session>();
let scratch: string | undefined;

function scratchDir(): string {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'folio-test-reports-'));
    const dir = scratch;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sessionFor(name: string, ctx: RouteContext): Session {
  let session = sessions.get(name);
  if (!session) {
    const script = (first(ctx.query.script) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is Step => STEPS.has(s));
    const csrf = first(ctx.query.csrf);
    const store = new FileReportStore(join(scratchDir(), `${name}.jsonl`));
    const handler = createReportHandler({
      store,
      ...(csrf ? { checkCsrf: (token: string | null) => token === csrf } : {}),
    });
    session = { script, store, handler, requests: [] };
    sessions.set(name, session);
  }
  return session;
}

function sendJson(ctx: RouteContext, status: number, body: unknown, headers: Record<string, string> = {}): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.body = body;
}

/** Koa sends nothing; the status is never sent, it only keeps the runner from listing the request as a 404. */
function noAnswer(ctx: RouteContext): void {
  ctx.respond = false;
  ctx.status = 204;
}

export default async function reportsRoute(ctx: RouteContext, next: () => Promise<unknown>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) {
    await next();
    return;
  }
  const match = ROUTE.exec(ctx.path);
  if (!match) return sendJson(ctx, 404, { error: 'Unknown test route; see test/routes/reports.ts.' });
  const [, name, view] = match as unknown as [string, string, 'stored' | 'requests' | undefined];

  if (view) {
    if (ctx.method !== 'GET') return sendJson(ctx, 405, { error: 'GET only' }, { Allow: 'GET' });
    const session = sessions.get(name);
    if (view === 'requests') return sendJson(ctx, 200, session?.requests ?? []);
    const stored = session ? (await session.store.list()).reverse() : [];
    return sendJson(ctx, 200, stored);
  }

  const session = sessionFor(name, ctx);
  const step: Step = ctx.method === 'POST' ? (session.script.shift() ?? 'ok') : 'ok';
  const log: RequestLog = {
    step,
    idempotencyKey: (ctx.req.headers['idempotency-key'] as string | undefined) ?? null,
    csrfToken: (ctx.req.headers['x-csrf-token'] as string | undefined) ?? null,
    contentType: ctx.req.headers['content-type'] ?? null,
    status: null,
  };
  if (ctx.method === 'POST') session.requests.push(log);

  switch (step) {
    case '500':
      log.status = 500;
      return sendJson(ctx, 500, { error: 'Scripted failure (test route).' });
    case '429':
      log.status = 429;
      return sendJson(ctx, 429, { error: 'Scripted rate limit (test route).' }, { 'Retry-After': '30' });
    case 'drop':
      noAnswer(ctx);
      ctx.req.socket.destroy();
      return;
    case 'lost':
    case 'hang':
      // The report is stored, its answer never sent, as after a server's timeout.
      if (step === 'lost') log.status = (await session.handler(toFetchRequest(ctx.req))).status;
      // Never answer; let go when the client aborts (its socket closes).
      noAnswer(ctx);
      await new Promise<void>((resolve) => {
        if (ctx.res.destroyed || ctx.req.socket.destroyed) resolve();
        else ctx.res.once('close', () => resolve());
      });
      return;
    case 'ok': {
      const response = await session.handler(toFetchRequest(ctx.req));
      log.status = response.status;
      ctx.status = response.status;
      response.headers.forEach((value, header) => ctx.set(header, value));
      ctx.body = await response.text();
      return;
    }
  }
}
