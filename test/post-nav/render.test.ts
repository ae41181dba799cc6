import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import { seed } from '../../fixtures/seed-article.js';
import '../../src/post-nav/define.js';
import type { FolioPostNav } from '../../src/post-nav/define.js';

/** Text as a reader (or copy/paste) gets it: whitespace collapsed. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: FolioPostNav, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/**
 * The accessible name as axe computes it (the accname algorithm, across shadow
 * roots). axe is on the window once `to.be.accessible()` has run.
 */
function accessibleName(element: Element): string {
  const axe = (
    window as unknown as {
      axe: { setup(n: Node): void; teardown(): void; commons: { text: { accessibleText(e: Element): string } } };
    }
  ).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(element);
  } finally {
    axe.teardown();
  }
}
const parts = (el: FolioPostNav, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

async function seedNav(lang = 'zh-CN'): Promise<FolioPostNav> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <folio-post-nav prev-date=${seed.prev.datePublished} next-date=${seed.next.datePublished} time-zone=${seed.timeZone}></folio-post-nav>
  </div>`);
  const el = wrapper.querySelector('folio-post-nav')!;
  await el.updateComplete;
  return el;
}

async function fullNav(lang: string, extra: Record<string, string> = {}): Promise<FolioPostNav> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <folio-post-nav
      prev-href="/news/1039.html"
      prev-title="市教育局召开2023年全市教育系统安全工作会议"
      prev-date="2023-06-01T10:40:00+08:00"
      next-href="/news/1041.html"
      next-title="西宁市举办中小学校党组织书记交心茶座"
      next-date="2023-06-01T10:56:00+08:00"
      time-zone="Asia/Shanghai"
    ></folio-post-nav>
  </div>`);
  const el = wrapper.querySelector('folio-post-nav')!;
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

