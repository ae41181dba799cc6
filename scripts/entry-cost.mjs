// What an app pays, in brotli bytes, for importing entries of the built
// package: each snippet below is bundled the way an app's bundler would
// (esbuild: bundle, minify, code splitting, Lit included) against this
// package's dist/ through its package.json exports, then measured twice:
// what loads with the page (the entry and its static imports) and everything
// it can load later (its lazy chunks too).
//
//   node scripts/entry-cost.mjs          after `npm run build`; a table
//   node scripts/entry-cost.mjs --json   the same figures as JSON
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

export const SNIPPETS = {
  'folio-elements/post-nav': `import 'folio-elements/post-nav';`,
  'folio-elements/post-nav/class': `import { FolioPostNav } from 'folio-elements/post-nav/class';\nFolioPostNav.define('site-post-nav');`,
  'folio-elements/helpers': `import { registerLocale } from 'folio-elements/helpers';\nregisterLocale('fr', { postNavNext: 'Article suivant' });`,
  'post-nav + registerLocale from folio-elements': `import 'folio-elements/post-nav';\nimport { registerLocale } from 'folio-elements';\nregisterLocale('fr', { postNavNext: 'Article suivant' });`,
  'post-nav + registerLocale from folio-elements/helpers': `import 'folio-elements/post-nav';\nimport { registerLocale } from 'folio-elements/helpers';\nregisterLocale('fr', { postNavNext: 'Article suivant' });`,
};

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `{ page, all }` brotli bytes of one snippet bundled against the package in `packageDir`. */
export async function entryCost(snippet, packageDir = root) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const app = mkdtempSync(join(root, '.tmp', 'entry-cost-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(packageDir, join(app, 'node_modules', 'folio-elements'), 'dir');
    // A package of its own: otherwise the repository's package.json, the nearest one, would resolve
    // `folio-elements` to itself (a package's self-reference) whatever packageDir is.
    writeFileSync(join(app, 'package.json'), '{ "name": "entry-cost-app", "private": true, "type": "module" }\n');
    writeFileSync(join(app, 'app.js'), `${snippet}\n`);
    const result = await build({
      entryPoints: [join(app, 'app.js')],
      absWorkingDir: app,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: join(app, 'out'),
      write: false,
      metafile: true,
      logLevel: 'error',
    });
    const files = new Map(result.outputFiles.map((f) => [f.path.slice(join(app, 'out').length + 1), f.contents]));
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
    const page = new Set();
    const visit = (file) => {
      if (page.has(file)) return;
      page.add(file);
      for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit(entry);
    const sum = (names) => names.reduce((n, name) => n + brotli(files.get(name.replace(/^out\//, ''))), 0);
    return { page: sum([...page]), all: sum(Object.keys(outputs).filter((k) => k.endsWith('.js'))) };
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packageDir = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? root;
  const rows = {};
  for (const [name, snippet] of Object.entries(SNIPPETS)) {
    try {
      rows[name] = await entryCost(snippet, packageDir);
    } catch (error) {
      rows[name] = { error: error.errors?.[0]?.text ?? error.message };
    }
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else
    for (const [name, r] of Object.entries(rows))
      console.log(
        r.error ? `${name}: ${r.error}` : `${name}: ${r.page} B brotli with the page, ${r.all} B with its lazy chunks`,
      );
}
