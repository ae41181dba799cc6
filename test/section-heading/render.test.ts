import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { seed, seedBodyHtml } from '../../fixtures/seed-article.js';
import { FolioSectionHeading } from '../../src/section-heading/define.js';

async function upgraded(container: Element): Promise<FolioSectionHeading[]> {
  const headings = [...container.querySelectorAll('folio-section-heading')];
  await Promise.all(headings.map((h) => h.updateComplete));
  return headings;
}

async function one(markup: ReturnType<typeof html>): Promise<FolioSectionHeading> {
  const el = await fixture<FolioSectionHeading>(markup);
  await el.updateComplete;
  return el;
}

describe('<folio-section-heading> rendering', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('turns the seed’s four headings into <h2>s with ids that keep the Han text', async () => {
    const article = await fixture(html`<div lang="zh-CN"></div>`);
    article.innerHTML = seedBodyHtml();
    const headings = await upgraded(article);
    expect(headings).to.have.length(4);
    expect(headings.map((h) => h.headingElement!.localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    expect(headings.map((h) => h.headingElement!.id)).to.deep.equal([
      '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
      '坚持立德树人-练强抓牢思想政治工作的基本功',
      '发挥模范作用-练强抓好党员队伍建设的基本功',
      '深化党建引领-练强抓实党建业务融合的基本功',
    ]);
    const texts = seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings.map((h) => h.headingText)).to.deep.equal(texts);
    expect(headings.map((h) => h.headingId)).to.deep.equal(headings.map((h) => h.headingElement!.id));
    expect(warnStub.callCount).to.equal(0);
  });

  it('is accessible', async () => {
    const article = await fixture(html`<div lang="zh-CN"></div>`);
    article.innerHTML = seedBodyHtml();
    await upgraded(article);
    await expect(article).to.be.accessible();
  });
});
