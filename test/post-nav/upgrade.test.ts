// No static import of the element: this file measures the tag before and
// after it is defined, as on a page whose script loads after first paint.
import { expect, fixture, html } from '@open-wc/testing';
import { seed } from '../../fixtures/seed-article.js';

function stylesheet(path: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(path, import.meta.url).href;
  document.head.append(link);
  return new Promise((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${path} did not load`));
  });
}

interface Page {
  nav: HTMLElement;
  after: HTMLElement;
}

/** The seed page's markup: the tag with the captured data and its fallback paragraphs, and what follows it. */
async function seedPage(width: string): Promise<Page> {
  const main =
    await fixture(html`<main class="site-main" lang="zh-CN" style="inline-size: ${width}; max-inline-size: none; box-sizing: border-box">
    <p>前文。</p>
    <folio-post-nav prev-date=${seed.prev.datePublished} next-date=${seed.next.datePublished} time-zone=${seed.timeZone}>
      <!-- Fallback text for readers without JavaScript; the upgraded tag renders its own. -->
      <p>上一篇 ${seed.prev.displayedAs}</p>
      <p>下一篇 ${seed.next.displayedAs}</p>
    </folio-post-nav>
    <p id="after">相关推荐</p>
  </main>`);
  return { nav: main.querySelector('folio-post-nav')!, after: main.querySelector<HTMLElement>('#after')! };
}

/** Full data with titles of one line, and a fallback of links as a CMS template would write it. */
async function titledPage(width: string): Promise<Page> {
  const main =
    await fixture(html`<main class="site-main" lang="zh-CN" style="inline-size: ${width}; max-inline-size: none; box-sizing: border-box">
    <folio-post-nav prev-href="#p" prev-title="安全工作会议" prev-date="2023-06-01T10:40:00+08:00"
      next-href="#n" next-title="交心茶座" next-date="2023-06-01T10:56:00+08:00" time-zone="Asia/Shanghai">
      <p><a href="#p" rel="prev">上一篇 安全工作会议</a></p>
      <p><a href="#n" rel="next">下一篇 交心茶座</a></p>
    </folio-post-nav>
    <p id="after">相关推荐</p>
  </main>`);
  return { nav: main.querySelector('folio-post-nav')!, after: main.querySelector<HTMLElement>('#after')! };
}

const box = (el: Element) => {
  const { top, height, width } = el.getBoundingClientRect();
  return { top, height, width };
};

describe('<folio-post-nav> upgrade', () => {
  before(async () => {
    await stylesheet('../../src/folio.css');
    await stylesheet('../../demo/site.css');
    await document.fonts.ready;
  });

  it('moves nothing when it upgrades, at the demo’s width and stacked in a narrow column', async () => {
    const pages = [
      await seedPage('46rem'),
      await seedPage('320px'),
      await titledPage('46rem'),
      await titledPage('320px'),
    ];
    expect(customElements.get('folio-post-nav'), 'not defined yet').to.equal(undefined);
    const before = pages.map(({ nav, after }) => ({ nav: box(nav), after: box(after) }));
    // The fallback is visible, laid out like the sides: side by side when wide, stacked when narrow.
    const [wideFirst, wideSecond] = [...pages[0]!.nav.querySelectorAll('p')].map(box);
    expect(wideFirst!.top).to.equal(wideSecond!.top);
    const [narrowFirst, narrowSecond] = [...pages[1]!.nav.querySelectorAll('p')].map(box);
    expect(narrowSecond!.top).to.be.greaterThan(narrowFirst!.top);

    await import('../../src/post-nav/define.js');
    for (const { nav } of pages) await (nav as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await document.fonts.ready;

    const after = pages.map(({ nav, after }) => ({ nav: box(nav), after: box(after) }));
    expect(pages[0]!.nav.shadowRoot!.querySelector('nav'), 'upgraded').to.exist;
    expect(after).to.deep.equal(before);
    expect(after[1]!.nav.height, 'stacked: taller than the wide layout').to.be.greaterThan(after[0]!.nav.height);
    expect(after[2]!.nav.height, 'a title takes a line of its own').to.be.greaterThan(after[0]!.nav.height);
  });
});
