// Byte sizes of what a page downloads, and the budgets CI holds them to.
// Sizes are deterministic (same sources, same bytes), so unlike timings they
// can fail a build. Brotli at quality 11 and gzip at level 9, as a CDN serves.
//
//   node scripts/size.mjs            table, exit 1 when a budget is exceeded (needs `npm run build` first)
//   node scripts/size.mjs --json     the same figures as JSON (bench/ reads them)
//
// What is measured:
// - dist/folio.js: the self-contained file with Lit, every tag and the four
//   built-in locales. Chunks it loads only when needed (the sanitizer, the
//   fallback stylesheets, …) are listed separately, each with what loads it.
// - each tag's own code: its define.ts bundled and minified the way the build
//   does, with Lit, src/core and the locale registry left out (every page
//   pays for those once, whatever the number of tags), and other tags too
//   (the article renders section headings). A tag's strings are its own code. Its lazy chunks are listed apart, as for folio.js.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { esbuildMinifyTemplates } from './minify-templates.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const KiB = 1024;
export const BUDGETS = {
  'dist/folio.js': 20 * KiB,
  'report-dialog': 5 * KiB,
  tag: 3 * KiB,
};

export function sizes(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The static imports of a built chunk, followed: what a page downloads before the entry runs. */
function eagerClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  for (const [, spec] of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.[^"']+)["']/g)) {
    eagerClosure(dir, new URL(spec, `file:///${file}`).pathname.slice(1), seen);
  }
  return seen;
}

function lazyChunks(dir, eager) {
  const chunkDir = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory() && d.name === 'folio-chunks');
  if (!chunkDir) return [];
  return readdirSync(`${dir}/folio-chunks`)
    .map((name) => `folio-chunks/${name}`)
    .filter((file) => !eager.has(file))
    .map((file) => ({ file: `dist/${file}`, ...sizes(readFileSync(`${dir}/${file}`)) }));
}

export function folioSizes() {
  if (!existsSync('dist/folio.js')) throw new Error('dist/folio.js is missing: run `npm run build` first');
  const eager = eagerClosure('dist', 'folio.js');
  const bytes = Buffer.concat([...eager].map((file) => readFileSync(`dist/${file}`)));
  return { file: 'dist/folio.js', files: [...eager], ...sizes(bytes), lazy: lazyChunks('dist', eager) };
}

/** Lit, src/core and the locale registry: shared by every tag, so not counted in a tag's own code. */
const SHARED = /^(lit|lit-html|lit-element|@lit|@lit-labs)(\/|$)|\/core\/|\/core\.js$|\/registry\.js$|^dompurify$/;

export async function tagSizes() {
  const tags = readdirSync('src', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
    .map((d) => d.name)
    .sort();
  const rows = [];
  for (const tag of tags) {
    const result = await build({
      entryPoints: { [tag]: `src/${tag}/define.ts` },
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: '/size',
      logLevel: 'error',
      plugins: [
        {
          name: 'shared-external',
          setup(b) {
            b.onResolve({ filter: /.*/ }, (args) => {
              if (args.kind === 'entry-point') return undefined;
              // Another tag's folder (the article renders section headings): that tag's own code, not this one's.
              const folder = args.path.startsWith('.') ? resolve(dirname(args.importer), args.path).match(/\/src\/([^/]+)\//)?.[1] : undefined;
              const otherTag = folder && folder !== tag && tags.includes(folder);
              return SHARED.test(args.path) || otherTag ? { path: args.path, external: true } : undefined;
            });
          },
        },
        esbuildMinifyTemplates(),
      ],
    });
    const outputs = result.outputFiles.map((f) => ({ file: f.path.replace('/size/', ''), bytes: f.contents }));
    // One entry point: everything it imports statically is inside it; the other files are its lazy chunks.
    const entry = outputs.find((o) => o.file === `${tag}.js`);
    rows.push({
      tag,
      ...sizes(entry.bytes),
      budget: BUDGETS[tag] ?? BUDGETS.tag,
      lazy: outputs.filter((o) => o !== entry).map((o) => ({ file: o.file, ...sizes(o.bytes) })),
    });
  }
  return rows;
}

const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const folio = folioSizes();
  const tags = await tagSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ folio, tags, budgets: BUDGETS }, null, 2));
    process.exit(0);
  }
  const over = [];
  const line = (name, s, budget, note = '') => {
    const fail = budget !== undefined && s.brotli > budget;
    if (fail) over.push(name);
    const cells = [name.padEnd(34), String(s.minified).padStart(8), String(s.gzip).padStart(8), String(s.brotli).padStart(8), (budget ? kib(budget) : '').padStart(10), fail ? ' OVER' : budget ? ' ok' : '', note];
    console.log(cells.join('  '));
  };
  console.log(['entry'.padEnd(34), 'min B'.padStart(8), 'gzip B'.padStart(8), 'br B'.padStart(8), 'budget br'.padStart(10)].join('  '));
  line(folio.file, folio, BUDGETS['dist/folio.js'], `(${folio.files.join(' + ')})`);
  for (const chunk of folio.lazy) line(`  lazy ${chunk.file.replace('dist/folio-chunks/', '')}`, chunk);
  for (const row of tags) {
    line(`${row.tag} (own code)`, row, row.budget);
    for (const chunk of row.lazy) line(`  lazy ${chunk.file}`, chunk);
  }
  if (over.length) {
    console.error(`\nOver budget: ${over.join(', ')}`);
    process.exit(1);
  }
  console.log('\nEvery entry is within its budget.');
}
