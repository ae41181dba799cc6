import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';

// Its own page: which parts have been fetched is measured from the start.
const fetched = (part: string) =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/src/article/${part}.ts`));
const PARTS = ['generated-body', 'headings', 'text-passes', 'structured-data', 'hydration'];

describe('<folio-article> lazy parts', () => {
  it('loads none of them for an article that asks for none', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article headline="标题" byline="记者 张三"><p>正文，没有小标题。</p></folio-article>`,
    );
    await article.updateComplete;
    expect(article.querySelector('h1')?.textContent).to.equal('标题');
    // Chromium has text-autospace, so not even the spacing fallback is needed.
    expect(PARTS.filter(fetched)).to.deep.equal([]);
  });

  it('loads each the first time an attribute or property asks, and updateComplete waits for it', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article headline="标题"><p>正文</p></folio-article>`);
    article.blocks = [{ type: 'paragraph', text: '来自 blocks 的段落' }];
    await article.updateComplete;
    expect(fetched('generated-body')).to.equal(true);
    expect(article.querySelector('[data-folio-article-part="body"] p')?.textContent).to.equal('来自 blocks 的段落');

    article.structuredData = true;
    await article.updateComplete;
    expect(fetched('structured-data')).to.equal(true);
    expect(JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!).headline).to.equal(
      '标题',
    );

    article.readingTime = true;
    await article.updateComplete;
    expect(fetched('text-passes')).to.equal(true);
    expect(article.querySelector('.folio-article-reading-time')?.textContent).to.match(/1/);
    expect(fetched('headings'), 'no headings in this body').to.equal(false);
    expect(fetched('hydration'), 'not rendered on a server').to.equal(false);
  });

  it('loads the headings with the first heading, and draws the contents box before their ids are known', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article toc><p>正文</p></folio-article>`);
    expect(article.querySelector('[data-folio-article-part="toc"]')).to.equal(null);
    article.insertAdjacentHTML('beforeend', '<h2>小标题</h2>');
    await article.updateComplete;
    expect(fetched('headings')).to.equal(true);
    expect(article.querySelector('[data-folio-article-part="toc"] nav a')?.getAttribute('href')).to.equal('#小标题');
  });
});
