import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';

const scripts = (root: ParentNode = document) => [
  ...root.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];
const data = (article: Element) =>
  JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);

describe('<folio-article structured-data>', () => {
  it('writes one NewsArticle with what the attributes say', async () => {
    const article =
      await fixture<FolioArticle>(html`<folio-article structured-data lang="zh-CN" headline="以高质量党建推动教育高质量发展"
      byline="记者 张三" source="西宁日报" date-published="2023-06-01T10:40:00+08:00" date-modified="2023-06-01 12:00" time-zone="Asia/Shanghai">
      <p>正文。</p><figure><img src="/media/photo.jpg" alt="照片" width="4" height="3"></figure></folio-article>`);
    await waitUntil(() => data(article).image, 'image found');
    expect(scripts()).to.have.length(1);
    expect(data(article)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '以高质量党建推动教育高质量发展',
      datePublished: '2023-06-01T10:40:00+08:00',
      dateModified: '2023-06-01T04:00:00.000Z',
      author: { '@type': 'Person', name: '记者 张三' },
      publisher: { '@type': 'Organization', name: '西宁日报' },
      image: [new URL('/media/photo.jpg', location.href).href],
      inLanguage: 'zh-CN',
      mainEntityOfPage: location.href.split('#')[0],
    });
  });

  it('keeps it in step with the attributes, never writing a second one', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article structured-data headline="One"><p>x</p></folio-article>`,
    );
    const script = article.querySelector('script[type="application/ld+json"]');
    for (const headline of ['Two', 'Three']) {
      article.headline = headline;
      await article.updateComplete;
      expect(data(article).headline).to.equal(headline);
    }
    article.setAttribute('date-published', 'not a date');
    await article.updateComplete;
    expect(data(article)).not.to.have.property('datePublished');
    expect(article.querySelector('script[type="application/ld+json"]')).to.equal(script);
    expect(scripts()).to.have.length(1);
    article.structuredData = false;
    await article.updateComplete;
    expect(scripts()).to.have.length(0);
  });

  it('writes one per article, each inside its article, gone when the article is removed', async () => {
    const wrapper = await fixture(
      html`<div><folio-article structured-data headline="A"><p>a</p></folio-article><folio-article structured-data headline="B"><p>b</p></folio-article></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('folio-article')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(scripts()).to.have.length(2);
    expect(data(a!).headline).to.equal('A');
    expect(data(b!).headline).to.equal('B');
    a!.remove();
    expect(scripts()).to.have.length(1);
  });

  it('cannot be broken out of by a headline', async () => {
    const headline = '</script><script>window.__ldRan = 1</script><!--';
    const article = await fixture<FolioArticle>(
      html`<folio-article structured-data headline=${headline}><p>x</p></folio-article>`,
    );
    expect(data(article).headline).to.equal(headline);
    expect(article.querySelector('script[type="application/ld+json"]')!.textContent).not.to.contain('</script');
    // Serialized as HTML (what a crawler or SSR would read back) it is still one script.
    const reparsed = new DOMParser().parseFromString(article.outerHTML, 'text/html');
    expect(reparsed.querySelectorAll('script')).to.have.length(1);
    expect((window as { __ldRan?: number }).__ldRan).to.equal(undefined);
  });
});
