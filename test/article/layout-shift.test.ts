import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { linkFolioCss, mountSeed, nextFrame } from './helpers.js';

// Nothing here imports the element: the seed is laid out with folio.css alone, measured,
// then the element is defined (by importing its module) and measured again.
const ALL =
  'headline="以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局" byline="记者 张三" source="西宁日报" ' +
  'date-published="2023-06-01T10:40:00+08:00" time-zone="Asia/Shanghai" reprint-notice="未经许可不得转载" toc reading-time structured-data';

type Box = { top: number; left: number; width: number; height: number };
const boxes = (article: Element): Box[] =>
  [
    ...article.querySelectorAll(':scope > p:not([data-folio-article-part])'),
    article.parentElement!.querySelector('.after-article')!,
  ].map((p) => {
    const r = p.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  });

describe('<folio-article> upgrade and layout shift', () => {
  before(linkFolioCss);

  it('moves no paragraph of the seed when the element is defined (narrow, wide and phone widths)', async () => {
    const containers = [
      mountSeed(ALL, { width: '700px' }),
      mountSeed(ALL, { width: '1200px' }),
      mountSeed(ALL, { width: '340px' }),
    ];
    const articles = containers.map((c) => c.querySelector('folio-article')!);
    await nextFrame();
    expect(customElements.get('folio-article')).to.equal(undefined);
    const before = articles.map(boxes);
    expect(before[0]!.length).to.equal(21);
    // Without the reservation the first paragraph would sit at the top of the article.
    expect(before[0]![0]!.top - articles[0]!.getBoundingClientRect().top).to.be.greaterThan(100);

    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
    observer.observe({ type: 'layout-shift' });

    await import('../../src/article/define.js');
    for (const article of articles) {
      await waitUntil(
        () => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4,
        'contents built',
      );
    }
    await nextFrame();
    await nextFrame();
    const after = articles.map(boxes);
    articles.forEach((article, i) => {
      expect(article.querySelector('[data-folio-article-part="header"] h1')).to.exist;
      after[i]!.forEach((box, j) => {
        const was = before[i]![j]!;
        for (const key of ['top', 'left', 'width', 'height'] as const) {
          expect(box[key], `article ${i}, paragraph ${j}, ${key}`).to.be.closeTo(was[key], 0.5);
        }
      });
    });
    observer.disconnect();
    expect(
      shifts.reduce((a, b) => a + b, 0),
      'cumulative layout shift',
    ).to.be.lessThan(0.001);
    expect(
      performance.getEntriesByType('resource').some((e) => /article-css/.test(e.name)),
      'folio.css is linked: no fallback copy',
    ).to.equal(false);
    containers.forEach((c) => c.remove());
  });

  it('with normalize-punctuation, keeps the header box and the start of the body; only the corrected lines reflow', async () => {
    const container = mountSeed(`${ALL} normalize-punctuation`, { width: '700px' });
    const article = container.querySelector('folio-article')!;
    await nextFrame();
    const before = boxes(article);
    await import('../../src/article/define.js');
    await waitUntil(
      () => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 4,
      'contents built',
    );
    await nextFrame();
    const after = boxes(article);
    // Full-width punctuation is wider than the captured half-width marks, so text after the
    // first correction may rewrap (see README: normalize on the server for a zero shift);
    // the header's reserved box still holds the body's start exactly in place.
    expect(after[0]!.top).to.be.closeTo(before[0]!.top, 0.5);
    expect(article.querySelector('p')!.textContent).to.contain('强调，加强');
    container.remove();
  });
});
