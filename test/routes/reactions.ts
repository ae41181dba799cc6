/**
 * The real reactions endpoint for browser tests, with hostile answers on cue.
 *
 *   GET|POST|DELETE /test-api/reactions/<session>?script=500,html,negative,ok
 *     Each POST or DELETE of a session takes the next step of its script (read
 *     from the session's first request). Steps:
 *       500       answer 500 `{ error }`, storing nothing
 *       html      answer 200 with an HTML page (a proxy's error page)
 *       negative  answer 200 `{ count: -5 }`
 *       ok        pass the request to the real handler
 *     Then every request goes to the real handler (createReactionHandler on a
 *     per-session FileReactionStore); GETs always do.
 *
 *   GET /test-api/reactions/<session>/log
 *     Every POST/DELETE the session received: `{ method, kind, step, status }`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toFetchRequest } from '../../src/server/node.js';
import { createReactionHandler } from '../../src/server/reaction-handler.js';
import { FileReactionStore } from '../../src/server/reaction-file-store.js';
import type { RouteContext } from './reports.js';

type Step = '500' | 'html' | 'negative' | 'ok';
const STEPS = new Set<string>(['500', 'html', 'negative', 'ok']);
const ROUTE = /^\/test-api\/reactions\/([A-Za-z0-9_-]{1,64})(\/log)?\/?$/;

interface Session {
  script: Step[];
  handler: (request: Request) => Promise<Response>;
  log: Array<{ method: string; kind: unknown; step: Step; status: number }>;
}
const sessions = new Map<string, Session>();
let scratch: string | undefined;

function sessionFor(name: string, script: string): Session {
  let session = sessions.get(name);
  if (!session) {
    if (!scratch) {
      const dir = (scratch = mkdtempSync(join(tmpdir(), 'folio-test-reactions-')));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    const store = new FileReactionStore(join(scratch, `${name}.jsonl`));
    session = {
      script: script.split(',').filter((s): s is Step => STEPS.has(s)),
      handler: createReactionHandler({ store, addressSalt: 'test-salt-of-enough-length' }),
      log: [],
    };
    sessions.set(name, session);
  }
  return session;
}

export default async function reactionsRoute(ctx: RouteContext, next: () => Promise<unknown>): Promise<void> {
  const match = ROUTE.exec(ctx.path);
  if (!match) return void (await next());
  const [, name, log] = match as unknown as [string, string, string | undefined];
  const script = ctx.query.script;
  const session = sessionFor(name, (Array.isArray(script) ? script[0] : script) ?? '');
  ctx.set('Cache-Control', 'no-store');
  if (log) {
    ctx.body = session.log;
    return;
  }
  const request = toFetchRequest(ctx.req);
  const change = ctx.method === 'POST' || ctx.method === 'DELETE';
  const step: Step = change ? (session.script.shift() ?? 'ok') : 'ok';
  let response: Response;
  let kind: unknown;
  if (step === 'ok') {
    if (change)
      kind = (
        (await request
          .clone()
          .json()
          .catch(() => null)) as { kind?: unknown } | null
      )?.kind;
    response = await session.handler(request);
  } else if (step === '500') response = Response.json({ error: 'Scripted failure (test route).' }, { status: 500 });
  else if (step === 'html') response = new Response('<!doctype html><title>Bad gateway</title>', { status: 200 });
  else response = Response.json({ count: -5 });
  if (change) session.log.push({ method: ctx.method, kind, step, status: response.status });
  ctx.status = response.status;
  response.headers.forEach((value, header) => ctx.set(header, value));
  ctx.body = await response.text();
}
