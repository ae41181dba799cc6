import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';

// Its own file (its own page): nothing here may have loaded DOMPurify before the first test.
const purifyLoaded = () => performance.getEntriesByType('resource').some((e) => /dompurify|purify/i.test(e.name));

describe('<folio-article> loads the sanitizer lazily', () => {
  it('does not load DOMPurify for an article written in the page, or from blocks', async () => {
    await fixture(
      html`<folio-article lang="zh-CN" headline="标题" reading-time toc><p>正文。</p><h2>小标题</h2></folio-article>`,
    );
    const fromBlocks = await fixture<FolioArticle>(html`<folio-article></folio-article>`);
    fromBlocks.blocks = [{ type: 'paragraph', text: '段落' }];
    await fromBlocks.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(purifyLoaded()).to.equal(false);
  });

  it('loads it the first time `html` is set', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article></folio-article>`);
    article.html = '<p>来自 <em>CMS</em> 的正文</p>';
    await waitUntil(() => article.querySelector('[data-folio-article-part="body"] em'), 'sanitized body');
    expect(purifyLoaded()).to.equal(true);
  });
});
