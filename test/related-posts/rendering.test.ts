import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import '../../src/related-posts/define.js';
import type { FolioRelatedPosts, RelatedClickDetail } from '../../src/related-posts/define.js';
import { seed } from '../../fixtures/seed-article.js';
import { API, items, links, shadow, titles, uniqueKey, untilState } from './helpers.js';

const part = (el: FolioRelatedPosts, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const warnings = (stub: sinon.SinonStub) => stub.args.map((a) => String(a[0]));

describe('<folio-related-posts> rendering', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('skips bad items with a warning naming the field, keeps the good ones, never renders their HTML', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="grid" src="${API}mixed?key=${uniqueKey()}"></folio-related-posts>`,
    );
    await untilState(el, 'loaded');
    expect(titles(el)).to.deep.equal(['好的一篇', '图片不安全', '好的另一篇']);
    const text = warnings(warnStub).join('\n');
    expect(text).to.contain('<folio-related-posts> items[1].href: is missing');
    expect(text).to.contain('<folio-related-posts> items[2].href: "javascript:alert(1)" uses the javascript: scheme');
    expect(text).to.contain('<folio-related-posts> items[3].title: is missing');
    expect(text).to.contain('<folio-related-posts> items[4]: ');
    expect(text).to.contain('<folio-related-posts> items[5].image: "javascript:alert(2)"');
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      '/posts/good-1.html',
      '/posts/good-2.html',
      'https://example.com/posts/good-3.html',
    ]);
    expect(
      shadow(el).querySelectorAll('img').length,
      'no image for the unsafe one, none injected by the excerpt',
    ).to.equal(0);
    expect(shadow(el).querySelectorAll('[part~="excerpt"]')[2]!.textContent).to.equal('<img src=x onerror=alert(3)>');
  });

  it('accepts inline data:image thumbnails but never a data: link', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const data = [
      { title: 'Inline image', href: '/a.html', image: png },
      { title: 'Data link', href: 'data:text/html,<script>alert(1)</script>' },
      { title: 'HTML as image', href: '/b.html', image: 'data:text/html,<script>alert(1)</script>' },
    ];
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="grid" .items=${data}></folio-related-posts>`,
    );
    expect(titles(el)).to.deep.equal(['Inline image', 'HTML as image']);
    expect([...shadow(el).querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal([png]);
    expect(warnings(warnStub).join('\n')).to.contain('items[2].image: "data:text/html');
  });

  it('checks images only in the grid, which draws them: other layouts leave them out of the items', async () => {
    const data = [
      { title: 'Safe image', href: '/a.html', image: '/img/a.png' },
      { title: 'Script image', href: '/b.html', image: 'javascript:alert(1)' },
    ];
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .items=${data}></folio-related-posts>`,
    );
    const clicked: RelatedClickDetail[] = [];
    el.addEventListener('folio-related-click', (e) => clicked.push(e.detail));
    el.addEventListener('click', (e) => e.preventDefault());
    links(el)[0]!.click();
    expect(clicked[0]!.item, 'the list shows no image, and its items carry none').to.deep.equal({
      title: 'Safe image',
      href: '/a.html',
    });
    expect(warnings(warnStub).join('\n'), 'nor warns about one').not.to.contain('.image');
    el.layout = 'grid';
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['/img/a.png']);
    expect(warnings(warnStub).join('\n')).to.contain(
      '<folio-related-posts> items[1].image: "javascript:alert(1)" uses the javascript: scheme',
    );
    links(el)[0]!.click();
    expect(clicked[1]!.item).to.deep.equal({ title: 'Safe image', href: '/a.html', image: '/img/a.png' });
  });

  it('warns about invalid JSON in the child script and shows the empty state', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en"><script type="application/json">[{"title": </script></folio-related-posts>`,
    );
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(warnings(warnStub).join('\n')).to.match(
      /<folio-related-posts> <script type="application\/json">: is not valid JSON/,
    );
  });

  it('applies limit, and warns about and ignores a bad one', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" limit="2" .items=${items(5)}></folio-related-posts>`,
    );
    expect(titles(el)).to.deep.equal(['Post 1', 'Post 2']);
    el.setAttribute('limit', '-3');
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
    el.setAttribute('limit', '2.5');
    await el.updateComplete;
    expect(titles(el)).to.have.length(5);
    expect(warnings(warnStub).join('\n')).to.contain('<folio-related-posts> limit: "-3" is not a positive integer');
  });

  it('never lists the current page or the exclude URLs, compared as absolute URLs without fragments', async () => {
    const here = location.href.split('#')[0]!;
    const data = [
      { title: 'This page', href: `${here}#comments` },
      { title: 'Excluded relative', href: '/posts/2.html' },
      { title: 'Excluded absolute', href: `${location.origin}/posts/3.html#top` },
      { title: 'Kept', href: '/posts/4.html' },
    ];
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" exclude="${location.origin}/posts/2.html  /posts/3.html" .items=${data}></folio-related-posts>`,
    );
    expect(titles(el)).to.deep.equal(['Kept']);
  });

  it('shows absolute dates in the page locale and time-zone, or relative ones', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
    const data = [
      { title: 'A', href: '/a.html', date: '2023-06-01T10:40:00+08:00' },
      { title: 'B', href: '/b.html', date: threeDaysAgo },
    ];
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="zh-CN" time-zone="Asia/Shanghai" .items=${data}></folio-related-posts>`,
    );
    const dates = () => [...shadow(el).querySelectorAll('[part~="date"]')].map((d) => d.textContent!.trim());
    expect(dates()[0]).to.equal('2023年6月1日 上午10:40');
    expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.equal('2023-06-01T10:40:00+08:00');
    el.relativeDates = true;
    await el.updateComplete;
    expect(dates()[1]).to.equal('3天前');
    el.lang = 'en';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(dates()[1]).to.equal('3 days ago');
  });

  it('renders list (title, date), compact (titles only) and grid (lazy thumbnail in a reserved frame, excerpt, date)', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .items=${items(3)}></folio-related-posts>`,
    );
    expect(part(el, 'list')!.localName).to.equal('ul');
    expect(shadow(el).querySelectorAll('li [part~="link"] [part~="title"]')).to.have.length(3);
    expect(shadow(el).querySelectorAll('[part~="date"]')).to.have.length(3);
    expect(shadow(el).querySelector('img')).to.equal(null);

    el.layout = 'compact';
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    expect(shadow(el).querySelectorAll('[part~="date"], [part~="excerpt"], img')).to.have.length(0);

    el.layout = 'grid';
    await el.updateComplete;
    const imgs = [...shadow(el).querySelectorAll('img')];
    expect(imgs).to.have.length(3);
    expect(imgs.every((i) => i.loading === 'lazy' && i.alt === '')).to.equal(true);
    const frame = part(el, 'image')!;
    expect(frame.getBoundingClientRect().height).to.be.closeTo((frame.getBoundingClientRect().width * 9) / 16, 1);
    expect(getComputedStyle(part(el, 'excerpt')!).webkitLineClamp).to.equal('3');
    expect(shadow(el).querySelectorAll('[part~="date"]')).to.have.length(3);
  });

  it('warns about an unknown layout and uses list', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="carousel" .items=${items(2)}></folio-related-posts>`,
    );
    expect(part(el, 'list')!.classList.contains('list')).to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="date"]')).to.have.length(2);
    expect(warnings(warnStub).join('\n')).to.contain(
      '<folio-related-posts> layout: "carousel" is not one of list, compact, grid',
    );
  });

  it('reflows the grid to one column in a narrow container, several in a wide one', async () => {
    const columns = (el: FolioRelatedPosts) =>
      new Set([...shadow(el).querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left))).size;
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 900px"><folio-related-posts lang="en" layout="grid" .items=${items(6)}></folio-related-posts></div>`,
    );
    const el = wrapper.querySelector('folio-related-posts')!;
    expect(columns(el), 'within the column’s measure (40rem)').to.equal(2);
    // A page that gives the list more room than the text sets the measure on it.
    el.style.setProperty('--folio-measure', 'none');
    await new Promise(requestAnimationFrame);
    expect(columns(el)).to.equal(3);
    wrapper.style.width = '560px';
    await new Promise(requestAnimationFrame);
    expect(columns(el)).to.equal(2);
    wrapper.style.width = '320px';
    await new Promise(requestAnimationFrame);
    expect(columns(el)).to.equal(1);
  });

  for (const layout of ['list', 'compact', 'grid'] as const) {
    it(`does not shift from loading to loaded (${layout})`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 640px">
        <folio-related-posts lang="zh-CN" layout=${layout} limit="4" src="${API}feed?count=4&delay=300&key=${uniqueKey()}"></folio-related-posts>
        <p id="below">below</p>
      </div>`);
      const el = wrapper.querySelector('folio-related-posts')!;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(part(el, 'skeleton')!.children).to.have.length(4);
      const loadingHeight = el.getBoundingClientRect().height;
      const belowTop = wrapper.querySelector('#below')!.getBoundingClientRect().top;
      await untilState(el, 'loaded');
      expect(titles(el)).to.have.length(4);
      expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 0.5);
      expect(wrapper.querySelector('#below')!.getBoundingClientRect().top).to.be.closeTo(belowTop, 0.5);
    });
  }

  it('fires folio-related-click with the item and its position, on click and Enter, without preventing navigation', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .items=${items(3)}></folio-related-posts>`,
    );
    const seen: Array<{ detail: RelatedClickDetail; prevented: boolean }> = [];
    const onRelated = (e: Event) =>
      seen.push({ detail: (e as CustomEvent<RelatedClickDetail>).detail, prevented: false });
    // After the element had its say, keep the test page from navigating.
    const stopNavigation = (e: Event) => {
      if (seen.length) seen[seen.length - 1]!.prevented = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('folio-related-click', onRelated);
    document.addEventListener('click', stopNavigation);
    try {
      links(el)[1]!.click();
      links(el)[2]!.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      document.removeEventListener('folio-related-click', onRelated);
      document.removeEventListener('click', stopNavigation);
    }
    expect(seen.map((s) => [s.detail.position, s.detail.item.title, s.detail.item.href])).to.deep.equal([
      [1, 'Post 2', '/posts/2.html'],
      [2, 'Post 3', '/posts/3.html'],
    ]);
    expect(seen.every((s) => !s.prevented)).to.equal(true);
  });

  it('fires folio-related-click for a middle click (a new tab), not for a right click', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="compact" .items=${items(2)}></folio-related-posts>`,
    );
    const seen: RelatedClickDetail[] = [];
    el.addEventListener('folio-related-click', (e) => seen.push(e.detail));
    const press = (button: number) =>
      links(el)[1]!.dispatchEvent(
        new MouseEvent('auxclick', { button, bubbles: true, composed: true, cancelable: true }),
      );
    // WebKit follows a link even for a synthetic middle auxclick, which took the test page away.
    const stayHere = (event: Event) => event.preventDefault();
    document.addEventListener('auxclick', stayHere);
    try {
      press(2);
      expect(seen, 'right click').to.deep.equal([]);
      press(1);
    } finally {
      document.removeEventListener('auxclick', stayHere);
    }
    expect(seen.map((d) => [d.position, d.item.href])).to.deep.equal([[1, '/posts/2.html']]);
  });

  it('says politely that there is nothing (the seed case), or hides itself with hide-empty', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts heading=${seed.related.heading} lang=${seed.lang}><script type="application/json">${JSON.stringify(seed.related.items)}</script></folio-related-posts>`,
    );
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('相关推荐');
    expect(part(el, 'status')!.textContent!.trim()).to.equal('暂无相关推荐。');
    expect(part(el, 'list')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    el.hideEmpty = true;
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('none');
    el.items = items(1);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('is reachable with Tab, link after link, each with a visible focus ring', async () => {
    const wrapper = await fixture(
      html`<div><button id="before">before</button><folio-related-posts lang="en" .items=${items(2)}></folio-related-posts></div>`,
    );
    const el = wrapper.querySelector('folio-related-posts')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Post 1');
    const style = getComputedStyle(shadow(el).activeElement!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(0);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Post 2');
  });

  it('shows the focus ring around the whole grid card', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="grid" .items=${items(2)}></folio-related-posts>`,
    );
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const card = shadow(el).querySelector('li')!;
    expect(getComputedStyle(card).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('renders a real heading at heading-level, and warns about a bad level', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" heading-level="3" .items=${items(1)}></folio-related-posts>`,
    );
    expect(part(el, 'heading')!.localName).to.equal('h3');
    expect(part(el, 'base')!.getAttribute('aria-labelledby')).to.equal(part(el, 'heading')!.id);
    for (const level of [2, 4, 5, 6]) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal(`h${level}`);
      expect(part(el, 'heading')!.textContent).to.equal('Related posts');
    }
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h2');
    expect(warnings(warnStub).join('\n')).to.contain('<folio-related-posts> heading-level: "9"');
  });

  const locales: Array<[string, string, string]> = [
    ['zh-CN', '相关推荐', '暂无相关推荐。'],
    ['zh-TW', '相關推薦', '暫無相關推薦。'],
    ['en', 'Related posts', 'No related posts yet.'],
    ['ja', '関連記事', '関連記事はまだありません。'],
    ['zh-HK', '相關推薦', '暫無相關推薦。'],
  ];
  for (const [lang, heading, empty] of locales) {
    it(`speaks ${lang}`, async () => {
      const wrapper = await fixture(html`<div lang=${lang}><folio-related-posts></folio-related-posts></div>`);
      const el = wrapper.querySelector('folio-related-posts')!;
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent!.trim()).to.equal(heading);
      expect(part(el, 'status')!.textContent!.trim()).to.equal(empty);
    });
  }

  it('keeps the loading text for assistive technology only, with aria-busy on the region', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="ja" timeout="5000" src="${API}hang?key=${uniqueKey()}"></folio-related-posts>`,
    );
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'skeleton')!.getAttribute('aria-hidden')).to.equal('true');
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('読み込み中…');
    expect(status.getBoundingClientRect().width).to.be.at.most(1);
    el.remove();
  });

  describe('themes', () => {
    it('uses the dark tokens under data-folio-theme="dark", and a site’s own tokens', async () => {
      const wrapper = await fixture(
        html`<div data-folio-theme="dark"><folio-related-posts lang="en" .items=${items(1)}></folio-related-posts></div>`,
      );
      const el = wrapper.querySelector('folio-related-posts')!;
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(121, 184, 255)');
      wrapper.setAttribute('data-folio-theme', 'light');
      await new Promise((r) => setTimeout(r));
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(11, 87, 208)');
      (wrapper as HTMLElement).style.setProperty('--folio-color-accent', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'link')!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});
