import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CJK_FONT_LANGS, CJK_FONTS, TOKEN_DEFAULTS } from '../../src/core/token-defaults.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated CSS (scripts/inline-css.mjs)', () => {
  test('src/core/tokens.css and the inlined copies of the light-DOM rules are fresh', () => {
    const script = new URL('../../scripts/inline-css.mjs', import.meta.url).pathname;
    // Exits non-zero, naming the stale file, when one is.
    execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' });
  });

  test('tokens.css gives every token its default, and the TC and JP font stacks by lang', () => {
    const css = read('src/core/tokens.css');
    for (const [name, value] of Object.entries(TOKEN_DEFAULTS))
      assert.ok(css.includes(`--_folio-${name}: var(--folio-${name}, ${value});`), name);
    for (const [script, langs] of Object.entries(CJK_FONT_LANGS)) {
      assert.ok(css.includes(`:is(${langs.map((lang) => `:lang(${lang})`).join(', ')}) {`), script);
      assert.ok(css.includes(`--_folio-font-cjk: var(--folio-font-cjk, ${CJK_FONTS[script as 'TC' | 'JP']});`), script);
    }
  });

  test('no stylesheet writes a default of its own: they read the tokens', () => {
    for (const path of ['src/folio.css', 'src/article/article.css', 'src/section-heading/section-heading.css']) {
      const css = read(path);
      assert.ok(css.includes("@import url('"), `${path} imports tokens.css`);
      for (const name of Object.keys(TOKEN_DEFAULTS))
        assert.ok(!css.includes(`var(--folio-${name},`), `${path} has a fallback of its own for --folio-${name}`);
    }
  });
});
