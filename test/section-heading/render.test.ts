import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, render } from 'lit';
import sinon from 'sinon';
import { seed, seedBodyHtml } from '../../fixtures/seed-article.js';
import { FolioSectionHeading } from '../../src/section-heading/define.js';

const SEED_IDS = [
  '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
  '坚持立德树人-练强抓牢思想政治工作的基本功',
  '发挥模范作用-练强抓好党员队伍建设的基本功',
  '深化党建引领-练强抓实党建业务融合的基本功',
];

async function headingsIn(container: Element): Promise<FolioSectionHeading[]> {
  const headings = [...container.querySelectorAll('folio-section-heading')];
  await Promise.all(headings.map((h) => h.updateComplete));
  return headings;
}

async function one(markup: Parameters<typeof fixture>[0]): Promise<FolioSectionHeading> {
  const el = await fixture<FolioSectionHeading>(markup);
  await el.updateComplete;
  return el;
}

/** Lets the MutationObserver run and the update it asks for finish. */
async function settle(el: FolioSectionHeading): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('<folio-section-heading> rendering', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('turns the seed’s four headings into <h2>s with ids that keep the Han text', async () => {
    const article = await fixture(html`<div lang="zh-CN"></div>`);
    article.innerHTML = seedBodyHtml();
    const headings = await headingsIn(article);
    expect(headings).to.have.length(4);
    expect(headings.map((h) => h.headingElement!.localName)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    expect(headings.map((h) => h.headingElement!.id)).to.deep.equal(SEED_IDS);
    expect(headings.map((h) => h.headingId)).to.deep.equal(SEED_IDS);
    expect(headings.map((h) => h.headingLevel)).to.deep.equal([2, 2, 2, 2]);
    const texts = seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings.map((h) => h.headingText)).to.deep.equal(texts);
    expect(headings.map((h) => h.headingElement!.textContent)).to.deep.equal(texts);
    expect(article.querySelectorAll('h2')).to.have.length(4);
    expect(warnStub.callCount).to.equal(0);
  });

  it('puts the heading first and the copy button right after it, outside the heading', async () => {
    const el = await one(html`<folio-section-heading lang="en">Getting started</folio-section-heading>`);
    const [first, second] = el.children;
    expect(first).to.equal(el.headingElement);
    expect(second!.localName).to.equal('button');
    expect(el.headingElement!.querySelector('button')).to.equal(null);
    expect(el.headingText).to.equal('Getting started');
  });

  it('moves the author’s nodes into the heading instead of copying them', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('folio-section-heading');
    const text = document.createTextNode('筑牢战斗堡垒,');
    const code = document.createElement('code');
    code.textContent = 'fetch()';
    const tail = document.createTextNode('练强基本功');
    el.append(text, code, tail);
    wrapper.append(el);
    await el.updateComplete;
    expect(text.parentNode).to.equal(el.headingElement);
    expect(code.parentNode).to.equal(el.headingElement);
    expect([...el.headingElement!.childNodes]).to.deep.equal([text, code, tail]);
    // Another script's edit of the same node (normalize-punctuation) is the heading's text.
    text.data = '筑牢战斗堡垒，';
    await settle(el);
    expect(el.headingText).to.equal('筑牢战斗堡垒，fetch()练强基本功');
    expect(el.headingId, 'punctuation width does not change the id').to.equal('筑牢战斗堡垒-fetch-练强基本功');
  });

  it('copies and finds as plain text: selecting the whole element gives exactly the heading’s text', async () => {
    const el = await one(html`<folio-section-heading numbered lang="zh-CN">坚持立德树人</folio-section-heading>`);
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(getSelection()!.toString().trimEnd(), 'no number, no button label').to.equal('坚持立德树人');
    range.setStart(el.headingElement!.firstChild!, 2);
    range.setEnd(el.headingElement!.firstChild!, 4);
    expect(getSelection()!.toString()).to.equal('立德');
    getSelection()!.removeAllRanges();
  });

  it('makes ids unique in the document: -2, -3 for repeated texts and existing ids', async () => {
    const wrapper = await fixture(html`<div>
      <p id="summary">an element of the page</p>
      <folio-section-heading>Summary</folio-section-heading>
      <folio-section-heading>Summary</folio-section-heading>
      <folio-section-heading>总结</folio-section-heading>
      <folio-section-heading>总结</folio-section-heading>
    </div>`);
    const ids = (await headingsIn(wrapper)).map((h) => h.headingId);
    expect(ids).to.deep.equal(['summary-2', 'summary-3', '总结', '总结-2']);
    expect(new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size).to.equal(
      document.querySelectorAll('[id]').length,
    );
  });

  it('keeps its id across re-renders, moves in the page and edits of the text', async () => {
    const el = await one(html`<folio-section-heading>Original title</folio-section-heading>`);
    expect(el.headingId).to.equal('original-title');
    el.numbered = true;
    el.requestUpdate();
    await el.updateComplete;
    el.headingElement!.firstChild!.textContent = 'Edited title';
    await settle(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle(el);
    expect(el.headingText).to.equal('Edited title');
    expect(el.headingId).to.equal('original-title');
    expect(el.headingElement!.id).to.equal('original-title');
  });

  it('uses anchor-id, and changes the id when the author changes anchor-id', async () => {
    const el = await one(html`<folio-section-heading anchor-id="intro">筑牢战斗堡垒</folio-section-heading>`);
    expect(el.headingElement!.id).to.equal('intro');
    el.setAttribute('anchor-id', 'part-1');
    await el.updateComplete;
    expect(el.headingElement!.id).to.equal('part-1');
    el.removeAttribute('anchor-id');
    await el.updateComplete;
    expect(el.headingElement!.id).to.equal('筑牢战斗堡垒');
    expect(warnStub.callCount).to.equal(0);
  });

  it('warns about an anchor-id with spaces and uses it with dashes', async () => {
    const el = await one(html`<folio-section-heading anchor-id="  my  section ">Text</folio-section-heading>`);
    expect(el.headingId).to.equal('my-section');
    expect(warnStub.callCount).to.equal(1);
    expect(String(warnStub.firstCall.args[0])).to.match(
      /^<folio-section-heading> anchor-id: "  my  section " contains whitespace/,
    );
  });

  it('warns when anchor-id is already taken, and stays unique', async () => {
    const wrapper = await fixture(
      html`<div><p id="intro"></p><folio-section-heading anchor-id="intro">Text</folio-section-heading></div>`,
    );
    const [el] = await headingsIn(wrapper);
    expect(el!.headingId).to.equal('intro-2');
    expect(String(warnStub.firstCall.args[0])).to.match(
      /^<folio-section-heading> anchor-id: "intro" is already the id/,
    );
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`renders level="${level}" as <h${level}>`, async () => {
      const el = await one(html`<folio-section-heading level=${level}>Heading</folio-section-heading>`);
      expect(el.headingElement!.localName).to.equal(`h${level}`);
      expect(el.headingLevel).to.equal(level);
      expect(el.matches(`:state(level-${level})`)).to.equal(true);
      expect(warnStub.callCount).to.equal(0);
    });
  }

  const bad: Array<[string, string, RegExp]> = [
    ['1', 'h2', /"1" is outside 2–6/],
    ['0', 'h2', /"0" is outside 2–6/],
    ['7', 'h6', /"7" is outside 2–6.*<h6>/],
    ['99', 'h6', /"99" is outside 2–6/],
    ['abc', 'h2', /"abc" is not a heading level/],
    ['2.5', 'h2', /"2.5" is not a heading level/],
  ];
  for (const [value, tag, message] of bad) {
    it(`renders level="${value}" as <${tag}>, with a warning naming level`, async () => {
      const el = await one(html`<folio-section-heading level=${value}>Heading</folio-section-heading>`);
      expect(el.headingElement!.localName).to.equal(tag);
      expect(warnStub.callCount).to.equal(1);
      expect(String(warnStub.firstCall.args[0]))
        .to.match(/^<folio-section-heading> level: /)
        .and.to.match(message);
    });
  }

  it('treats a missing or blank level as 2, silently', async () => {
    const el = await one(html`<folio-section-heading level="">Heading</folio-section-heading>`);
    expect(el.headingElement!.localName).to.equal('h2');
    expect(warnStub.callCount).to.equal(0);
  });

  it('swaps the heading element when the level changes, keeping the same text nodes and id', async () => {
    const el = await one(html`<folio-section-heading>Heading</folio-section-heading>`);
    const text = el.headingElement!.firstChild;
    el.level = 4;
    await el.updateComplete;
    expect(el.headingElement!.localName).to.equal('h4');
    expect(el.headingElement!.firstChild).to.equal(text);
    expect(el.headingElement!.id).to.equal('heading');
    expect(el.querySelectorAll('h2, h4')).to.have.length(1);
    expect(el.matches(':state(level-4)') && !el.matches(':state(level-2)')).to.equal(true);
  });

  it('hides an empty heading with a warning, and shows it once text arrives', async () => {
    const el = await one(html`<folio-section-heading></folio-section-heading>`);
    expect(el.headingElement!.hidden).to.equal(true);
    expect(el.headingElement!.id).to.equal('');
    expect(String(warnStub.firstCall.args[0])).to.match(/^<folio-section-heading> text: the heading has no text/);
    el.append('Late text');
    await settle(el);
    expect(el.headingElement!.hidden).to.equal(false);
    expect(el.headingElement!.textContent).to.equal('Late text');
    expect(el.headingId).to.equal('late-text');
  });

  it('falls back to the id "section" for text without letters or digits', async () => {
    const el = await one(html`<folio-section-heading>……</folio-section-heading>`);
    expect(el.headingId).to.equal('section');
  });

  it('takes in text a script adds or replaces after upgrade', async () => {
    const el = await one(html`<folio-section-heading>One</folio-section-heading>`);
    el.append(' two');
    await settle(el);
    expect(el.headingElement!.textContent).to.equal('One two');
    el.textContent = 'Replaced';
    await settle(el);
    expect(el.headingElement!.textContent).to.equal('Replaced');
    expect(el.children[0]).to.equal(el.headingElement);
    expect(el.querySelector('button')!.getAttribute('aria-label')).to.equal('Copy link to this section: Replaced');
  });

  it('follows text a Lit template renders into it (as <folio-article blocks> does)', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const view = (text: string) => litHtml`<folio-section-heading level="3">${text}</folio-section-heading>`;
    render(view('First'), container as HTMLElement);
    const el = container.querySelector('folio-section-heading')!;
    await el.updateComplete;
    expect(el.headingText).to.equal('First');
    render(view('Second'), container as HTMLElement);
    await settle(el);
    expect(el.headingText).to.equal('Second');
    expect(el.headingElement!.localName).to.equal('h3');
    expect(el.headingId).to.equal('first');
  });

  it('numbers nothing into the text: headingText has no number', async () => {
    const el = await one(html`<folio-section-heading numbered lang="zh-CN">标题</folio-section-heading>`);
    expect(el.headingText).to.equal('标题');
    expect(getComputedStyle(el.headingElement!, '::before').content).to.contain(
      'counter(folio-heading-2, simp-chinese-informal)',
    );
  });

  it('works inside a shadow root, unique within it', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<folio-section-heading>Same</folio-section-heading><folio-section-heading>Same</folio-section-heading>';
    const headings = [...root.querySelectorAll('folio-section-heading')];
    await Promise.all(headings.map((h) => h.updateComplete));
    expect(headings.map((h) => h.headingId)).to.deep.equal(['same', 'same-2']);
    expect(getComputedStyle(headings[0]!).fontWeight, 'styles adopted into the shadow root').to.equal('700');
  });

  it('is accessible, seed headings included', async () => {
    const article = await fixture(html`<div lang="zh-CN"></div>`);
    article.innerHTML = seedBodyHtml();
    await headingsIn(article);
    await expect(article).to.be.accessible();
  });
});
