/**
 * Lazy chunks that fail to load, as they do offline or after a deploy that
 * replaced them, for the tests of each tag's fallback:
 *
 *   PUT /test-api/failing-chunks   body ["/src/…/license.ts", …]: from now on
 *                                  those paths answer 503 to the test page
 *                                  that asked, until it ends
 *
 * The test then fetches each path once with `cache: 'reload'`, which drops
 * the copy an earlier page left in the browser's cache (the runner lets
 * modules be cached for a year), so that import() asks the server again.
 *
 * Real HTTP failures, so the browser's own import() rejects, in every engine
 * alike (an import map added after the page's first module, as tried before,
 * is ignored by Firefox). The three engines run side by side against one
 * server, so a failure is kept for one browser only (its User-Agent) and one
 * test page (the wtr-session-id in its Referer): as soon as that browser
 * opens the next test file, its failures are forgotten.
 */
interface Ctx {
  path: string;
  method: string;
  url: string;
  status: number;
  body: unknown;
  get(field: string): string;
  req: import('node:http').IncomingMessage;
}

const PATH = '/test-api/failing-chunks';
/** Per User-Agent: the test page that asked and the paths that fail for it. */
const failing = new Map<string, { session: string; paths: Set<string> }>();

const sessionOf = (url: string) => /[?&]wtr-session-id=([^&#]+)/.exec(url)?.[1];

async function readJson(req: Ctx['req']): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

export default async function failingChunks(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  const agent = ctx.get('user-agent');
  if (ctx.path === PATH && ctx.method === 'PUT') {
    const session = sessionOf(ctx.get('referer'));
    const paths = await readJson(ctx.req);
    if (!session || !Array.isArray(paths)) {
      ctx.status = 400;
      ctx.body = 'a JSON array of paths, from a test page';
      return;
    }
    failing.set(agent, { session, paths: new Set(paths.map(String)) });
    ctx.status = 204;
    return;
  }
  const entry = failing.get(agent);
  if (entry) {
    // A request that names another test page: this browser has moved on to its next file.
    const session = sessionOf(ctx.url);
    if (session && session !== entry.session) failing.delete(agent);
    else if (entry.paths.has(ctx.path)) {
      ctx.status = 503;
      ctx.body = 'failed on purpose (test/routes/failing-chunks.ts)';
      // The runner marks a response for a path with an extension cacheable for a year: the next page must
      // get the real file again, so this answer is given for a path without one.
      ctx.path = PATH;
      return;
    }
  }
  return next();
}