describe('<folio-post-nav> rendering', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());

  it('reads the seed’s captured data exactly, in zh-CN', async () => {
    const el = await seedNav();
    expect(text(part(el, 'prev'))).to.equal(`上一篇 ${seed.prev.displayedAs}`);
    expect(text(part(el, 'next'))).to.equal(`下一篇 ${seed.next.displayedAs}`);
    expect(text(part(el, 'prev'))).to.equal('上一篇 2023年6月1日 上午10:40');
    expect(text(part(el, 'next'))).to.equal('下一篇 2023年6月1日 上午10:56');
    const times = parts(el, 'date');
    expect(times.map((t) => t.localName)).to.deep.equal(['time', 'time']);
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      seed.prev.datePublished,
      seed.next.datePublished,
    ]);
    expect(warn.called, 'the seed’s data is valid').to.equal(false);
  });

  it('shows a side without href as plain text, not a dead link', async () => {
    const el = await seedNav();
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(part(el, 'prev')!.localName).to.equal('div');
    expect(parts(el, 'link')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is a <nav> landmark named in the page’s language, with rel=prev and rel=next links', async () => {
    const el = await fullNav('zh-CN');
    const nav = part(el, 'nav')!;
    expect(nav.localName).to.equal('nav');
    expect(nav.getAttribute('aria-label')).to.equal('文章导航');
    const links = parts(el, 'link') as HTMLAnchorElement[];
    expect(links.map((a) => a.rel)).to.deep.equal(['prev', 'next']);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/news/1039.html', '/news/1041.html']);
    expect(text(links[0])).to.equal('上一篇 市教育局召开2023年全市教育系统安全工作会议 2023年6月1日 上午10:40');
    expect(text(links[1])).to.equal('下一篇 西宁市举办中小学校党组织书记交心茶座 2023年6月1日 上午10:56');
    await expect(el).to.be.accessible();
    expect(accessibleName(nav)).to.equal('文章导航');
    expect(accessibleName(links[0]!)).to.equal(
      '上一篇 市教育局召开2023年全市教育系统安全工作会议 2023年6月1日 上午10:40',
    );
  });

  const locales: Array<[string, string, string, string, string]> = [
    ['zh-TW', '文章導覽', '上一篇', '下一篇', '2023年6月1日 上午10:40'],
    ['en', 'Article navigation', 'Previous', 'Next', 'June 1, 2023 at 10:40 AM'],
    ['ja', '記事ナビゲーション', '前の記事', '次の記事', '2023年6月1日 10:40'],
  ];
  for (const [lang, name, previous, next, date] of locales) {
    it(`speaks ${lang}`, async () => {
      const el = await fullNav(lang);
      expect(part(el, 'nav')!.getAttribute('aria-label')).to.equal(name);
      expect(parts(el, 'label').map((l) => l.textContent)).to.deep.equal([previous, next]);
      expect(part(el, 'prev')!.querySelector('time')!.textContent).to.equal(date);
      await expect(el).to.be.accessible();
    });
  }

  it('follows a change of lang', async () => {
    const el = await seedNav('zh-CN');
    el.closest('div')!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(part(el, 'prev'))).to.equal('Previous June 1, 2023 at 10:40 AM');
  });

  it('refuses an unsafe href with a warning naming the attribute, and shows that side as text', async () => {
    const el = await fullNav('en', { 'prev-href': 'javascript:alert(1)' });
    expect(part(el, 'prev')!.localName).to.equal('div');
    expect(el.shadowRoot!.querySelector('[href^="javascript"]')).to.equal(null);
    expect(text(part(el, 'prev'))).to.contain('市教育局召开');
    expect(part(el, 'next')!.localName).to.equal('a');
    expect(warn.calledOnce).to.equal(true);
    expect(warn.firstCall.args[0]).to.match(
      /^<folio-post-nav> prev-href: "javascript:alert\(1\)" uses the javascript: scheme/,
    );
    await expect(el).to.be.accessible();
  });

  it('shows a side with a link only as its label, and warns about an invalid date while showing it as written', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav prev-href="/a.html" next-date="yesterday"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    expect(text(part(el, 'prev'))).to.equal('Previous');
    expect(part(el, 'prev')!.localName).to.equal('a');
    expect(text(part(el, 'next'))).to.equal('Next yesterday');
    expect(part(el, 'next')!.querySelector('time'), 'no <time> for a value that is not a date').to.equal(null);
    expect(warn.firstCall.args[0]).to.match(/^<folio-post-nav> next-date: "yesterday" is not an ISO 8601 date/);
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown time-zone and shows the dates in the reader’s zone', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav prev-date="2023-06-01T10:40:00+08:00" time-zone="Mars/Olympus"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    const expected = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }).format(new Date('2023-06-01T10:40:00+08:00'));
    expect(text(part(el, 'date'))).to.equal(expected);
    expect(warn.firstCall.args[0]).to.match(/^<folio-post-nav> time-zone: "Mars\/Olympus" is not an IANA time zone/);
  });

  it('omits a side with nothing at all, and keeps next on the end side', async () => {
    const wrapper = await fixture(
      html`<div lang="en" style="inline-size: 700px"><folio-post-nav next-href="/n.html" next-title="Next one"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    expect(part(el, 'prev')).to.equal(null);
    const nav = part(el, 'nav')!.getBoundingClientRect();
    const label = part(el, 'label')!.getBoundingClientRect();
    const arrow = part(el, 'arrow')!.getBoundingClientRect();
    expect(nav.right - arrow.right, 'the arrow sits at the end').to.be.lessThan(20);
    expect(label.right).to.be.greaterThan(nav.right - 60);
    expect(label.left, 'text at the end, not stretched from the start').to.be.greaterThan(nav.left + 500);
    await expect(el).to.be.accessible();
  });

  it("draws an arrow only on a side that is a link: the seed page's dates alone are plain text", async () => {
    const el = await fixture<FolioPostNav>(
      html`<folio-post-nav lang="zh-CN" prev-date="2023-06-01T10:40:00+08:00" next-href="/n.html" next-date="2023-06-01T10:56:00+08:00"></folio-post-nav>`,
    );
    await el.updateComplete;
    expect(part(el, 'prev')!.tagName).to.equal('DIV');
    expect(part(el, 'prev')!.querySelector('[part~="arrow"]'), 'no arrow on plain text').to.equal(null);
    expect(part(el, 'next')!.querySelector('[part~="arrow"]'), 'an arrow on the link').to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders nothing (and no empty landmark) when both sides are empty', async () => {
    const el = await fixture<FolioPostNav>(html`<folio-post-nav prev-title="  " next-href=""></folio-post-nav>`);
    expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('clamps a long title to two lines, with the full title in the accessible name once and on hover', async () => {
    const long = '以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局，'.repeat(4) + '完';
    const wrapper = await fixture(html`<div lang="zh-CN" style="inline-size: 360px">
      <folio-post-nav prev-href="/p.html" prev-title=${long} prev-date="2023-06-01T10:40:00+08:00" time-zone="Asia/Shanghai"></folio-post-nav>
    </div>`);
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    const title = part(el, 'title')!;
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 1);
    expect(title.scrollHeight, 'the rest is clipped').to.be.greaterThan(3 * lineHeight);
    expect(title.getAttribute('title')).to.equal(long);
    expect(
      part(el, 'link')!.hasAttribute('title'),
      'no tooltip on the link itself, which would repeat the title',
    ).to.equal(false);
    await expect(el).to.be.accessible();
    const name = accessibleName(part(el, 'link')!);
    expect(name.startsWith('上一篇 '), name).to.equal(true);
    expect(name.split(long).length - 1, 'full title in the name exactly once').to.equal(1);
  });

  it('mirrors in right-to-left pages: previous on the right, arrows flipped', async () => {
    const ltr = await fullNav('en');
    const wrapper = await fixture(html`<div lang="ar" dir="rtl">
      <folio-post-nav prev-href="/p.html" prev-title="P" next-href="/n.html" next-title="N"></folio-post-nav>
    </div>`);
    const rtl = wrapper.querySelector('folio-post-nav')!;
    await rtl.updateComplete;
    const box = (el: FolioPostNav, name: string) => part(el, name)!.getBoundingClientRect();
    expect(box(ltr, 'prev').left).to.be.lessThan(box(ltr, 'next').left);
    expect(box(rtl, 'prev').left).to.be.greaterThan(box(rtl, 'next').left);
    // In each side the arrow is on the outer edge.
    expect(
      box(rtl, 'prev').right - part(rtl, 'prev')!.querySelector('.arrow')!.getBoundingClientRect().right,
    ).to.be.lessThan(20);
    const transform = (el: FolioPostNav) => getComputedStyle(el.shadowRoot!.querySelector('.arrow svg')!).transform;
    expect(transform(ltr)).to.equal('none');
    expect(transform(rtl)).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(rtl).to.be.accessible();
  });

  it('mirrors when the language is right-to-left even without a dir attribute', async () => {
    const wrapper = await fixture(
      html`<div lang="he"><folio-post-nav prev-href="/p.html" next-href="/n.html"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    expect(part(el, 'nav')!.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'prev')!.getBoundingClientRect().left).to.be.greaterThan(
      part(el, 'next')!.getBoundingClientRect().left,
    );
  });

  it('stacks the sides in a narrow container, next still at the end', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN" style="inline-size: 320px">
      <folio-post-nav prev-href="/p.html" prev-title="上" next-href="/n.html" next-title="下" prev-date="2023-06-01" next-date="2023-06-02"></folio-post-nav>
    </div>`);
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    const prev = part(el, 'prev')!.getBoundingClientRect();
    const next = part(el, 'next')!.getBoundingClientRect();
    expect(next.top).to.be.greaterThanOrEqual(prev.bottom);
    expect(part(el, 'nav')!.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle(part(el, 'next')!).textAlign).to.equal('end');
    await expect(el).to.be.accessible();
  });

  it('applies the dark theme tokens and a site’s own token values', async () => {
    const wrapper = await fixture(html`<div lang="en" data-folio-theme="dark" style="background: #0d1117">
      <folio-post-nav prev-href="/p.html" prev-title="P" next-title="N"></folio-post-nav>
    </div>`);
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(getComputedStyle(part(el, 'link')!.querySelector('.title')!).color).to.equal('rgb(121, 184, 255)');
    expect(getComputedStyle(part(el, 'label')!).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
    (wrapper as HTMLElement).style.setProperty('--folio-color-accent', 'rgb(192, 57, 43)');
    expect(getComputedStyle(part(el, 'link')!.querySelector('.title')!).color).to.equal('rgb(192, 57, 43)');
  });

  it('shows a focus ring on the link reached with Tab', async () => {
    const el = await fullNav('en');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = part(el, 'prev')!;
    expect(el.shadowRoot!.activeElement).to.equal(link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('2px');
    expect(style.outlineColor).to.equal('rgb(11, 87, 208)');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
    await expect(el).to.be.accessible();
  });

  it('exposes parts for styling from outside', async () => {
    const el = await fullNav('en');
    for (const name of ['nav', 'side', 'link', 'prev', 'next', 'arrow', 'label', 'title', 'date']) {
      expect(part(el, name), name).to.exist;
    }
  });

  it('never lets markup in a title reach the DOM', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav prev-title="<img src=x onerror=alert(1)>"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'title')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
