// The CSS that is generated rather than written, and the check that keeps it
// fresh. Run it after editing src/core/token-defaults.ts or a .css file
// below; `--check` (a test runs it) fails while anything is stale.
//
// - src/core/tokens.css: the design tokens for the light DOM and the tags'
//   boxes before upgrade, from token-defaults.ts, the table the shadow-DOM
//   widgets read too (themeStyles): every `--folio-*` a site sets wins, else
//   the built-in value, as private `--_folio-*` copies the rules read. One
//   table, so no default is ever copied by hand into a stylesheet.
// - the inlined modules: light-DOM tags keep their rules in a .css file that
//   src/folio.css imports (so a page styles them before any script runs) and
//   adopt the same rules when a page lacks folio.css. The element cannot
//   fetch the .css file (a bundle may live anywhere), so each is written into
//   a module as a string, its @imports (the tokens) included.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

export const TOKENS_CSS = 'src/core/tokens.css';

export const INLINED = [
  { css: 'src/article/article.css', module: 'src/article/article-css.ts' },
  { css: 'src/section-heading/section-heading.css', module: 'src/section-heading/section-heading-css.ts' },
];

/** token-defaults.ts, bundled on the fly (it is TypeScript) and imported. */
async function tokenDefaults() {
  const [output] = buildSync({
    entryPoints: [new URL('src/core/token-defaults.ts', root).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  }).outputFiles;
  return import(`data:text/javascript,${encodeURIComponent(output.text)}`);
}

/** Every tag: a folder of src/ with a define.ts, named folio-<folder>. */
function tagNames() {
  return readdirSync(new URL('src/', root), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL(`src/${d.name}/define.ts`, root)))
    .map((d) => `folio-${d.name}`)
    .sort();
}

export function tokensCss({ TOKEN_DEFAULTS, CJK_FONTS, CJK_FONT_LANGS }, tags = tagNames()) {
  const on = `:where(${tags.join(', ')})`;
  const declarations = Object.entries(TOKEN_DEFAULTS).map(
    ([name, value]) => `    --_folio-${name}: var(--folio-${name}, ${value});`,
  );
  const scripts = Object.entries(CJK_FONT_LANGS).map(
    ([script, langs]) =>
      `  ${on}:is(${langs.map((lang) => `:lang(${lang})`).join(', ')}) {\n    --_folio-font-cjk: var(--folio-font-cjk, ${CJK_FONTS[script]});\n  }`,
  );
  return `/* Generated from src/core/token-defaults.ts by scripts/inline-css.mjs: do not edit by hand. */
/*
 * The design tokens where the light DOM reads them: in the article and the
 * section headings, and in every tag's box before upgrade (folio.css). A
 * --folio-* property a site sets on the tag or an ancestor wins, else the
 * built-in value; light-dark() follows the color-scheme where it is used.
 */
@layer folio {
  ${on} {
${declarations.join('\n')}
  }
${scripts.join('\n')}
}
`;
}

/** The module: the rules (with what they @import) as a Lit CSSResult named `styles`, which the element's lazy part adopts. */
export function moduleText({ css }) {
  const text = read(css);
  if (text.includes('`') || text.includes('${'))
    throw new Error(`${css}: a backtick or \${ would end the template string`);
  // Minified: the copy ships in a script, where comments and indentation are only bytes.
  const [output] = buildSync({
    entryPoints: [new URL(css, root).pathname],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
  }).outputFiles;
  return `// Generated from ${css.split('/').pop()} by scripts/inline-css.mjs: do not edit by hand.\nimport { unsafeCSS } from 'lit';\n\nexport const styles = unsafeCSS(String.raw\`${output.text.trim()}\`);\n`;
}

/** Each generated file and what it should hold: tokens.css first, since the modules include it. */
export async function generated() {
  const tokens = tokensCss(await tokenDefaults());
  return [
    { path: TOKENS_CSS, text: () => tokens },
    ...INLINED.map((entry) => ({ path: entry.module, text: () => moduleText(entry) })),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, text } of await generated()) {
    const wanted = text();
    const current = existsSync(new URL(path, root)) ? read(path) : '';
    if (current === wanted) continue;
    if (check) {
      console.error(`${path} is stale: run node scripts/inline-css.mjs`);
      stale++;
    } else {
      writeFileSync(new URL(path, root), wanted);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
