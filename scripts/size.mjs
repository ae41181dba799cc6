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
// - dist/folio-loader.js: the loader a page may use instead of folio.js (it
//   imports folio.js after the first paint); its own bytes, folio.js apart.
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
/**
 * Issue 19's decision: folio.js holds all seven tags (with Lit and the four
 * built-in locales) in 26 KiB; each tag's own code in 3 KiB, the report
 * dialog's in 5 KiB.
 */
export const BUDGETS = {
  'dist/folio.js': 26 * KiB,
  // Issue 20: what a page downloads before its first paint when it uses the loader; it must stay a few lines.
  'dist/folio-loader.js': 512,
  'report-dialog': 5 * KiB,
  tag: 3 * KiB,
};

/**
 * The ratchet: an entry listed here may not grow past its ceiling, its size
 * (brotli bytes) as last measured. Lower a ceiling in the commit that shrinks
 * its entry (the script says by how much); raise one only in a commit that
 * says why. A ceiling never passes the budget.
 */
export const CEILINGS = {
  // 24,207 B on issue 19's branch (tokens generated into every tag, LazyPartController, whenIdle) and
  // 23,407 B on main (issue 14: hydration internals exported for folio-ssr.js, a source map comment); the
  // two together measure 24,321 B; +12 B for the related-posts item cap (issue 15); +20 B for the
  // article's embed-hosts attribute (issue 17; the rest of the content policy is in the lazy sanitizer chunk);
  // merged, 24,372 B. Issue 16 adds <folio-reactions> (its like button, count and strings; its sender and
  // other kinds are lazy chunks): +1,643 B on its own branch; merged, 26,030 B. Issue 21's page items add
  // about 300 B: the --folio-measure token in every tag's fallbacks and :host, the warning for a page without
  // lang, the notice's publication year and normalize-punctuation part, the report form's one retry action
  // and live error count. All merged: 26,367 B; 26,347 B once blocks share the content policy's chunk (issue 17).
  // Issue 20: +276 B for keeping the dates a page wrote out (post-nav), whole numbers without Intl, and the time
  // zone checked only when a date is formatted (no Intl formatter on a page whose text is right): 26,623 B.
  // Issue 21's indent fix (article CSS) changes no byte of folio.js but its chunk's hashed name, which moves
  // brotli by tens of bytes; merged with this stop's other changes: 26,615 B.
  // Issue 18: related posts' heading without lit/static-html (one template per level), −104 B: 26,511 B;
  // with the lazy parts' WebKit layout nudge (lazy-part.ts), 26,503 B (brotli moves with the chunk names);
  // stream-safe text (no run of over 30 combining marks, which hangs WebKit) in text properties, related
  // posts' items and the dialog's reason labels: 26,498 B. A too-big feed cancelled by its reader again
  // (a WebKit failure in CI): 26,566 B.
  'dist/folio.js': 26566,
  // +41 B (2982 until then): related posts read at most 100 items of any source, and say so (issue 15);
  // its :host keeps to the column's measure (issue 21): 3,036 B. +1 B for one heading template per level
  // instead of lit/static-html (Lit's, so not counted here), which saves 104 B of folio.js (issue 18).
  // +17 B: items' text is stream-safe (issue 18, a WebKit hang): 3,054 B; a too-big feed's reader cancelled: 3,055 B.
  'related-posts': 3055,
};

export function sizes(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]*from\s*)?["'](\.[^"']+)["']/g;
const ANY_IMPORT = /(?:import|from)\s*\(?\s*["'](\.[^"']+)["']/g;

/** The imports of a built chunk, followed: static ones only (what a page downloads before the entry runs), or dynamic ones too. */
function closure(read, file, pattern = STATIC_IMPORT, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of read(file).matchAll(pattern))
    closure(read, new URL(spec, `file:///${file}`).pathname.slice(1), pattern, seen);
  return seen;
}
const eagerClosure = (read, file) => closure(read, file);

/** The chunks an entry may load later: everything it reaches through import() that it does not load up front. */
function lazyChunks(read, entry, eager) {
  return [...closure(read, entry, ANY_IMPORT)]
    .filter((file) => !eager.has(file))
    .map((file) => ({ file: `dist/${file}`, ...sizes(readFileSync(`dist/${file}`)) }));
}

export function folioSizes() {
  if (!existsSync('dist/folio.js')) throw new Error('dist/folio.js is missing: run `npm run build` first');
  const read = (file) => readFileSync(`dist/${file}`, 'utf8');
  const eager = eagerClosure(read, 'folio.js');
  const bytes = Buffer.concat([...eager].map((file) => readFileSync(`dist/${file}`)));
  return { file: 'dist/folio.js', files: [...eager], ...sizes(bytes), lazy: lazyChunks(read, 'folio.js', eager) };
}

