/*
 * Upgrading must move nothing the reader sees. This file imports the element
 * class without registering it, lays headings out with only folio.css (as a
 * page does before its script runs), measures, defines the element, and
 * measures again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { seedBodyHtml } from '../../fixtures/seed-article.js';
import { FolioSectionHeading } from '../../src/section-heading/section-heading.js';
import { styles as sectionHeadingCss } from '../../src/section-heading/section-heading-css.js';
import { cssWithImports, expectSameRules } from '../helpers/css-rules.js';

const folioCssUrl = new URL('../../src/folio.css', import.meta.url);
const folioCss = await (await fetch(folioCssUrl)).text();
const headingCss = await cssWithImports(new URL('../../src/section-heading/section-heading.css', import.meta.url));
// Linked, as a page links it (its @imports resolve beside it).
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = folioCssUrl.href;
await new Promise((resolve, reject) => {
  link.onload = resolve;
  link.onerror = reject;
  document.head.append(link);
});

interface Snapshot {
  host: DOMRect;
  /** Every line box of the heading's text. */
  lines: DOMRect[];
  next: DOMRect | undefined;
  number: string;
}

function textRects(el: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(el);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

function snapshot(el: FolioSectionHeading): Snapshot {
  const defined = el.matches(':defined');
  const text = defined ? el.headingElement! : el;
  return {
    host: el.getBoundingClientRect(),
    lines: textRects(text),
    next: el.nextElementSibling?.getBoundingClientRect(),
    number: getComputedStyle(text, '::before').content,
  };
}

const round = (r: DOMRect) => [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10);

const LONG =
  '西宁市青藏铁路花园学校党委发挥“南京—西宁”教育发展优势,坚持理论研究和实践探索同向发力,探索党员教育工作的新渠道、新模式';

describe('<folio-section-heading> before and after upgrade', () => {
  it('adopts, when folio.css is missing, exactly the rules folio.css imports', () => {
    expect(folioCss).to.contain("@import url('./section-heading/section-heading.css');");
    expectSameRules(sectionHeadingCss.cssText, headingCss);
  });

  it("is not justified before upgrade in a Chinese article on a phone: its first line keeps the glyphs' own spacing", async () => {
    const article = await fixture(
      html`<folio-article lang="zh-CN" style="inline-size: 390px"><folio-section-heading>${LONG}</folio-section-heading><p>正文</p></folio-article>`,
    );
    const heading = article.querySelector('folio-section-heading')!;
    expect(heading.matches(':defined'), 'before the script runs').to.equal(false);
    expect(textRects(heading).length, 'the heading wraps').to.be.greaterThan(1);
    // The advance of each Han character of the first line: its own width (1em), with no gap added by justification.
    const text = [...heading.childNodes].find((n): n is Text => n instanceof Text && n.data.startsWith('西'))!;
    const range = document.createRange();
    const left = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const fontSize = parseFloat(getComputedStyle(heading).fontSize);
    const firstLineTop = textRects(heading)[0]!.top;
    const advances: number[] = [];
    for (let i = 0; i + 1 < 8; i++) {
      range.setStart(text, i + 1);
      range.setEnd(text, i + 2);
      if (range.getBoundingClientRect().top > firstLineTop + 1) break;
      advances.push(left(i + 1) - left(i));
    }
    expect(advances.length).to.be.greaterThan(3);
    for (const advance of advances) expect(advance).to.be.closeTo(fontSize, 0.5);
  });

  it('moves nothing when it upgrades: boxes, lines of text, numbers and what follows', async () => {
    await setViewport({ width: 800, height: 1200 });
    const page = await fixture(html`<div style="inline-size: 36rem; font-size: 18px"></div>`);
    const numbered = () =>
      [2, 3, 4, 5, 6]
        .map(
          (l) => `<folio-section-heading numbered level="${l}">Level ${l} 第${l}级</folio-section-heading><p>text</p>`,
        )
        .join('');
    page.innerHTML = `
      <section lang="zh-CN">${seedBodyHtml()}</section>
      <section lang="zh-CN"><folio-section-heading numbered>${LONG}</folio-section-heading><p>正文</p>${numbered()}</section>
      <section lang="zh-TW">${numbered()}</section>
      <section lang="en"><folio-section-heading level="3" anchor-id="x">A long English heading that wraps across more than one line in this narrow column</folio-section-heading><p>Body</p>${numbered()}</section>
      <section lang="ja">${numbered()}</section>
      <section lang="en"><folio-section-heading level="9">Too deep</folio-section-heading><p>Body</p><folio-section-heading level="1">Too high</folio-section-heading><p>Body</p></section>`;
    const headings = [...page.querySelectorAll('folio-section-heading')] as FolioSectionHeading[];
    expect(headings.every((h) => !h.matches(':defined'))).to.equal(true);
    const before = headings.map(snapshot);
    const pageHeight = page.getBoundingClientRect().height;

    const warn = console.warn;
    console.warn = () => {}; // the deliberately bad levels
    FolioSectionHeading.define();
    await Promise.all(headings.map((h) => h.updateComplete));
    console.warn = warn;
    expect(headings.every((h) => h.headingElement)).to.equal(true);
    const after = headings.map(snapshot);

    expect(
      before.some((s) => s.lines.length > 1),
      'some headings wrap',
    ).to.equal(true);
    expect(before.filter((s) => s.number !== 'none').length, 'numbered headings show a number before upgrade').to.equal(
      21,
    );
    headings.forEach((h, i) => {
      const label = `${h.getAttribute('lang') ?? h.closest('[lang]')!.getAttribute('lang')} ${h.headingText}`;
      expect(round(after[i]!.host), `${label}: box`).to.deep.equal(round(before[i]!.host));
      expect(after[i]!.lines.map(round), `${label}: lines of text`).to.deep.equal(before[i]!.lines.map(round));
      expect(after[i]!.next && round(after[i]!.next!), `${label}: what follows`).to.deep.equal(
        before[i]!.next && round(before[i]!.next!),
      );
      expect(after[i]!.number, `${label}: number`).to.equal(before[i]!.number);
    });
    expect(page.getBoundingClientRect().height).to.equal(pageHeight);
  });

  it('keeps the text clear of the copy button, which sits in room kept for it', async () => {
    FolioSectionHeading.define();
    const el = await fixture<FolioSectionHeading>(
      html`<folio-section-heading style="inline-size: 20rem">${LONG}</folio-section-heading>`,
    );
    await el.updateComplete;
    const button = el.querySelector('button')!.getBoundingClientRect();
    const lines = textRects(el.headingElement!);
    expect(lines.every((line) => line.right <= button.left + 0.5)).to.equal(true);
    expect(button.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(button.height).to.be.at.least(24);
    expect(button.width).to.be.at.least(24);
  });
});
