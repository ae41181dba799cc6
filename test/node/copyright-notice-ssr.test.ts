// The copyright notice loads its Creative Commons part lazily in the browser;
// a server renders at once, so src/ssr hands the part over up front. The
// server's markup must name the license and link its deed, as the browser's does.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seed } from '../../fixtures/seed-article.js';
import { renderArticlePage } from '../../src/ssr/index.js';

/** The notice's declarative shadow root, without Lit's comments and styles. */
function noticeShadow(html: string): string {
  const match =
    /<folio-copyright-notice\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>/.exec(
      html,
    );
  assert.ok(match, 'the notice has a declarative shadow root');
  return match[1]!.replace(/<!--[\s\S]*?-->|<\?>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '');
}

describe('server-rendered <folio-copyright-notice license>', () => {
  test('names a Creative Commons license in the page language and links its deed', async () => {
    const html = await renderArticlePage({ ...seed, copyright: { ...seed.copyright, license: 'cc-by-nc-nd-4.0' } });
    const shadow = noticeShadow(html);
    assert.match(
      shadow,
      /<a part="license-link" rel="license" href="https:\/\/creativecommons.org\/licenses\/by-nc-nd\/4.0\/deed.zh-hans">知识共享 署名-非商业性使用-禁止演绎 4.0 国际 许可协议<\/a>/,
    );
    assert.match(shadow, /<span part="license-code" class="code">CC BY-NC-ND 4.0<\/span>/);
    assert.ok(!shadow.includes('\u00a0'), 'no placeholder line');
  });

  test('renders CC0 as a dedication', async () => {
    const html = await renderArticlePage({ ...seed, lang: 'en', copyright: { ...seed.copyright, license: 'cc0-1.0' } });
    const text = noticeShadow(html)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    assert.match(text, /This work is dedicated to the public domain under CC0 1\.0 Universal \(CC0 1\.0\)\./);
  });
});
