// The build rewrites the css`` templates of src/ (scripts/minify-templates.mjs).
// The browser tests run the sources as written, so this checks the rewrite
// itself: for every css`` template in src/, the rewritten text must be the
// same stylesheet as the original once both go through esbuild's CSS parser
// and printer (its minified output is a canonical form), with each ${…}
// expression standing in as the same opaque custom property.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
// @ts-expect-error: a plain .mjs build script without types
import { minifyCssChunk, minifyTemplates } from '../../scripts/minify-templates.mjs';

const src = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/**
 * The css`` templates of a source, each with its ${…} expressions replaced by
 * one placeholder value (nested braces and templates inside them included).
 */
function cssTemplates(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/(?<![\w$.])css`/g)) {
    let text = '';
    let depth = 0;
    for (let i = match.index + match[0].length; i < source.length; i++) {
      const c = source[i]!;
      if (depth === 0 && c === '`') break;
      if (c === '\\') {
        if (depth === 0) text += c + source[i + 1];
        i++;
      } else if (c === '$' && source[i + 1] === '{') {
        if (depth === 0) text += 'var(--expr)';
        depth++;
        i++;
      } else if (c === '{' && depth > 0) depth++;
      else if (c === '}' && depth > 0) depth--;
      else if (depth === 0) text += c;
    }
    out.push(text);
  }
  return out;
}

// esbuild keeps the whitespace of var() fallbacks and custom property values as written; after a
// comma or a colon it is never significant (values are trimmed), so the comparison ignores it there.
const canonical = (text: string) =>
  transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' }).code.replace(/([,:])\s+/g, '$1');

describe('css`` minification in the build', () => {
  const files = sourceFiles(src).filter((file) => readFileSync(file, 'utf8').includes('css`'));

  it('finds the component stylesheets', () => {
    assert.ok(files.length >= 5, `only ${files.length} files with css\`\``);
  });

  for (const file of files) {
    it(`keeps every rule of ${file.slice(src.length)}`, () => {
      const source = readFileSync(file, 'utf8');
      const before = cssTemplates(source);
      const after = cssTemplates(minifyTemplates(source));
      assert.equal(after.length, before.length);
      before.forEach((text, i) => {
        assert.equal(canonical(after[i]!), canonical(text), `template ${i + 1}`);
        if (/\/\*|\n\s/.test(text)) assert.ok(after[i]!.length < text.length, `template ${i + 1} got no smaller`);
      });
    });
  }

  it('keeps the spaces CSS needs and drops the rest', () => {
    assert.equal(
      minifyCssChunk(' a  >  b , c { margin: 0  auto ; /* x */ width: calc( 1px + 2px ) ; } '),
      'a>b,c{margin:0 auto;width:calc(1px + 2px)}',
    );
    assert.equal(minifyCssChunk("p::before { content: ' ; ' ; }"), "p::before{content:' ; '}");
    assert.equal(minifyCssChunk('a :hover {}'), 'a :hover{}');
    assert.equal(minifyCssChunk('@media screen and (min-width: 40em) {}'), '@media screen and (min-width:40em){}');
    // At a ${…} boundary one space stays, so an expression never glues to a word.
    assert.equal(minifyCssChunk('  color: ', { first: false, last: false }), ' color: ');
  });
});
