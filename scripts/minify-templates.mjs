// Lit keeps the text of css`` templates as written, comments and indentation
// included, and neither esbuild nor Rollup touches the inside of a template
// literal. This squeezes the static parts of every css`` template in our
// sources before bundling, as Lit's own docs suggest doing at build time.
// It only removes what CSS ignores: comments, and whitespace that is not
// inside a string and not needed between two words (`a b`, `1px solid`,
// `calc(1px + 2px)` keep their single space). `${…}` expressions are left
// alone, with one space kept around them so they never glue to a word.
import { readFileSync } from 'node:fs';

/** Minifies the static text of one css`` template chunk. */
export function minifyCssChunk(text, { first = true, last = true } = {}) {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      space = true;
      continue;
    }
    if (/\s/.test(c)) {
      space = true;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (space && out && !/[{};,>(:]$/.test(out)) out += ' ';
      space = false;
      out += text.slice(i, j + 1);
      i = j;
      continue;
    }
    // No space is needed next to these: block and declaration ends, lists, the child combinator,
    // inside parentheses, and after a colon (never before one: `a :hover` is not `a:hover`).
    if (space && out && !/[{};,>(:]$/.test(out) && !'{};,>)'.includes(c)) out += ' ';
    if (space && !out && !first) out += ' ';
    space = false;
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += c;
  }
  if (space && !last) out += ' ';
  return out;
}

/** Finds the end of a `${…}` expression starting at `start` (just after `${`); returns the index of its `}`. */
function expressionEnd(source, start) {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '`') i = templateEnd(source, i + 1);
    else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new Error('unterminated ${ } in a template');
}

/** Finds the closing backtick of a template whose text starts at `start`. */
function templateEnd(source, start) {
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '`') return i;
    else if (c === '$' && source[i + 1] === '{') i = expressionEnd(source, i + 2);
  }
  throw new Error('unterminated template');
}

/** Rewrites every css`` template in a module's source. */
export function minifyTemplates(source) {
  const tag = /(?<![\w$.])css`/g;
  let out = '';
  let from = 0;
  for (let match; (match = tag.exec(source));) {
    const start = match.index + match[0].length;
    const end = templateEnd(source, start);
    const body = source.slice(start, end);
    // Split into static chunks and ${…} expressions (which may hold nested templates).
    const parts = [];
    let chunkStart = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '\\') i++;
      else if (body[i] === '$' && body[i + 1] === '{') {
        const close = expressionEnd(body, i + 2);
        parts.push(body.slice(chunkStart, i), body.slice(i, close + 1));
        chunkStart = close + 1;
        i = close;
      }
    }
    parts.push(body.slice(chunkStart));
    const minified = parts
      .map((part, index) =>
        index % 2 ? part : minifyCssChunk(part, { first: index === 0, last: index === parts.length - 1 }),
      )
      .join('');
    out += source.slice(from, start) + minified + '`';
    from = end + 1;
    tag.lastIndex = end + 1;
  }
  return out + source.slice(from);
}

const isOurSource = (id) => /\/src\/.*\.ts$/.test(id) && !id.includes('/node_modules/');

/** The same rewrite as a Vite (Rollup) plugin, for scripts/build.mjs. */
export function viteMinifyTemplates() {
  return {
    name: 'folio-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      return isOurSource(id) && code.includes('css`') ? { code: minifyTemplates(code), map: null } : null;
    },
  };
}

/** …and as an esbuild plugin, for scripts/size.mjs. */
export function esbuildMinifyTemplates() {
  return {
    name: 'folio-minify-templates',
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        return { contents: code.includes('css`') ? minifyTemplates(code) : code, loader: 'ts' };
      });
    },
  };
}
