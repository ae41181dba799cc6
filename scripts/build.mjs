// Builds the package into dist/:
//   dist/index.js, dist/<tag>.js   ES modules per entry, Lit left external (npm users share one Lit);
//                                  dist/ssr-hydrate.js the same with Lit's hydration support first
//   dist/<tag>/class.js            each tag's class without registering it; dist/helpers.js the locale
//                                  and URL helpers without any tag
//   dist/tokens.js                 THEME_TOKENS, the described --folio-* tokens (folio-elements/tokens)
//   dist/folio.js                  one self-contained, minified file with Lit, for <script type="module">;
//                                  what loads only when used (the HTML sanitizer, …) in dist/folio-chunks/
//   dist/folio-ssr.js              the same for server-rendered pages: hydration support, then folio.js
//   dist/folio-loader.js           a few hundred bytes that import folio.js once the page has painted
//   dist/folio.css                 the preflight stylesheet for <link> in <head>
//   dist/types/                    .d.ts for every module
//   dist/server/, dist/ssr/        the report endpoint and server rendering, ES modules for Node 20
//                                  (readable, unminified), with report.schema.json and
//                                  article-document.schema.json
// Minified files (folio.js, folio-ssr.js, folio-loader.js, folio-chunks/) have source maps beside them; readable ones
// need none.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { esbuildMinifyTemplates, viteMinifyTemplates } from './minify-templates.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
rmSync('dist', { recursive: true, force: true });

/** Every folder of src/ with a define.ts is a tag with its own entry, named after the folder. */
export function tagEntries() {
  return Object.fromEntries(
    readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
      .map((d) => [d.name, `src/${d.name}/define.ts`]),
  );
}

/** Each tag's class alone (`folio-elements/<tag>/class`, dist/<tag>/class.js): the same class, registering nothing. */
export function classEntries() {
  return Object.fromEntries(Object.keys(tagEntries()).map((tag) => [`${tag}/class`, `src/${tag}/class.ts`]));
}

const shared = { configFile: false, logLevel: 'warn', publicDir: false, plugins: [viteMinifyTemplates()] };

/**
 * Lit's hydration support (src/ssr/hydrate-support.ts) must run before Lit defines LitElement. Code of the
 * entry's own chunk runs after everything it imports, Lit included, so it is a chunk of its own, which the
 * hydrating entry imports first.
 */
const hydrateSupportChunk = (id) => (id.endsWith('/src/ssr/hydrate-support.ts') ? 'hydrate-support' : undefined);

await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // ssr-hydrate: the module a server-rendered page loads (Lit's hydrate support, then every tag).
    // tokens: the described list of --folio-* tokens, for themes and tools (pages download only the values).
    lib: {
      entry: {
        index: 'src/index.ts',
        helpers: 'src/helpers.ts',
        'ssr-hydrate': 'src/ssr/hydrate.ts',
        tokens: 'src/core/tokens.ts',
        ...tagEntries(),
        ...classEntries(),
      },
      formats: ['es'],
    },
    rollupOptions: {
      // Lit and its packages stay external: npm users share one copy with their app.
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^lit-html($|\/)/, /^lit-element($|\/)/, 'dompurify'],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks: hydrateSupportChunk,
      },
    },
  },
});

// folio.js for plain pages; folio-ssr.js for server-rendered ones, which loads Lit's hydration support
// (its own chunk, which imports nothing), then folio.js itself, then Lit's hydrate(). One build, so both share folio.js (Lit and every tag in one file, no extra round trip for
// plain pages) and one copy of each lazy chunk in folio-chunks/.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    minify: 'esbuild',
    sourcemap: true,
    rollupOptions: {
      input: { folio: 'src/index.ts', 'folio-ssr': 'src/ssr/hydrate.ts' },
      // The lazy chunks and folio-ssr.js import shared code from folio.js itself (extra exports), not from a facade chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'folio-chunks/[name]-[hash].js',
        manualChunks: hydrateSupportChunk,
      },
    },
  },
});

