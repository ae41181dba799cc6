// The server-rendered seed page (test/routes/ssr.ts renders it with the real
// renderArticlePage): read with scripts blocked, as a crawler or a reader
// without JavaScript gets it, then hydrated, which must keep every node and
// every box where it was and make the tags work.
import { expect } from '@open-wc/testing';

const PAGE = '/test-api/ssr/seed-article.html';

/** An iframe of `width` px showing `src` (a URL) or `srcdoc`; resolves once loaded. */
async function frame(
  attributes: { src?: string; srcdoc?: string; sandbox?: string },
  width = 800,
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  if (attributes.sandbox !== undefined) iframe.setAttribute('sandbox', attributes.sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (attributes.src) iframe.src = attributes.src;
  if (attributes.srcdoc) iframe.srcdoc = attributes.srcdoc;
  document.body.append(iframe);
  await loaded;
  // The stylesheets are linked in <head>: wait for them (and the CJK font) before measuring.
  await iframe.contentDocument!.fonts.ready;
  return iframe;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

function shadowText(doc: Document, selector: string): string {
  const host = doc.querySelector(selector);
  expect(host, selector).to.exist;
  expect(host!.shadowRoot, `${selector} has a declarative shadow root`).to.exist;
  return (host!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

describe('server-rendered article page, scripts blocked', () => {
  async function blocked(query = ''): Promise<Document> {
    // No allow-scripts: the module script never runs. allow-same-origin only lets the test read the frame.
    const iframe = await frame({ src: PAGE + query, sandbox: 'allow-same-origin' });
    frames.push(iframe);
    const doc = iframe.contentDocument!;
    expect(iframe.contentWindow!.customElements.get('folio-article'), 'no tag was defined').to.equal(undefined);
    return doc;
  }

  it('shows the headline, the article text and the reprint notice', async () => {
    const doc = await blocked();
    const h1 = doc.querySelector('folio-article h1')!;
    expect(h1.textContent).to.equal('以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局');
    const text = (doc.querySelector('folio-article') as HTMLElement).innerText;
    expect(text).to.contain('习近平总书记强调，加强党对学校工作的全面领导');
    expect(text).to.contain('构建党建业务融合新格局。');
    expect(doc.querySelector('[data-folio-article-part="notice"]')!.textContent).to.equal('未经许可不得转载');
    expect(h1.getBoundingClientRect().height).to.be.greaterThan(20);
  });

  it('has the four section headings as real <h2 id> elements, listed in the contents', async () => {
    const doc = await blocked();
    const headings = [...doc.querySelectorAll('folio-section-heading > h2')];
    expect(headings.map((h) => h.id)).to.deep.equal([
      '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
      '坚持立德树人-练强抓牢思想政治工作的基本功',
      '发挥模范作用-练强抓好党员队伍建设的基本功',
      '深化党建引领-练强抓实党建业务融合的基本功',
    ]);
    expect(headings[0]!.textContent).to.equal('筑牢战斗堡垒，练强抓严学校党组织建设的基本功');
    for (const h of headings) expect(h.getBoundingClientRect().height, h.id).to.be.greaterThan(10);
    const toc = [...doc.querySelectorAll('[data-folio-article-part="toc"] a')].map((a) => a.getAttribute('href'));
    expect(toc).to.deep.equal(headings.map((h) => `#${h.id}`));
  });

  it('shows the navigation and the notice from their declarative shadow roots', async () => {
    const doc = await blocked();
    expect(shadowText(doc, 'folio-post-nav'))
      .to.contain('上一篇 2023年6月1日 上午10:40')
      .and.contain('下一篇 2023年6月1日 上午10:56');
    const nav = doc.querySelector('folio-post-nav')!.shadowRoot!.querySelector('nav')!;
    expect(nav.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(shadowText(doc, 'folio-copyright-notice')).to.contain('版权所有 ©');
    const disclaimer = doc.querySelector('folio-copyright-notice > p')!;
    expect(disclaimer.textContent).to.equal(
      // Normalized on the server with the article's punctuation (a Chinese page).
      '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。',
    );
    expect(disclaimer.getBoundingClientRect().height, 'the slotted disclaimer shows').to.be.greaterThan(10);
    expect(shadowText(doc, 'folio-related-posts')).to.contain('相关推荐');
  });

  it('has real prev/next links when the data has them', async () => {
    const doc = await blocked('?links');
    const links = [...doc.querySelector('folio-post-nav')!.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => [a.rel, a.getAttribute('href')])).to.deep.equal([
      ['prev', '/news/1039.html'],
      ['next', '/news/1041.html'],
    ]);
    expect(links[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('上一篇的标题');
    const related = [...doc.querySelector('folio-related-posts')!.shadowRoot!.querySelectorAll('a')].map((a) =>
      a.textContent!.trim(),
    );
    expect(related).to.deep.equal(['相关文章一', '相关文章二']);
  });
});
