// Bytes a page downloads: our build against the budgets (scripts/size.mjs,
// the same figures CI checks), and our report dialog against the closest
// peer dialogs, each bundled the same way here. Sizes are deterministic, so
// there are no runs and no medians.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import type { BenchSection, ResultTable } from '../support/section.js';
import { formatInt, formatKiB, formatRatio } from '../support/stats.js';

interface Sizes {
  minified: number;
  gzip: number;
  brotli: number;
}
interface Chunk extends Sizes {
  file: string;
}
interface SizeScript {
  BUDGETS: Record<string, number>;
  sizes(bytes: Uint8Array): Sizes;
  folioSizes(): Sizes & { file: string; files: string[]; lazy: Chunk[] };
  tagSizes(): Promise<Array<Sizes & { tag: string; budget: number; lazy: Chunk[] }>>;
}
interface MinifyTemplates {
  esbuildMinifyTemplates(): import('esbuild').Plugin;
}

// Plain JavaScript without declaration files: the specifiers go through
// variables so TypeScript takes the shapes above.
const SIZE_SCRIPT = '../../scripts/size.mjs';
const MINIFY_TEMPLATES = '../../scripts/minify-templates.mjs';

/** What a page imports to get a dialog: our tag's entry and the peers' own per-component modules. */
const DIALOGS = [
  { name: '`<folio-report-dialog>` (ours)', entry: 'src/report-dialog/define.ts' },
  {
    name: '`<sl-dialog>` (Shoelace)',
    entry: '@shoelace-style/shoelace/dist/components/dialog/dialog.js',
    pkg: '@shoelace-style/shoelace',
  },
  {
    name: '`<wa-dialog>` (Web Awesome)',
    entry: '@awesome.me/webawesome/dist/components/dialog/dialog.js',
    pkg: '@awesome.me/webawesome',
  },
  { name: '`<md-dialog>` (Material Web)', entry: '@material/web/dialog/dialog.js', pkg: '@material/web' },
] as const;

/** Lit alone, for scale: what every Lit component above carries. */
const LIT_ONLY = `export { LitElement, html, css, nothing } from 'lit';\nexport { customElement, property, state, query } from 'lit/decorators.js';\n`;

interface Bundle extends Sizes {
  /** The entry and every chunk it imports statically: what loads before the component works. */
  eagerFiles: string[];
  /** Chunks it loads only on demand (import()). */
  lazy: Chunk[];
}

/**
 * Bundles one entry the way the build does (esbuild, minify, es2022, ESM,
 * code splitting so lazy imports stay separate), everything included: Lit,
 * the library's own shared code, its dependencies.
 */
async function bundle(
  entry: { path?: string; contents?: string },
  size: SizeScript['sizes'],
  minifyTemplates: MinifyTemplates,
): Promise<Bundle> {
  const result = await build({
    ...(entry.path
      ? { entryPoints: { entry: entry.path } }
      : { stdin: { contents: entry.contents!, resolveDir: process.cwd(), loader: 'js', sourcefile: 'entry.js' } }),
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/bundle',
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    // Our sources get the build's css`` minifier, as in dist/; it touches only files under src/.
    plugins: [minifyTemplates.esbuildMinifyTemplates()],
  });
  // The metafile names outputs relative to the working directory; outputFiles by absolute path.
  const name = (path: string) => resolve(path).replace(/^\/bundle\//, '');
  const files = new Map(result.outputFiles.map((f) => [name(f.path), f.contents]));
  const outputs = new Map(
    Object.entries(result.metafile.outputs as Metafile['outputs']).map(([path, output]) => [name(path), output]),
  );
  const entryFile = [...outputs].find(([, output]) => output.entryPoint !== undefined)![0];
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const imported of outputs.get(file)?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(name(imported.path));
    }
  };
  visit(entryFile);
  const eagerBytes = Buffer.concat([...eager].map((file) => files.get(file)!));
  const lazy = [...files.keys()]
    .filter((file) => !eager.has(file))
    .map((file) => ({ file, ...size(files.get(file)!) }));
  return { ...size(eagerBytes), eagerFiles: [...eager], lazy };
}

/** Read from node_modules: not every package exports its package.json. */
function packageVersion(pkg: string): string {
  return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;
}