// folio-loader.js: src/loader.ts's `import('./index.js')` becomes `import('./folio.js')`, the file beside it.
// Built apart: in the build above, Rollup would give folio.js an extra export and move Vite's preload
// helper out of it into a chunk of its own, one more request before any tag is defined.
await esbuild({
  entryPoints: ['src/loader.ts'],
  outfile: 'dist/folio-loader.js',
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  plugins: [
    {
      name: 'folio-js-beside',
      setup(b) {
        b.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: './folio.js', external: true }));
      },
    },
  ],
});

await esbuild({
  entryPoints: ['src/folio.css'],
  bundle: true,
  minify: true,
  outfile: 'dist/folio.css',
  logLevel: 'warning',
});

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

/**
 * The server entries, each a package export under `./server…`. Bundled for
 * Node with shared chunks (so a store class is one class across entries);
 * `pg` stays external, an optional peer dependency loaded only by the
 * PostgreSQL store.
 */
export function serverEntries() {
  return ['index', 'report-rules', 'postgres/index', 'cli']
    .filter((name) => existsSync(`src/server/${name}.ts`))
    .map((name) => `src/server/${name}.ts`);
}

await esbuild({
  entryPoints: serverEntries(),
  outdir: 'dist/server',
  outbase: 'src/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
// Their types are dist/types/server/ (package.json's exports say so), not a second copy here.
cpSync('src/report/report.schema.json', 'dist/server/report.schema.json');

// folio-elements/ssr: renderArticlePage and friends, for Node, readable like dist/server (a server gains
// nothing from minified code, and its stack traces stay plain). dist/ssr/render.js holds them; the parts
// the tags load lazily are chunks of their own, as in the browser, so the report form (its code and its
// strings in four languages, which only a browser ever loads) is not in what a server runs. @lit-labs/ssr,
// an optional peer dependency, stays external. dist/ssr/index.js, the entry, loads render.js and turns
// Node's bare "Cannot find package '@lit-labs/ssr'" into a sentence that says what to install, as
// folio-elements/server/postgres does for pg; its exports are render.js's, listed from esbuild's metafile.
const ssr = await esbuild({
  entryPoints: { render: 'src/ssr/index.ts' },
  outdir: 'dist/ssr',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  // The same css`` text as the browser build, so a server-rendered shadow root's styles are the tag's own.
  plugins: [esbuildMinifyTemplates()],
  logLevel: 'warning',
});
writeFileSync('dist/ssr/index.js', ssrEntry(ssr.metafile.outputs['dist/ssr/render.js'].exports));
// Its types stay in dist/types/ssr: they import the tags' types (../article, ../core) from there.
cpSync('src/ssr/article-document.schema.json', 'dist/ssr/article-document.schema.json');

/** The text of dist/ssr/index.js: render.js's exports, loaded with a clear error when @lit-labs/ssr is missing. */
function ssrEntry(names) {
  return `// folio-elements/ssr: see render.js. @lit-labs/ssr is an optional peer dependency of folio-elements,
// needed only here; without it Node would only say "Cannot find package".
let ssr;
try {
  ssr = await import('./render.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes("'@lit-labs/ssr'"))
    throw new Error(
      'folio-elements/ssr needs the "@lit-labs/ssr" package, an optional peer dependency: run \`npm install @lit-labs/ssr\`. ' +
        '(The tags themselves, in the browser, need nothing more.)',
      { cause: error },
    );
  throw error;
}
export const { ${names.sort().join(', ')} } = ssr;
`;
}

// Typings for React, Preact, Vue and Svelte, generated from custom-elements.json beside the other types
// (dist/types/frameworks/*.d.ts, with empty dist/frameworks/*.js so the entries also resolve at run time).
const { writeFrameworkTypes } = await import('./framework-types.mjs');
writeFrameworkTypes({ out: 'dist' });

// Editor data for VS Code and JetBrains IDEs, from the same manifest (dist/vscode.*-custom-data.json,
// dist/web-types.json); the types above resolve the values of attributes typed by an alias.
const { writeEditorData } = await import('./editor-data.mjs');
writeEditorData({ out: 'dist' });

console.log(
  'built dist/: index.js, folio.js, folio.css, types/,',
  Object.keys(tagEntries()).length,
  'tag entries and server/ (',
  serverEntries().join(', '),
  ')',
);
