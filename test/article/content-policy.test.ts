/**
 * Issue 17: real post content survives `<folio-article>.html`. Every entry
 * of the CMS corpus (WordPress's core blocks, Ghost's cards, Markdown
 * renderers, Chinese editors) keeps what a reader sees, and the server's
 * renderArticle (test/routes/ssr-corpus.ts) produces the same body.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { CMS_CORPUS } from '../../fixtures/cms-corpus/index.js';
import { inventory, lost } from '../../fixtures/cms-corpus/inventory.js';

const inert = (markup: string) => {
  const root = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body.firstElementChild!;
  return root;
};

/** The body as a list of elements with their attributes and text, white space between elements ignored. */
function canonical(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.nodeValue!.replace(/\s+/g, ' ');
        if (text.trim()) out.push(text.trim());
      } else if (child instanceof Element) {
        const attributes = [...child.attributes].map((a) => `${a.name}=${a.value}`).sort();
        out.push(`<${child.localName} ${attributes.join(' ')}>`);
        walk(child);
        out.push(`</${child.localName}>`);
      }
    }
  };
  walk(root);
  return out;
}

async function clientBody(markup: string): Promise<Element> {
  const article = await fixture<FolioArticle>(html`<folio-article lang="en"></folio-article>`);
  article.html = markup;
  await article.updateComplete;
  return article.querySelector('[data-folio-article-part="body"]')!;
}

async function serverBody(index: number): Promise<Element> {
  const response = await fetch(`/test-api/ssr-corpus/${index}?base=${encodeURIComponent(document.baseURI)}`);
  expect(response.status).to.equal(200);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = doc.querySelector('folio-article')!;
  article.querySelector('[data-folio-article-part="header"]')?.remove();
  return article;
}

describe('<folio-article>.html keeps real CMS content', () => {
  // The server's first html body loads jsdom and the sanitizer's first use in the page loads its chunk:
  // both once, here, so that no test's time limit includes them on a loaded machine.
  before(async function () {
    this.timeout(60_000);
    await serverBody(0);
    await clientBody('<p>warm</p>');
  });

  let warnStub: sinon.SinonStub;
  beforeEach(() => {
    warnStub = sinon.stub(console, 'warn');
  });
  afterEach(() => warnStub.restore());

  CMS_CORPUS.forEach((entry, index) => {
    it(`${entry.cms}: ${entry.name}, the same as the server renders it`, async () => {
      const body = await clientBody(entry.html);
      expect(lost(inventory(inert(entry.html)), inventory(body)), 'lost in the browser').to.deep.equal([]);
      const server = await serverBody(index);
      // The section-heading tags' ids and contents are the element's own work, the same on both sides (hydration tests).
      expect(canonical(body), 'the server agrees').to.deep.equal(canonical(server));
    });
  });

  it('the embeds are players a reader can use, and the box does not move when they load', async () => {
    const body = await clientBody(CMS_CORPUS.find((e) => e.name === 'core/embed (YouTube)')!.html);
    const frame = body.querySelector<HTMLIFrameElement>('figure.wp-block-embed iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-presentation allow-popups');
    const { width, height } = frame.getBoundingClientRect();
    expect(Math.round((width / height) * 9)).to.equal(16);
    expect(warnStub.callCount).to.equal(0);
  });

  it('embed-hosts="" allows no player: each becomes a link, and the warning names the host', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en" embed-hosts=""></folio-article>`);
    article.html = '<iframe src="https://player.vimeo.com/video/1"></iframe>';
    await article.updateComplete;
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expect(body.querySelector('iframe')).to.equal(null);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://player.vimeo.com/video/1');
    expect(String(warnStub.lastCall.args[0])).to.include('iframe from player.vimeo.com');
    // Allowing the host re-renders the body with the player.
    article.setAttribute('embed-hosts', 'player.vimeo.com');
    await article.updateComplete;
    expect(article.querySelector('[data-folio-article-part="body"] iframe')).to.exist;
  });

  it('the details block opens from its summary, and the body is accessible', async function () {
    this.timeout(30_000); // axe over a whole body, on a machine other suites load too
    const body = await clientBody(CMS_CORPUS.find((e) => e.name === 'core/details')!.html);
    const details = body.querySelector('details')!;
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    await expect(body).to.be.accessible({ ignoredRules: ['region'] });
  });
});
