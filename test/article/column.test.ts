/*
 * One column: the article's text and the tags after it share one measure
 * (--folio-measure), so their edges line up; the table of contents sits in
 * the margin next to the text when the article's box has room, else it is a
 * box as wide as the text that pushes the text down. Measured in frames of a
 * desktop's and a phone's width (WebKit's window cannot be 390 px wide), in a
 * container like the demo's and on the demo's own seed pages.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seedBodyHtml } from '../../fixtures/seed-article.js';
import { narrowFrame, type Frame } from '../helpers/frame.js';

const ALL_TAGS = ['article', 'copyright-notice', 'reactions', 'post-nav', 'related-posts'].map(
  (tag) => `/src/${tag}/define.ts`,
);
const COLUMN_TAGS = ['folio-copyright-notice', 'folio-reactions', 'folio-post-nav', 'folio-related-posts'];

/** The seed page's column as the demo lays it out: a centred container of `width`, folio.css in <head>. */
async function page(frameWidth: number, containerWidth: string): Promise<Frame> {
  // Written after the frame loads: the seed's body is too long for the frame's URL.
  const frame = await narrowFrame({ width: frameWidth, height: 900, lang: 'zh-CN', modules: ALL_TAGS });
  const link = Object.assign(frame.doc.createElement('link'), { rel: 'stylesheet', href: '/src/folio.css' });
  await new Promise((resolve) => frame.doc.head.append(Object.assign(link, { onload: resolve })));
  frame.doc.body.insertAdjacentHTML(
    'afterbegin',
    `<main style="inline-size: ${containerWidth}; max-inline-size: 100%; margin-inline: auto; box-sizing: border-box; padding-inline: 1rem">
      <folio-article toc time-zone="Asia/Shanghai">${seedBodyHtml()}</folio-article>
      <folio-copyright-notice report-dialog="d"><p>版权声明：本文内容由互联网用户自发贡献。</p></folio-copyright-notice>
      <folio-reactions count="0"></folio-reactions>
      <folio-post-nav prev-date="2023-06-01T10:40:00+08:00" next-href="/n" next-title="交心茶座"></folio-post-nav>
      <folio-related-posts></folio-related-posts>
    </main>`,
  );
  const article = frame.doc.querySelector('folio-article')!;
  await waitUntil(() => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4, 'contents', {
    timeout: 5000,
  });
  await Promise.all(
    [...frame.doc.querySelectorAll('main > *')].map(
      (el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
  return frame;
}

const edges = (el: Element) => {
  const { left, right } = el.getBoundingClientRect();
  return { left: Math.round(left * 2) / 2, right: Math.round(right * 2) / 2 };
};

describe('the article column', function () {
  this.timeout(40_000);
  for (const [frameWidth, container] of [
    [1280, '46rem'],
    [390, '46rem'],
  ] as const) {
    it(`lines up the text, the notice, the reactions, the post nav and related posts at ${frameWidth} px`, async () => {
      const frame = await page(frameWidth, container);
      try {
        const text = edges(frame.doc.querySelector('folio-article > p')!);
        for (const tag of COLUMN_TAGS) {
          expect(edges(frame.doc.querySelector(tag)!), tag).to.deep.equal(text);
        }
        const notice = frame.doc.querySelector('folio-copyright-notice')!;
        // The measure (40rem) on a desktop; the whole container, less its padding, on a phone.
        const main = frame.doc.querySelector('main')!.clientWidth - 32;
        expect(edges(notice).right - edges(notice).left).to.equal(frameWidth === 1280 ? 640 : main);
        if (frameWidth === 390) expect(main, 'a phone: narrower than the measure').to.be.lessThan(640);
      } finally {
        frame.remove();
      }
    });
  }

  it('puts the contents in the margin next to the text, sticky and always open, when the article has room', async () => {
    const frame = await page(1280, '60rem');
    try {
      const article = frame.doc.querySelector('folio-article')!;
      const toc = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
      await waitUntil(() => toc.open, 'open beside the text');
      const text = article.querySelector('p')!.getBoundingClientRect();
      const box = toc.getBoundingClientRect();
      const gap = box.left - text.right;
      expect(gap, 'next to the text, not at the far edge').to.be.within(16, 40);
      expect(box.top, 'beside the header, not above the text').to.be.lessThan(text.top);
      // No disclosure arrow and no tab stop that would only close it: the title is the list's own.
      expect(toc.querySelector('summary')!.getBoundingClientRect().height).to.equal(0);
      // The title is the list's label, drawn by ::before; Firefox gives the computed `content` as
      // written (`attr(aria-label) / ""`), the others resolved.
      const nav = toc.querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.match(/目录/);
      expect(frame.win.getComputedStyle(nav, '::before').content).to.match(/目录|^attr\(aria-label\)/);
      expect(frame.win.getComputedStyle(nav).position).to.equal('sticky');
      // Sticky: scrolled past the header, the list stays in view.
      frame.win.scrollTo(0, 1500);
      await new Promise((resolve) => frame.win.requestAnimationFrame(resolve));
      expect(nav.getBoundingClientRect().top).to.be.within(0, 40);
    } finally {
      frame.remove();
    }
  });

  it('makes the collapsed contents as wide as the text, pushing the text down when opened', async () => {
    const frame = await page(1280, '46rem');
    try {
      const article = frame.doc.querySelector('folio-article')!;
      const toc = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
      const summary = toc.querySelector('summary')!;
      const first = article.querySelector(':scope > p')!;
      expect(toc.open).to.equal(false);
      expect(edges(summary)).to.deep.equal(edges(first));
      const top = first.getBoundingClientRect().top;
      summary.click();
      await new Promise((resolve) => frame.win.requestAnimationFrame(resolve));
      const list = toc.querySelector('nav')!.getBoundingClientRect();
      expect(edges(toc.querySelector('nav')!)).to.deep.equal(edges(first));
      expect(first.getBoundingClientRect().top, 'pushed down, not covered').to.be.closeTo(
        top + list.height + (list.top - summary.getBoundingClientRect().bottom),
        1,
      );
      expect(first.getBoundingClientRect().top).to.be.at.least(list.bottom);
    } finally {
      frame.remove();
    }
  });
});

/** A page of the demo site in a frame `width` px wide, every tag upgraded and the contents built. */
async function demoPage(url: string, width: number): Promise<{ doc: Document; win: Window; remove(): void }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `display: block; inline-size: ${width}px; block-size: 900px; border: 0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow!;
  await waitUntil(() => doc.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4, 'contents', {
    timeout: 20_000,
  });
  await Promise.all(['folio-article', ...COLUMN_TAGS].map((tag) => win.customElements.whenDefined(tag)));
  for (let round = 0; round < 2; round++)
    await Promise.all(
      [...doc.querySelectorAll(['folio-article', ...COLUMN_TAGS].join())].map(
        (el) => (el as Element & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
  await doc.fonts.ready;
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  return { doc, win, remove: () => iframe.remove() };
}

/** Every shown tag of the column (a `hide-empty` list with nothing to list takes no room) has the text's edges. */
function expectOneColumn(doc: Document, text: ReturnType<typeof edges>): void {
  for (const tag of COLUMN_TAGS) {
    const shown = [...doc.querySelectorAll(tag)].filter((el) => el.getBoundingClientRect().height > 0);
    expect(shown.length, tag).to.be.greaterThan(0);
    for (const el of shown) expect(edges(el), tag).to.deep.equal(text);
  }
}

/*
 * The demo's own pages (demo/seed-article.html and the server-rendered one,
 * both in demo/site.css's column): on a desktop the article's box has room for
 * the side contents, next to the text; on a phone the contents are the box
 * above the text. Either way every tag of the column lines up with the text.
 */
describe("the demo's seed pages", function () {
  this.timeout(60_000);
  for (const [name, url] of [
    ['demo/seed-article.html', '/demo/seed-article.html'],
    ['the server-rendered seed page', '/test-api/ssr/seed-article.html'],
  ] as const) {
    it(`${name} at 1280 px: the contents beside the text, sticky, and one column`, async () => {
      const frame = await demoPage(url, 1280);
      try {
        const article = frame.doc.querySelector('folio-article')!;
        const toc = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
        expect(frame.win.getComputedStyle(toc).position, 'the side column, not the box above the text').to.equal(
          'absolute',
        );
        await waitUntil(() => toc.open, 'open beside the text');
        const text = article.querySelector(':scope > p')!.getBoundingClientRect();
        const box = toc.getBoundingClientRect();
        expect(text.width, 'the text keeps to the measure (40rem)').to.equal(640);
        expect(box.left - text.right, 'next to the text').to.be.within(16, 40);
        expect(box.right, 'inside the page').to.be.at.most(frame.doc.documentElement.clientWidth);
        expect(box.top, 'beside the header').to.be.lessThan(text.top);
        expect(frame.win.getComputedStyle(toc.querySelector('nav')!).position).to.equal('sticky');
        expectOneColumn(frame.doc, edges(article.querySelector(':scope > p')!));
      } finally {
        frame.remove();
      }
    });

    it(`${name} at 390 px: the contents a closed box as wide as the text, and one column`, async () => {
      const frame = await demoPage(url, 390);
      try {
        const article = frame.doc.querySelector('folio-article')!;
        const toc = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
        const first = article.querySelector(':scope > p')!;
        expect(frame.win.getComputedStyle(toc).position).to.equal('static');
        expect(toc.open).to.equal(false);
        expect(edges(toc.querySelector('summary')!)).to.deep.equal(edges(first));
        expect(toc.getBoundingClientRect().bottom, 'above the text').to.be.at.most(first.getBoundingClientRect().top);
        expectOneColumn(frame.doc, edges(first));
      } finally {
        frame.remove();
      }
    });
  }
});
