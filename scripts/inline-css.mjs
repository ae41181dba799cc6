// Light-DOM tags keep their rules in a .css file that src/folio.css imports
// (so a page styles them before any script runs) and adopt the same rules
// when a page lacks folio.css. The element cannot fetch the .css file (a
// bundle may live anywhere), so this script writes each one into a module
// as a string. Run it after editing a .css file below; a test fails while a
// copy is stale (`node scripts/inline-css.mjs --check` says which).
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

export const INLINED = [
  { css: 'src/article/article.css', module: 'src/article/article-css.ts' },
  { css: 'src/section-heading/section-heading.css', module: 'src/section-heading/section-heading-css.ts' },
];

/** The module: the rules as a Lit CSSResult named `styles`, which the element's lazy part adopts. */
export function moduleText({ css }, text = readFileSync(new URL(`../${css}`, import.meta.url), 'utf8')) {
  if (text.includes('`') || text.includes('${'))
    throw new Error(`${css}: a backtick or \${ would end the template string`);
  // Minified: the copy ships in a script, where comments and indentation are only bytes.
  text = transformSync(text, { loader: 'css', minify: true }).code.trim();
  return `// Generated from ${css.split('/').pop()} by scripts/inline-css.mjs: do not edit by hand.\nimport { unsafeCSS } from 'lit';\n\nexport const styles = unsafeCSS(String.raw\`${text}\`);\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const entry of INLINED) {
    const path = new URL(`../${entry.module}`, import.meta.url);
    const wanted = moduleText(entry);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === wanted) continue;
    if (check) {
      console.error(`${entry.module} is stale: run node scripts/inline-css.mjs`);
      stale++;
    } else {
      writeFileSync(path, wanted);
      console.log(`wrote ${entry.module}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
