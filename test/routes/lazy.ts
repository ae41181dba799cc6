/**
 * Lazy parts that arrive when a test says so, under /test-api/lazy/…: an
 * import map in a test's iframe points a part's module here, and the test
 * holds it back to see what an element does while it is on its way (as on a
 * slow network), without relying on timing.
 *
 *   hold?key=K&to=PATH    answers only once K is released, then redirects to PATH (the real module)
 *   release?key=K         releases K (now, or as soon as it is asked for)
 *   log?key=K             { arrived }: whether the held request has reached the server
 */
interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

const PREFIX = '/test-api/lazy/';
const held = new Map<string, { arrived: boolean; released: boolean; release?: () => void }>();

function entry(key: string) {
  let found = held.get(key);
  if (!found) held.set(key, (found = { arrived: false, released: false }));
  return found;
}

export default async function lazy(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const param = (name: string) => {
    const value = ctx.query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const key = entry(param('key') ?? '');
  ctx.set('Cache-Control', 'no-store');
  switch (ctx.path.slice(PREFIX.length)) {
    case 'hold':
      key.arrived = true;
      if (!key.released) await new Promise<void>((resolve) => (key.release = resolve));
      ctx.status = 302;
      ctx.set('Location', param('to') ?? '/');
      return;
    case 'release':
      key.released = true;
      key.release?.();
      ctx.status = 204;
      return;
    case 'log':
      ctx.body = { arrived: key.arrived };
      return;
    default:
      ctx.status = 404;
  }
}