/** Names a lazy chunk by what is in it, when the chunk's hashed name does not say. */
function chunkName(file: string): string {
  const name = file.replace(/^dist\/(folio-chunks\/)?/, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
  return /purify/.test(name) ? `${name} (the DOMPurify sanitizer)` : name;
}

const section: BenchSection = {
  name: 'sizes',
  title: 'Sizes: our build and the peer dialogs',
  async run({ log }) {
    const sizeScript = (await import(SIZE_SCRIPT)) as SizeScript;
    const minifyTemplates = (await import(MINIFY_TEMPLATES)) as MinifyTemplates;

    log('dist/folio.js and each tag (scripts/size.mjs)…');
    const folio = sizeScript.folioSizes();
    const tags = await sizeScript.tagSizes();
    const budgetRows: (string | number)[][] = [];
    const within = (s: Sizes, budget?: number) =>
      budget === undefined ? '' : s.brotli <= budget ? `yes (${formatKiB(budget)})` : `NO, over ${formatKiB(budget)}`;
    budgetRows.push([
      'dist/folio.js (Lit, six tags, four locales)',
      formatInt(folio.minified),
      formatInt(folio.gzip),
      formatInt(folio.brotli),
      within(folio, sizeScript.BUDGETS['dist/folio.js']),
    ]);
    for (const chunk of folio.lazy)
      budgetRows.push([
        `↳ lazy: ${chunkName(chunk.file)}`,
        formatInt(chunk.minified),
        formatInt(chunk.gzip),
        formatInt(chunk.brotli),
        '',
      ]);
    for (const tag of tags) {
      budgetRows.push([
        `${tag.tag}: own code`,
        formatInt(tag.minified),
        formatInt(tag.gzip),
        formatInt(tag.brotli),
        within(tag, tag.budget),
      ]);
      for (const chunk of tag.lazy)
        budgetRows.push([
          `↳ lazy: ${chunkName(chunk.file)}`,
          formatInt(chunk.minified),
          formatInt(chunk.gzip),
          formatInt(chunk.brotli),
          '',
        ]);
    }

    const versions: Record<string, string> = {};
    const dialogs: Array<{ name: string; entry: string; version?: string } & Bundle> = [];
    for (const dialog of DIALOGS) {
      log(`bundling ${dialog.name}…`);
      let version: string | undefined;
      if ('pkg' in dialog) {
        version = packageVersion(dialog.pkg);
        versions[dialog.pkg] = version;
      }
      dialogs.push({
        name: dialog.name,
        entry: dialog.entry,
        version,
        ...(await bundle({ path: dialog.entry }, sizeScript.sizes, minifyTemplates)),
      });
    }
    log('bundling Lit alone…');
    const lit = await bundle({ contents: LIT_ONLY }, sizeScript.sizes, minifyTemplates);
    versions.lit = packageVersion('lit');

    const ours = dialogs[0]!;
    const dialogRows: (string | number)[][] = [];
    for (const dialog of dialogs) {
      const name = dialog.version ? dialog.name.replace(/\)$/, ` ${dialog.version})`) : dialog.name;
      dialogRows.push([
        name,
        formatInt(dialog.minified),
        formatInt(dialog.gzip),
        formatInt(dialog.brotli),
        formatRatio(dialog.brotli / ours.brotli),
      ]);
      for (const chunk of dialog.lazy)
        dialogRows.push([
          `↳ lazy: ${chunkName(chunk.file)}`,
          formatInt(chunk.minified),
          formatInt(chunk.gzip),
          formatInt(chunk.brotli),
          '',
        ]);
    }
    dialogRows.push([
      `Lit ${versions.lit} alone, for scale`,
      formatInt(lit.minified),
      formatInt(lit.gzip),
      formatInt(lit.brotli),
      formatRatio(lit.brotli / ours.brotli),
    ]);

    const columns = ['', 'min B', 'gzip B', 'brotli B'];
    const tables: ResultTable[] = [
      { caption: 'Our build against the budgets (brotli):', columns: [...columns, 'within budget'], rows: budgetRows },
      {
        caption: 'A dialog, bundled the same way, Lit included in each:',
        columns: [...columns, 'brotli vs ours'],
        rows: dialogRows,
      },
    ];
    return {
      tables,
      notes: [
        'Bytes as served: minified, gzip level 9, brotli quality 11 (scripts/size.mjs, the script CI runs with the budgets).',
        "dist/folio.js counts the file and the chunks it imports statically; a tag's own code leaves out Lit, src/core, the locale registry and other tags (every page pays for those once); chunks loaded on demand (the DOMPurify sanitizer, the article's fallback stylesheet) are listed apart.",
        'Dialogs: each entry bundled here with esbuild (bundle, minify, ES2022, ESM, code splitting), with Lit and all its dependencies included, our own through the same css`` minifier as the build; chunks loaded only by import() are listed apart.',
        'Ours is a dialog shell that loads with the page plus the whole report form (reasons, description with counter, contact fields, draft saving, validation, its strings), which loads on first use and is listed apart; the peers are bare dialog shells whose content the page writes itself, so they are a floor for "a dialog", not equals.',
      ],
      data: { budgets: sizeScript.BUDGETS, folio, tags, dialogs, lit, versions },
    };
  },
};

export default section;
