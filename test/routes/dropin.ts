/**
 * The drop-in pages (test/dropin/) under /test-api/dropin/…, served as a plain
 * static web server would serve them: files as they are on disk, no module
 * rewriting, no TypeScript, no bare-specifier resolution (the test server's own
 * static files get all three). So a page here proves what a site gets by
 * copying dist/ next to its HTML.
 *
 *   ready              builds dist/ first if it is missing or stale; 204 when done
 *   dist/<file>        the build output
 *   pages/<file>       the test pages and their recorder script
 *   vendor/<pkg>/<file> lit and dompurify from node_modules, for the import map
 *                      of a page that loads the per-tag entries (they leave Lit
 *                      external, to share one copy with the site)
 *   examples/<name>/<file>  demo/react or demo/vue, built once with its own
 *                      Vite config into .tmp/, to run what the examples do
 */
import { readFile, rm, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'vite';
import { dist, ensureDist, root } from '../node/packaging-build.js';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
}

const PREFIX = '/test-api/dropin/';
const VENDOR = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'dompurify']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
};

/** `file` inside `base`, or null for anything that would step out of it. */
function inside(base: string, file: string): string | null {
  const full = normalize(join(base, file));
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

const EXAMPLES = new Set(['react', 'vue']);
const examplesOut = join(root, '.tmp', 'dropin-examples');
const examples = new Map<string, Promise<void>>();

/** Builds demo/<name> once per test run, with relative asset URLs so it works under any path. */
function buildExample(name: string): Promise<void> {
  if (!examples.has(name)) {
    const outDir = join(examplesOut, name);
    examples.set(
      name,
      rm(outDir, { recursive: true, force: true }).then(async () => {
        await build({
          configFile: join(root, `demo/${name}/vite.config.ts`),
          logLevel: 'warn',
          base: './',
          build: { outDir, emptyOutDir: true },
        });
      }),
    );
  }
  return examples.get(name)!;
}

function locate(rest: string): string | null {
  if (rest.startsWith('examples/')) {
    const [, name, ...path] = rest.split('/');
    return EXAMPLES.has(name) ? inside(join(examplesOut, name), path.join('/')) : null;
  }
  if (rest.startsWith('dist/')) return inside(dist, rest.slice('dist/'.length));
  if (rest.startsWith('pages/')) return inside(join(root, 'test/dropin/pages'), rest.slice('pages/'.length));
  if (rest.startsWith('vendor/')) {
    const path = rest.slice('vendor/'.length);
    const pkg = path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0];
    return VENDOR.has(pkg) ? inside(join(root, 'node_modules'), path) : null;
  }
  return null;
}

export default async function dropin(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const rest = decodeURIComponent(ctx.path.slice(PREFIX.length));
  if (rest === 'ready') {
    await ensureDist();
    ctx.status = 204;
    return;
  }
  if (rest.startsWith('dist/')) await ensureDist();
  const example = /^examples\/([a-z]+)\//.exec(rest)?.[1];
  if (example && EXAMPLES.has(example)) await buildExample(example);
  const file = locate(rest);
  if (!file || !(await stat(file).catch(() => null))?.isFile()) {
    ctx.status = 404;
    ctx.body = `not found: ${rest}`;
    return;
  }
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = await readFile(file);
}
