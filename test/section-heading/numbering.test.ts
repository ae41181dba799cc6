import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../../src/locales/registry.js';
import { seedBodyHtml } from '../../fixtures/seed-article.js';
import { FolioSectionHeading } from '../../src/section-heading/define.js';

/*
 * Section numbers are CSS generated content, which scripts cannot read. These
 * tests read what they can: the `content` each heading's ::before computes to
 * (the format), and the width the number takes on screen (how many characters
 * it has). For the counting itself a test locale renders a counter as that many
 * "I"s in a monospace font, so its width is the counter's value.
 */
const measureStyles = document.createElement('style');
measureStyles.textContent = `
  @counter-style folio-test-tally { system: additive; additive-symbols: 1 "I"; }
  .measure folio-section-heading > .folio-section-heading__heading { inline-size: fit-content; }
  .measure-tally folio-section-heading { font: 20px/1 monospace; }
`;
document.head.append(measureStyles);
registerLocale('eo', {
  headingNumbering: {
    2: 'counter(folio-heading-2, folio-test-tally)',
    3: 'counter(folio-heading-3, folio-test-tally)',
    4: 'counter(folio-heading-4, folio-test-tally)',
    5: 'counter(folio-heading-5, folio-test-tally)',
    6: 'counter(folio-heading-6, folio-test-tally)',
  },
});

async function headings(container: Element): Promise<FolioSectionHeading[]> {
  const all = [...container.querySelectorAll('folio-section-heading')];
  await Promise.all(all.map((h) => h.updateComplete));
  return all;
}

/** The width of a heading's number: the heading's width less its text's. */
function numberWidth(el: FolioSectionHeading): number {
  const range = document.createRange();
  range.selectNodeContents(el.headingElement!);
  return el.headingElement!.getBoundingClientRect().width - range.getBoundingClientRect().width;
}

/** The width of a heading's number, in ems of the heading's font: a CJK number's length in characters. */
function numberEms(el: FolioSectionHeading): number {
  return Math.round(numberWidth(el) / parseFloat(getComputedStyle(el).fontSize));
}

/** The counter value each heading of a `.measure-tally` container shows (its number of "I"s; 0 when unnumbered). */
async function tallies(container: Element): Promise<number[]> {
  const all = await headings(container);
  const probe = document.createElement('span');
  probe.textContent = 'I';
  probe.style.font = '20px/1 monospace';
  container.append(probe);
  const unit = probe.getBoundingClientRect().width;
  probe.remove();
  return all.map((h) => Math.round(numberWidth(h) / unit));
}

function content(el: FolioSectionHeading): string {
  return getComputedStyle(el.headingElement!, '::before').content;
}

const OUTLINE = `
  <folio-section-heading numbered>A</folio-section-heading>
  <folio-section-heading numbered level="3">A1</folio-section-heading>
  <folio-section-heading numbered level="3">A2</folio-section-heading>
  <folio-section-heading numbered level="4">A2a</folio-section-heading>
  <folio-section-heading numbered>B</folio-section-heading>
  <folio-section-heading numbered level="3">B1</folio-section-heading>
  <folio-section-heading numbered level="4">B1a</folio-section-heading>
  <folio-section-heading numbered level="5">B1a-i</folio-section-heading>
  <folio-section-heading numbered level="6">B1a-i-x</folio-section-heading>
  <folio-section-heading numbered>C</folio-section-heading>`;

