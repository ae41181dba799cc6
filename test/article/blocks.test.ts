import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import { seed } from '../../fixtures/seed-article.js';
import '../../src/article/define.js';
import type { ArticleBlock, FolioArticle } from '../../src/article/article.js';

describe('<folio-article> blocks property', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());
  const warnings = () => warnStub.getCalls().map((c) => String(c.args[0]));

  it('renders the seed blocks: paragraphs and section headings, as text', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="zh-CN" toc></folio-article>`);
    article.blocks = seed.blocks as ArticleBlock[];
    await waitUntil(() => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4);
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelectorAll(':scope > p')).to.have.length(
      seed.blocks.filter((b) => b.type === 'paragraph').length,
    );
    expect(body.querySelector('folio-section-heading h2')!.id).to.equal('筑牢战斗堡垒-练强抓严学校党组织建设的基本功');
    expect(warnStub.callCount).to.equal(0);
  });

  it('renders every block type', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en"></folio-article>`);
    article.blocks = [
      {
        type: 'paragraph',
        text: [
          'Plain, ',
          { text: 'a link', href: 'https://example.com/' },
          ' and ',
          { text: 'stress', emphasis: true, strong: true },
        ],
      },
      { type: 'heading', text: 'Section', level: 3, id: 'sec' },
      { type: 'quote', text: 'Quoted words', cite: 'https://example.com/source' },
      { type: 'list', items: ['one', 'two'] },
      { type: 'list', ordered: true, items: ['first'] },
      { type: 'image', src: '/a.png', alt: 'A', width: 640, height: 360 },
      { type: 'figure', src: '/b.png', alt: 'B', caption: 'Caption', width: 400, height: 300 },
      { type: 'paragraph', text: '<script>window.__blocksRan = 1</script>' },
    ];
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelector('p a[href="https://example.com/"]')!.textContent).to.equal('a link');
    expect(body.querySelector('p em strong')!.textContent).to.equal('stress');
    expect(body.querySelector('folio-section-heading[level="3"][anchor-id="sec"]')).to.exist;
    expect(body.querySelector('blockquote[cite="https://example.com/source"] p')!.textContent).to.equal('Quoted words');
    expect(body.querySelectorAll('ul li')).to.have.length(2);
    expect(body.querySelectorAll('ol li')).to.have.length(1);
    const img = body.querySelector<HTMLImageElement>(':scope > img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.loading, img.alt]).to.deep.equal([
      '640',
      '360',
      'lazy',
      'A',
    ]);
    // The aspect ratio is reserved before the image loads.
    expect(img.getBoundingClientRect().height).to.be.closeTo((img.getBoundingClientRect().width * 360) / 640, 1);
    expect(body.querySelector('figure img[alt="B"] + figcaption')!.textContent).to.equal('Caption');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.lastElementChild!.textContent).to.equal('<script>window.__blocksRan = 1</script>');
    expect(warnStub.callCount).to.equal(0);
  });

  it('warns about and drops unknown blocks, unsafe image sources and links, keeping the link text', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en"></folio-article>`);
    article.blocks = [
      { type: 'paragraph', text: 'kept' },
      { type: 'carousel', src: '/v.mp4' } as unknown as ArticleBlock,
      { type: 'image', src: 'javascript:alert(1)', alt: 'x' },
      { type: 'figure', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'y', caption: 'gone' },
      { type: 'paragraph', text: ['see ', { text: 'this', href: 'javascript:alert(1)' }] },
      null as unknown as ArticleBlock,
      { type: 'heading', text: 'Bad level', level: 9 },
      // Valid JSON whose own toString is no function: Number() on it would throw.
      { type: 'heading', text: 'Object level', level: JSON.parse('{"toString":"x"}') as number },
    ];
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelectorAll('img, figure, a')).to.have.length(0);
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['kept', 'see this']);
    expect([...body.querySelectorAll('folio-section-heading')].map((h) => h.getAttribute('level'))).to.deep.equal([
      '2',
      '2',
    ]);
    const w = warnings();
    expect(w.some((m) => m.startsWith('<folio-article> blocks[1]: "carousel" is not a block type'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[2].src: "javascript:alert(1)"'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[3].src: "data:'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[4][1].href: "javascript:alert(1)"'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[5]:'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[6].level:'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[7].level:'))).to.equal(true);
  });

  it('keeps the page’s own content when blocks is not an array', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article><p class="own">自己的</p></folio-article>`);
    article.blocks = { type: 'paragraph' } as unknown as ArticleBlock[];
    await article.updateComplete;
    expect(article.querySelector('[data-folio-article-part="body"]')).to.equal(null);
    expect(getComputedStyle(article.querySelector('.own')!).display).to.equal('block');
    expect(warnings().some((m) => m.startsWith('<folio-article> blocks:'))).to.equal(true);
  });

  it('warns about a BigInt, a cycle or a non-string URL without throwing, and renders the rest', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article><p class="own">自己的</p></folio-article>`);
    const cyclic: Record<string, unknown> = { text: 1 };
    cyclic.self = cyclic;
    article.blocks = [
      { type: 'paragraph', text: 5n } as unknown as ArticleBlock,
      { type: 'paragraph', text: cyclic } as unknown as ArticleBlock,
      { type: 'image', src: {}, alt: 'object' } as unknown as ArticleBlock,
      { type: 'quote', text: 'q', cite: 12 } as unknown as ArticleBlock,
      { type: 'paragraph', text: 'kept' },
    ];
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelectorAll('img')).to.have.length(0);
    expect(body.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    expect(body.querySelector('blockquote')!.textContent).to.equal('q');
    expect([...body.querySelectorAll(':scope > p')].map((p) => p.textContent)).to.deep.equal(['', '', 'kept']);
    const w = warnings();
    expect(w.some((m) => m.startsWith('<folio-article> blocks[0]: "5" is not text'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[1]: "[object Object]" is not text'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[2].src: "{}" is not a URL'))).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[3].cite: "12" is not a URL'))).to.equal(true);

    article.blocks = 10n as unknown as ArticleBlock[];
    await article.updateComplete;
    expect(article.querySelector('[data-folio-article-part="body"]')).to.equal(null);
    expect(warnings().some((m) => m.startsWith('<folio-article> blocks: "10" is not an array of blocks'))).to.equal(
      true,
    );
  });

  it('describes data with its own toString without calling it', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article><p class="own">自己的</p></folio-article>`);
    article.blocks = JSON.parse(
      '[{"type": {"toString": ""}}, {"type": "heading", "text": {"valueOf": null}}, {"type": "paragraph", "text": "kept"}]',
    );
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelector('p')!.textContent).to.equal('kept');
    const w = warnings();
    expect(
      w.some((m) => m.startsWith('<folio-article> blocks[0]: "{\\"toString\\":\\"\\"}" is not a block type')),
    ).to.equal(true);
    expect(w.some((m) => m.startsWith('<folio-article> blocks[1].text: '))).to.equal(true);

    const other = await fixture<FolioArticle>(html`<folio-article><p class="own">自己的</p></folio-article>`);
    other.html = JSON.parse('{"toString": null}');
    await other.updateComplete;
    expect(other.querySelector('[data-folio-article-part="body"]')).to.equal(null);
    expect(
      warnings().some((m) => m.startsWith('<folio-article> html: "{\\"toString\\":null}" is not a string')),
    ).to.equal(true);
  });
});