/** dist/folio-loader.js alone: what it imports is folio.js, which it loads only through import(). */
export function loaderSizes() {
  const file = 'dist/folio-loader.js';
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  const code = readFileSync(file, 'utf8');
  const eager = eagerClosure((name) => readFileSync(`dist/${name}`, 'utf8'), 'folio-loader.js');
  if (eager.size !== 1)
    throw new Error(`${file} imports ${[...eager].slice(1).join(', ')} up front: it must only import()`);
  return { file, ...sizes(code) };
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
      // As the real build (Vite): CJK strings ship as UTF-8, not as \uXXXX escapes.
      charset: 'utf8',
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
              const folder = args.path.startsWith('.')
                ? resolve(dirname(args.importer), args.path).match(/\/src\/([^/]+)\//)?.[1]
                : undefined;
              const otherTag = folder && folder !== tag && tags.includes(folder);
              return SHARED.test(args.path) || otherTag ? { path: args.path, external: true } : undefined;
            });
          },
        },
        esbuildMinifyTemplates(),
      ],
    });
    const outputs = new Map(result.outputFiles.map((f) => [f.path.replace('/size/', ''), f.contents]));
    // The entry and what it imports statically (esbuild's helpers shared with the lazy chunks land in
    // a chunk of their own, which the entry imports): the rest are lazy chunks.
    // Lit, core and other tags stay external with their relative paths: those are no files of this build.
    const eager = eagerClosure(
      (file) => (outputs.has(file) ? Buffer.from(outputs.get(file)).toString('utf8') : ''),
      `${tag}.js`,
    );
    for (const file of eager) if (!outputs.has(file)) eager.delete(file);
    rows.push({
      tag,
      files: [...eager],
      ...sizes(Buffer.concat([...eager].map((file) => outputs.get(file)))),
      budget: BUDGETS[tag] ?? BUDGETS.tag,
      lazy: [...outputs].filter(([file]) => !eager.has(file)).map(([file, bytes]) => ({ file, ...sizes(bytes) })),
    });
  }
  return rows;
}

const kib = (n) => `${(n / KiB).toFixed(2)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const folio = folioSizes();
  const loader = loaderSizes();
  const tags = await tagSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ folio, loader, tags, budgets: BUDGETS, ceilings: CEILINGS }, null, 2));
    process.exit(0);
  }
  const failed = [];
  const line = (name, key, s, budget, note = '') => {
    const ceiling = CEILINGS[key];
    let status = '';
    if (budget !== undefined && s.brotli > budget) ((status = 'OVER BUDGET'), failed.push(name));
    else if (ceiling !== undefined && s.brotli > ceiling)
      ((status = `OVER CEILING ${ceiling} B (raise it only with a note)`), failed.push(name));
    else if (budget !== undefined) status = ceiling === undefined ? 'ok' : `ok, ceiling ${ceiling} B`;
    const cells = [
      name.padEnd(34),
      String(s.minified).padStart(8),
      String(s.gzip).padStart(8),
      String(s.brotli).padStart(8),
      (budget ? kib(budget) : '').padStart(10),
      ` ${status}`,
      note,
    ];
    console.log(cells.join('  ').trimEnd());
  };
  console.log(
    ['entry'.padEnd(34), 'min B'.padStart(8), 'gzip B'.padStart(8), 'br B'.padStart(8), 'budget br'.padStart(10)].join(
      '  ',
    ),
  );
  line(folio.file, 'dist/folio.js', folio, BUDGETS['dist/folio.js'], `(${folio.files.join(' + ')})`);
  for (const chunk of folio.lazy) line(`  lazy ${chunk.file.replace('dist/folio-chunks/', '')}`, '', chunk);
  line(loader.file, loader.file, loader, BUDGETS[loader.file], '(then imports dist/folio.js)');
  for (const row of tags) {
    line(`${row.tag} (own code)`, row.tag, row, row.budget);
    for (const chunk of row.lazy) line(`  lazy ${chunk.file}`, '', chunk);
  }
  for (const [key, ceiling] of Object.entries(CEILINGS)) {
    const current = key === 'dist/folio.js' ? folio.brotli : tags.find((row) => row.tag === key)?.brotli;
    if (current !== undefined && current < ceiling)
      console.log(
        `\n${key} is ${ceiling - current} B below its ceiling: lower CEILINGS['${key}'] to ${current} in scripts/size.mjs.`,
      );
  }
  if (failed.length) {
    console.error(`\nOver budget or ceiling: ${failed.join(', ')}`);
    process.exit(1);
  }
  console.log('\nEvery entry is within its budget and ceiling.');
}
