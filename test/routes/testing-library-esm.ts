/**
 * `@testing-library/dom` as one ES module for the browser tests.
 *
 * The story tests compose stories with Storybook's portable stories API
 * (`storybook/preview-api`), whose CSF code imports `storybook/test`, which
 * imports `@testing-library/dom`. That package's ES build imports CommonJS
 * packages (aria-query, pretty-format, lz-string) that a browser cannot load
 * as modules; Vite pre-bundles them for Storybook, and this route does the
 * same with esbuild, once, for the test server.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';

interface Ctx {
  path: string;
  body: unknown;
  type: string;
}

const ENTRY = '/node_modules/@testing-library/dom/dist/@testing-library/dom.esm.js';
let bundled: Promise<string> | undefined;

function bundle(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.esm.js');
  return build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"test"' },
  }).then((result) => result.outputFiles[0]!.text);
}

export default async function testingLibraryEsm(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.endsWith(ENTRY)) return next();
  ctx.type = 'text/javascript';
  ctx.body = await (bundled ??= bundle());
}
