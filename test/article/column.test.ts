/*
 * One column: the article's text and the tags after it share one measure
 * (--folio-measure), so their edges line up; the table of contents sits in
 * the margin next to the text when the article's box has room, else it is a
 * box as wide as the text that pushes the text down. Measured in frames of a
 * desktop's and a phone's width (WebKit's window cannot be 390 px wide).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seedBodyHtml } from '../../fixtures/seed-article.js';
import { narrowFrame, type Frame } from '../helpers/frame.js';

const ALL_TAGS = ['article', 'copyright-notice', 'post-nav', 'related-posts'].map((tag) => `/src/${tag}/define.ts`);

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
    it(`lines up the text, the notice, the post nav and related posts at ${frameWidth} px`, async () => {
      const frame = await page(frameWidth, container);
      try {
        const text = edges(frame.doc.querySelector('folio-article > p')!);
        for (const tag of ['folio-copyright-notice', 'folio-post-nav', 'folio-related-posts']) {
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
      const title = frame.win.getComputedStyle(toc.querySelector('nav')!, '::before').content;
      expect(title).to.match(/目录/);
      expect(frame.win.getComputedStyle(toc.querySelector('nav')!).position).to.equal('sticky');
      // Sticky: scrolled past the header, the list stays in view.
      frame.win.scrollTo(0, 1500);
      await new Promise((resolve) => frame.win.requestAnimationFrame(resolve));
      expect(toc.querySelector('nav')!.getBoundingClientRect().top).to.be.within(0, 40);
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
