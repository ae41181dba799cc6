/**
 * Related-posts feeds for the browser tests, under /test-api/related/…, so
 * that <folio-related-posts src> is tested against real HTTP: real status
 * codes, real bodies, real hung connections and real aborts.
 *
 *   feed?count=N[&wrapped][&delay=ms]   N full items (an array, or { items } with `wrapped`)
 *   error                               500 every time
 *   invalid                             200 with a body that is not JSON
 *   hang                                never answers; notices when the client gives up
 *   flaky?failures=N[&count=M]          500 for the first N requests of a key, then M items
 *   mixed                               good items among bad ones
 *   huge?bytes=N[&declared]             a valid feed of N bytes, streamed in 64 KiB chunks (with its
 *                                       Content-Length when `declared`); notices when the client gives up
 *   nested?depth=N                      an array nested N levels deep
 *   log?key=K                           { requests, aborted } seen for key K
 *   image/N.svg                         a small thumbnail
 *
 * Every route but log and image counts requests per `key` query parameter, so
 * a test with its own key sees only its own traffic.
 */
import { Readable } from 'node:stream';

interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  req: import('node:http').IncomingMessage;
  res: import('node:http').ServerResponse;
  set(field: string, value: string): void;
}

const PREFIX = '/test-api/related/';
const log = new Map<string, { requests: number; aborted: number }>();

function entry(key: string) {
  let found = log.get(key);
  if (!found) log.set(key, (found = { requests: 0, aborted: 0 }));
  return found;
}

export function feedItems(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    title: `相关文章 ${i + 1}`,
    href: `/posts/${i + 1}.html`,
    date: `2023-05-${String(28 - i).padStart(2, '0')}T09:30:00+08:00`,
    image: `${PREFIX}image/${i + 1}.svg`,
    excerpt: `第 ${i + 1} 篇文章的摘要。`,
  }));
}

const mixed = [
  { title: '好的一篇', href: '/posts/good-1.html', date: '2023-05-01' },
  { title: '没有链接' },
  { title: '脚本链接', href: 'javascript:alert(1)' },
  { href: '/posts/untitled.html' },
  'not an object',
  { title: '图片不安全', href: '/posts/good-2.html', image: 'javascript:alert(2)' },
  { title: '好的另一篇', href: 'https://example.com/posts/good-3.html', excerpt: '<img src=x onerror=alert(3)>' },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the client closes the connection (it aborted or timed out). */
function untilClosed(ctx: Ctx): Promise<void> {
  return new Promise((resolve) => {
    if (ctx.req.destroyed) return resolve();
    ctx.req.socket.once('close', () => resolve());
    ctx.req.once('close', () => resolve());
  });
}

export default async function related(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const param = (name: string) => {
    const value = ctx.query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const key = param('key') ?? '';
  ctx.set('Cache-Control', 'no-store');

  if (route === 'log') {
    ctx.body = log.get(key) ?? { requests: 0, aborted: 0 };
    return;
  }
  const image = /^image\/(\d+)\.svg$/.exec(route);
  if (image) {
    const hue = (Number(image[1]) * 67) % 360;
    ctx.type = 'image/svg+xml';
    ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="hsl(${hue} 45% 55%)"/></svg>`;
    return;
  }

  const seen = entry(key);
  seen.requests++;
  const delay = Number(param('delay') ?? 0);
  if (delay > 0) await sleep(delay);

  switch (route) {
    case 'feed': {
      const items = feedItems(Number(param('count') ?? 3));
      ctx.body = param('wrapped') !== undefined ? { items } : items;
      return;
    }
    case 'error':
      ctx.status = 500;
      ctx.body = { error: 'on purpose' };
      return;
    case 'invalid':
      ctx.type = 'application/json';
      ctx.body = '{ "items": [ { "title": "cut off';
      return;
    case 'hang':
      await untilClosed(ctx);
      seen.aborted++;
      return;
    case 'flaky':
      if (seen.requests <= Number(param('failures') ?? 1)) {
        ctx.status = 500;
        ctx.body = { error: 'not yet' };
      } else {
        ctx.body = feedItems(Number(param('count') ?? 3));
      }
      return;
    case 'mixed':
      ctx.body = mixed;
      return;
    case 'huge': {
      const item = JSON.stringify(feedItems(1)[0]);
      const size = Buffer.byteLength(item) + 1; // with its comma
      const count = Math.ceil(Number(param('bytes')) / size);
      ctx.type = 'application/json';
      if (param('declared') !== undefined) ctx.set('Content-Length', String(count * size + 1));
      ctx.body = Readable.from(
        (async function* () {
          yield '[';
          for (let i = 0; i < count; i += 500) {
            yield `${i ? ',' : ''}${Array(Math.min(500, count - i))
              .fill(item)
              .join(',')}`;
            await sleep(1);
          }
          yield ']';
        })(),
      );
      ctx.res.once('close', () => {
        if (!ctx.res.writableFinished) seen.aborted++;
      });
      return;
    }
    case 'nested': {
      const depth = Number(param('depth'));
      ctx.type = 'application/json';
      ctx.body = '['.repeat(depth) + ']'.repeat(depth);
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = { error: `no route ${route}` };
  }
}
