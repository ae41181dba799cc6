import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import type { FolioSectionHeading } from '../../src/section-heading/section-heading.js';

// A theme handing JSON to properties: a number is text, anything else is warned about and left out.
describe('string properties given other JSON types', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('<folio-article> reads a number as its text and ignores an object, naming the attribute', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article reprint-notice="x"><p>正文</p></folio-article>`);
    (article as unknown as Record<string, unknown>).headline = 2023;
    (article as unknown as Record<string, unknown>).byline = { zh: '记者' };
    (article as unknown as Record<string, unknown>).reprintNotice = ['a'];
    (article as unknown as Record<string, unknown>).dateModified = true;
    await article.updateComplete;
    expect(article.querySelector('h1')?.textContent).to.equal('2023');
    expect(article.querySelector('.folio-article-byline')).to.equal(null);
    expect(article.querySelector('[data-folio-article-part="notice"]')).to.equal(null);
    const messages = warn.getCalls().map((c) => String(c.args[0]));
    expect(messages).to.include('<folio-article> byline: "{\\"zh\\":\\"记者\\"}" is not text; it is ignored.');
    expect(messages.some((m) => m.startsWith('<folio-article> reprint-notice: '))).to.equal(true);
    expect(messages.some((m) => m.startsWith('<folio-article> date-modified: '))).to.equal(true);
    expect(messages.some((m) => m.startsWith('<folio-article> headline'))).to.equal(false);
  });

  it('<folio-section-heading> anchorId: a number is the id, a cyclic object is warned about without throwing', async () => {
    const heading = await fixture<FolioSectionHeading>(html`<folio-section-heading>小标题</folio-section-heading>`);
    (heading as unknown as Record<string, unknown>).anchorId = 42;
    await heading.updateComplete;
    expect(heading.headingId).to.equal('42');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    (heading as unknown as Record<string, unknown>).anchorId = cyclic;
    await heading.updateComplete;
    expect(heading.headingId).to.equal('小标题');
    expect(
      warn
        .getCalls()
        .some((c) => String(c.args[0]).startsWith('<folio-section-heading> anchor-id: "[object Object]" is not text')),
    ).to.equal(true);
  });
});
