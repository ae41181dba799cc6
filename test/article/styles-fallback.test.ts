import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { cssWithImports, expectSameRules } from '../helpers/css-rules.js';

// This page never links folio.css: the element must bring the same rules itself.
describe('<folio-article> on a page without folio.css', () => {
  it('adopts article.css into the document once, inside @layer folio', async () => {
    expect(document.querySelector('link[rel="stylesheet"]')).to.equal(null);
    const wrapper = await fixture(
      html`<div lang="zh-CN"><folio-article><p>文字。</p></folio-article><folio-article><p>二</p></folio-article></div>`,
    );
    const el = wrapper.querySelector<FolioArticle>('folio-article')!;
    const p = el.querySelector('p')!;
    await waitUntil(() => getComputedStyle(p).lineBreak === 'strict', 'typography applied');
    expect(parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)).to.be.closeTo(
      1.8,
      0.01,
    );
    const sheets = document.adoptedStyleSheets.filter((s) =>
      [...s.cssRules].some((r) => r.cssText.includes('folio-article')),
    );
    expect(sheets).to.have.length(1);
    expect(sheets[0]!.cssRules[sheets[0]!.cssRules.length - 1]).to.be.instanceOf(CSSLayerBlockRule);
  });

  it('brings exactly the rules of article.css (the file folio.css imports)', async () => {
    const { styles } = await import('../../src/article/article-css.js');
    expectSameRules(styles.cssText, await cssWithImports(new URL('../../src/article/article.css', import.meta.url)));
  });
});
