/**
 * `import './x.css'` for the browser tests, as Vite does it in Storybook and
 * the demo: the module adds a `<link rel="stylesheet">` for the file to
 * `<head>` (once) and resolves when it has loaded, so the file's own
 * `@import`s and `url()`s resolve against its real address.
 *
 * Storybook's `.storybook/preview.ts` imports `src/folio.css` and its own
 * `preview.css` this way; the story tests import that preview to render
 * stories with the project's decorators. Only module requests are answered
 * (the browser marks them `Sec-Fetch-Dest: script`): a `<link>` or a
 * `fetch()` of the same file gets the stylesheet itself, as before.
 */
interface Ctx {
  path: string;
  body: unknown;
  type: string;
  get(field: string): string;
  set(field: string, value: string): void;
}

export default async function cssImports(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.endsWith('.css')) return next();
  if (ctx.get('sec-fetch-dest') !== 'script') {
    await next();
    // The stylesheet itself must not be cached either: a later page's module
    // request for the same URL would get it, and refuse text/css as a script.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Vary', 'Sec-Fetch-Dest');
    return;
  }
  const href = JSON.stringify(ctx.path);
  ctx.type = 'text/javascript';
  // Never let the <link> this module adds be answered from the cache with this script.
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Vary', 'Sec-Fetch-Dest');
  ctx.body = `const href = new URL(${href}, location.origin).href;
if (!document.querySelector(\`link[rel="stylesheet"][href="\${href}"]\`)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => { link.onload = resolve; link.onerror = () => reject(new Error('could not load ' + href)); });
  document.head.append(link);
  await loaded;
}
export default href;
`;
}
