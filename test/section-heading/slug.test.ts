import { expect, fixture, html } from '@open-wc/testing';
import { slugify, uniqueId } from '../../src/section-heading/slug.js';

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['筑牢战斗堡垒,练强抓严学校党组织建设的基本功', '筑牢战斗堡垒-练强抓严学校党组织建设的基本功'],
    ['筑牢战斗堡垒，练强抓严学校党组织建设的基本功', '筑牢战斗堡垒-练强抓严学校党组织建设的基本功'],
    ['“双减”、心理健康：教育', '双减-心理健康-教育'],
    ['Getting Started', 'getting-started'],
    ['  Why  CSS   Counters?  ', 'why-css-counters'],
    ['Ｆｕｌｌ－ｗｉｄｔｈ　ＡＢＣ１２３', 'full-width-abc123'],
    ['2023年，市教育局（思政）', '2023年-市教育局-思政'],
    ['はじめに・概要', 'はじめに-概要'],
    ['ｶﾀｶﾅ', 'カタカナ'],
    ['스타일 가이드', '스타일-가이드'],
    ['Привет, Мир', 'привет-мир'],
    ['مرحبا بالعالم', 'مرحبا-بالعالم'],
    ['हिन्दी शीर्षक', 'हिन्दी-शीर्षक'],
    ['C++ & Rust — a comparison', 'c-rust-a-comparison'],
    ['……!!!', ''],
    ['', ''],
  ];
  for (const [text, slug] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(slug)}`, () => {
      expect(slugify(text)).to.equal(slug);
    });
  }

  it('gives the same slug whatever the width of the punctuation', () => {
    const half = '坚持立德树人,练强抓牢思想政治工作的基本功;(一):"引号"!?';
    const full = '坚持立德树人，练强抓牢思想政治工作的基本功；（一）：“引号”！？';
    expect(slugify(half)).to.equal(slugify(full));
  });

  it('keeps at most 80 characters and never ends on a dash', () => {
    const slug = slugify(`${'长'.repeat(79)}，${'尾'.repeat(20)}`);
    expect([...slug]).to.have.length(79);
    expect(slug.endsWith('-')).to.equal(false);
  });
});

describe('uniqueId', () => {
  it('adds -2, -3 … while another element has the id', async () => {
    const root = await fixture(html`<div><p id="a"></p><p id="a-2"></p><p id="b"></p></div>`);
    expect(uniqueId('a', document)).to.equal('a-3');
    expect(uniqueId('b', document)).to.equal('b-2');
    expect(uniqueId('c', document)).to.equal('c');
    expect(uniqueId('b', document, root.querySelector('#b')!), 'its own id is not a clash').to.equal('b');
  });

  it('looks only inside the shadow root it is given', async () => {
    const host = await fixture(html`<div><p id="x"></p></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="y"></p>';
    expect(uniqueId('x', root)).to.equal('x');
    expect(uniqueId('y', root)).to.equal('y-2');
  });

  it('handles ids that need escaping in a selector', async () => {
    await fixture(html`<div><p id='a"b]'></p></div>`);
    expect(uniqueId('a"b]', document)).to.equal('a"b]-2');
  });

  it('compares ids as strings: one holding a lone surrogate is seen (a selector would read it as U+FFFD)', async () => {
    const root = await fixture(html`<div><p></p><p></p></div>`);
    const [first, second] = root.querySelectorAll('p');
    first!.id = '\ud800x';
    expect(uniqueId('\ud800x', document)).to.equal('\ud800x-2');
    expect(uniqueId('\ud800x', document, first!)).to.equal('\ud800x');
    second!.id = '\ud800x';
    expect(uniqueId('\ud800x', document, first!), 'another element has it too').to.equal('\ud800x-2');
  });

  it('gives thousands of headings of one text their ids with a constant number of lookups each, not a count from 2', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    let lookups = 0;
    const getElementById = root.getElementById.bind(root);
    root.getElementById = (id: string) => {
      lookups++;
      return getElementById(id);
    };
    const ids: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const heading = document.createElement('h2');
      heading.id = uniqueId('小节', root, heading);
      root.append(heading);
      ids.push(heading.id);
    }
    expect(ids.slice(0, 3)).to.deep.equal(['小节', '小节-2', '小节-3']);
    expect(new Set(ids).size, 'all different').to.equal(2000);
    expect(ids[1999]).to.equal('小节-2000');
    // Counting from 2 each time took about two million lookups here.
    expect(lookups).to.be.below(4 * 2000);
  });

  it('after the headings are gone, counts from 2 again', async () => {
    const root = await fixture(html`<div><h2 id="q"></h2><h2 id="q-2"></h2><h2 id="q-3"></h2></div>`);
    expect(uniqueId('q', document)).to.equal('q-4');
    root.replaceChildren();
    root.innerHTML = '<h2 id="q"></h2>';
    expect(uniqueId('q', document)).to.equal('q-2');
  });
});
