// Builds the package into dist/:
//   dist/index.js, dist/<tag>.js   ES modules per entry, Lit left external (npm users share one Lit)
//   dist/<tag>/class.js            each tag's class without registering it; dist/helpers.js the locale,
//                                  theme and URL helpers without any tag
//   dist/tokens.js                 THEME_TOKENS, the described --folio-* tokens (folio-elements/tokens)
//   dist/folio.js                  one self-contained, minified file with Lit, for <script type="module">;
//                                  the HTML sanitizer stays a separate chunk that loads only when used
//   dist/folio.css                 the preflight stylesheet for <link> in <head>
//   dist/types/                    .d.ts for every module
//   dist/server/                   the report endpoint for Node (folio-elements/server): ES modules for
//                                  Node 20, their .d.ts beside them, and report.schema.json
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { viteMinifyTemplates } from './minify-templates.mjs';

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
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

// folio.js for plain pages; folio-ssr.js, the same with Lit's hydrate support, for server-rendered ones.
// Built one at a time: from one build they would share a chunk, and every page would pay one more
// round trip (folio.js is then only an import of that chunk) before any tag could be defined.
for (const [name, input] of [
  ['folio', 'src/index.ts'],
  ['folio-ssr', 'src/ssr/hydrate.ts'],
]) {
  await build({
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      modulePreload: false,
      minify: 'esbuild',
      rollupOptions: {
        input: { [name]: input },
        // The lazy chunks import shared code from the entry itself (extra exports), not from a facade chunk.
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'folio-chunks/[name]-[hash].js' },
      },
    },
  });
}

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
// Types beside the modules, so `folio-elements/server` resolves them without a `types` map per file.
cpSync('dist/types/server', 'dist/server', { recursive: true });
cpSync('src/server/report.schema.json', 'dist/server/report.schema.json');

// folio-elements/ssr: renderArticlePage and friends, for Node, with @lit-labs/ssr external (an optional peer).
await esbuild({
  entryPoints: ['src/ssr/index.ts'],
  outdir: 'dist/ssr',
  outbase: 'src/ssr',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// Its types stay in dist/types/ssr: they import the tags' types (../article, ../core) from there.
cpSync('src/ssr/article-document.schema.json', 'dist/ssr/article-document.schema.json');

// Typings for React, Preact, Vue and Svelte, generated from custom-elements.json beside the other types
// (dist/types/frameworks/*.d.ts, with empty dist/frameworks/*.js so the entries also resolve at run time).
const { writeFrameworkTypes } = await import('./framework-types.mjs');
writeFrameworkTypes({ out: 'dist' });

console.log(
  'built dist/: index.js, folio.js, folio.css, types/,',
  Object.keys(tagEntries()).length,
  'tag entries and server/ (',
  serverEntries().join(', '),
  ')',
);