describe('<folio-section-heading numbered>', () => {
  it('counts the numbered headings of each level, restarting below each higher level', async () => {
    const article = await fixture(html`<div lang="eo" class="measure measure-tally"></div>`);
    article.innerHTML = OUTLINE;
    expect(await tallies(article)).to.deep.equal([1, 1, 2, 1, 2, 1, 1, 1, 1, 3]);
  });

  it('counts only numbered headings, and only among its own article', async () => {
    const page = await fixture(html`<div lang="eo" class="measure measure-tally">
      <article><folio-section-heading numbered>One</folio-section-heading><folio-section-heading>Aside</folio-section-heading><folio-section-heading numbered>Two</folio-section-heading></article>
      <article><folio-section-heading numbered>Again one</folio-section-heading></article>
    </div>`);
    expect(await tallies(page)).to.deep.equal([1, 0, 2, 1]);
  });

  it('counts across the wrappers inside a <folio-article>, and afresh in the next article', async () => {
    // <folio-article> is not defined in this file: the counters come from the section-heading styles alone.
    const page = await fixture(html`<div lang="eo" class="measure measure-tally">
      <folio-article>
        <section><folio-section-heading numbered>One</folio-section-heading><folio-section-heading numbered level="3">One a</folio-section-heading></section>
        <section><folio-section-heading numbered>Two</folio-section-heading><folio-section-heading numbered level="3">Two a</folio-section-heading></section>
      </folio-article>
      <folio-article><div><folio-section-heading numbered>Again one</folio-section-heading></div></folio-article>
    </div>`);
    expect(await tallies(page)).to.deep.equal([1, 1, 2, 1, 1]);
  });

  it('renumbers when headings are added or removed, with no script', async () => {
    const article = await fixture(html`<div lang="eo" class="measure measure-tally"></div>`);
    article.innerHTML = OUTLINE;
    article.querySelector('folio-section-heading')!.remove();
    const level2 = async () => (await tallies(article)).filter((_, i) => !article.children[i]!.hasAttribute('level'));
    expect(await level2()).to.deep.equal([1, 2]);
    const inserted = document.createElement('folio-section-heading');
    inserted.numbered = true;
    inserted.textContent = 'New';
    article.prepend(inserted);
    expect(await level2()).to.deep.equal([1, 2, 3]);
  });

  it('shows a number once numbered is set, reflected for the counters, and none once removed', async () => {
    const article = await fixture(
      html`<div lang="eo" class="measure measure-tally"><folio-section-heading>Plain</folio-section-heading></div>`,
    );
    const el = article.querySelector('folio-section-heading')!;
    expect(await tallies(article)).to.deep.equal([0]);
    el.numbered = true;
    await el.updateComplete;
    expect(el.hasAttribute('numbered')).to.equal(true);
    expect(await tallies(article)).to.deep.equal([1]);
    el.removeAttribute('numbered');
    await el.updateComplete;
    expect(await tallies(article)).to.deep.equal([0]);
  });

  const FORMATS: Record<string, string[]> = {
    'zh-CN': [
      'counter(folio-heading-2, simp-chinese-informal) "、"',
      '"（" counter(folio-heading-3, simp-chinese-informal) "）"',
      'counter(folio-heading-4) "."',
      '"（" counter(folio-heading-5) "）"',
      'counter(folio-heading-6, folio-circled-decimal)',
    ],
    'zh-TW': [
      'counter(folio-heading-2, trad-chinese-informal) "、"',
      '"（" counter(folio-heading-3, trad-chinese-informal) "）"',
      'counter(folio-heading-4) "、"',
      '"（" counter(folio-heading-5) "）"',
      'counter(folio-heading-6, cjk-heavenly-stem) "、"',
    ],
    en: [
      'counter(folio-heading-2) ". "',
      'counter(folio-heading-2) "." counter(folio-heading-3) " "',
      'counter(folio-heading-2) "." counter(folio-heading-3) "." counter(folio-heading-4) " "',
      'counter(folio-heading-2) "." counter(folio-heading-3) "." counter(folio-heading-4) "." counter(folio-heading-5) " "',
      'counter(folio-heading-2) "." counter(folio-heading-3) "." counter(folio-heading-4) "." counter(folio-heading-5) "." counter(folio-heading-6) " "',
    ],
    ja: [
      'counter(folio-heading-2, folio-fullwidth-decimal) "．"',
      '"（" counter(folio-heading-3, folio-fullwidth-decimal) "）"',
      'counter(folio-heading-4, folio-circled-decimal)',
      'counter(folio-heading-5, katakana) "．"',
      '"（" counter(folio-heading-6, katakana) "）"',
    ],
  };
  for (const [lang, formats] of Object.entries(FORMATS)) {
    it(`numbers levels 2–6 in the ${lang} style`, async () => {
      const article = await fixture(html`<div lang=${lang}></div>`);
      article.innerHTML = [2, 3, 4, 5, 6]
        .map((l) => `<folio-section-heading numbered level="${l}">H</folio-section-heading>`)
        .join('');
      expect((await headings(article)).map(content)).to.deep.equal(formats);
    });
  }

  it('numbers the seed’s headings 一、 to 四、 (two characters wide), in the heading, not in its text', async () => {
    const article = await fixture(html`<div lang="zh-CN" class="measure"></div>`);
    article.innerHTML = seedBodyHtml().replace(/<folio-section-heading>/g, '<folio-section-heading numbered>');
    const all = await headings(article);
    expect(all.map(numberEms)).to.deep.equal([2, 2, 2, 2]);
    expect(all.map((h) => h.headingText.slice(0, 4))).to.deep.equal(['筑牢战斗', '坚持立德', '发挥模范', '深化党建']);
  });

  it('counts in Chinese numerals past ten: 十、 十一、 二十一、', async () => {
    const article = await fixture(html`<div lang="zh-CN" class="measure"></div>`);
    article.innerHTML = Array.from(
      { length: 21 },
      (_, i) => `<folio-section-heading numbered>第${i + 1}节</folio-section-heading>`,
    ).join('');
    const ems = (await headings(article)).map(numberEms);
    expect([ems[0], ems[9], ems[10], ems[19], ems[20]]).to.deep.equal([2, 2, 3, 3, 4]);
  });

  it('switches the numbering style when the language changes', async () => {
    const article = await fixture(html`<div lang="zh-CN"></div>`);
    article.innerHTML = OUTLINE;
    const [first] = await headings(article);
    expect(content(first!)).to.equal(FORMATS['zh-CN']![0]);
    article.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await first!.updateComplete;
    expect(content(first!)).to.equal(FORMATS.en![0]);
    first!.lang = 'ja';
    await new Promise((r) => setTimeout(r));
    await first!.updateComplete;
    expect(content(first!)).to.equal(FORMATS.ja![0]);
  });
});
