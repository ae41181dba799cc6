import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { narrowFrame } from '../helpers/frame.js';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import { seed } from '../../fixtures/seed-article.js';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { linkFolioCss, mountSeed, nextFrame, tocLinks } from './helpers.js';

const EXPECTED_IDS = [
  '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
  '坚持立德树人-练强抓牢思想政治工作的基本功',
  '发挥模范作用-练强抓好党员队伍建设的基本功',
  '深化党建引领-练强抓实党建业务融合的基本功',
];

describe('<folio-article> with the seed article', () => {
  let container: HTMLElement;
  before(linkFolioCss);
  afterEach(() => container?.remove());

  async function seedArticle(attributes: string, options?: { lang?: string; width?: string }): Promise<FolioArticle> {
    container = mountSeed(attributes, options);
    const article = container.querySelector('folio-article')!;
    await article.updateComplete;
    return article;
  }

  it('turns the four section headings into <h2>s with the expected ids, and lists them in the contents', async () => {
    const article = await seedArticle('toc');
    const links = await tocLinks(article, 4);
    const h2s = [...article.querySelectorAll('folio-section-heading h2')];
    expect(h2s.map((h) => h.id)).to.deep.equal(EXPECTED_IDS);
    expect(links.map((a) => decodeURIComponent(a.hash.slice(1)))).to.deep.equal(EXPECTED_IDS);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(
      seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
    );
    const nav = article.querySelector('[data-folio-article-part="toc"] nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('目录');
  });

  it('keeps the author’s nodes: the same paragraph objects before and after upgrade', async () => {
    container = document.createElement('div');
    container.innerHTML = '<folio-article-later headline="标题"><p>第一段。</p><p>第二段。</p></folio-article-later>';
    document.body.append(container);
    const host = container.firstElementChild!;
    const [p1, p2] = [...host.querySelectorAll('p')];
    const text = p1!.firstChild;
    const { FolioArticle } = await import('../../src/article/article.js');
    class Later extends FolioArticle {}
    Later.define('folio-article-later');
    await (host as FolioArticle).updateComplete;
    expect(host.querySelectorAll('p:not([data-folio-article-part])')[0]).to.equal(p1);
    expect(host.querySelectorAll('p:not([data-folio-article-part])')[1]).to.equal(p2);
    expect(p1!.firstChild).to.equal(text);
    expect(host.querySelector('h1')!.textContent).to.equal('标题');
  });

  it('marks the section in view in the contents, without scroll handlers', async () => {
    const article = await seedArticle('toc');
    const links = await tocLinks(article, 4);
    const current = () => links.findIndex((a) => a.getAttribute('aria-current') === 'location');
    const h2s = [...article.querySelectorAll('folio-section-heading h2')];
    const addEventListener = sinon.spy(window, 'addEventListener');
    try {
      h2s[1]!.scrollIntoView({ block: 'start' });
      await waitUntil(() => current() === 1, 'second section current');
      h2s[3]!.scrollIntoView({ block: 'start' });
      await waitUntil(() => current() === 3, 'fourth section current');
      window.scrollTo(0, 0);
      await waitUntil(() => current() === -1, 'intro: no section current');
      expect(addEventListener.getCalls().filter((c) => c.args[0] === 'scroll')).to.have.length(0);
    } finally {
      addEventListener.restore();
    }
  });

  it('opens and closes the contents from the keyboard on a narrow screen', async () => {
    const article = await seedArticle('toc', { width: '360px' });
    await tocLinks(article, 4);
    const details = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'opened');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.getAttribute('href')).to.equal(`#${EXPECTED_IDS[0]}`);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    // Following a link closes the list that covered the text, and the section is there.
    await waitUntil(() => !details.open, 'closed after following a link');
    expect(decodeURIComponent(location.hash.slice(1))).to.equal(EXPECTED_IDS[1]);
    const h2 = article.querySelectorAll('folio-section-heading h2')[1]!;
    expect(Math.abs(h2.getBoundingClientRect().top)).to.be.lessThan(100);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('places the contents beside the text, open, when the article is wide enough', async () => {
    const article = await seedArticle('toc', { width: '1200px' });
    await tocLinks(article, 4);
    const details = article.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
    await waitUntil(() => details.open, 'open beside the text');
    expect(getComputedStyle(details).position).to.equal('absolute');
    const p = article.querySelector('p')!.getBoundingClientRect();
    expect(details.getBoundingClientRect().left).to.be.greaterThan(p.right);
  });

  it('shows the reading time and length of the seed, computed from its characters', async () => {
    const article = await seedArticle('reading-time normalize-punctuation');
    // Independently of the element: Han characters at 400 a minute, other words (numbers here) at 230.
    const text = seed.blocks.map((b) => b.text).join('\n');
    const han = text.match(/\p{Script=Han}/gu)!.length;
    const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
    const minutes = Math.ceil(han / 400 + words / 230);
    expect(han).to.be.greaterThan(2000);
    await waitUntil(() => article.querySelector('.folio-article-reading-time'));
    expect(article.querySelector('.folio-article-reading-time')!.textContent).to.equal(`约 ${minutes} 分钟`);
    expect(article.querySelector('.folio-article-length')!.textContent).to.equal(
      `${(han + words).toLocaleString('zh-CN')} 字`,
    );
  });

  it('renders the headline as the only <h1>, and not at all when the body has one', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article lang="zh-CN" headline="标题"><p>正文。</p></folio-article>`,
    );
    expect(article.querySelectorAll('h1')).to.have.length(1);
    expect(article.querySelector('[data-folio-article-part="header"] h1')!.textContent).to.equal('标题');
    const withH1 = await fixture<FolioArticle>(
      html`<folio-article lang="zh-CN" headline="标题"><h1>作者自己的标题</h1><p>正文。</p></folio-article>`,
    );
    expect(withH1.querySelectorAll('h1')).to.have.length(1);
    expect(withH1.querySelector('h1')!.textContent).to.equal('作者自己的标题');
  });

  it('shows byline, source and dates in the page’s locale and time zone', async () => {
    const article =
      await fixture<FolioArticle>(html`<folio-article lang="zh-CN" headline="标题" byline="记者 张三" source="西宁晚报"
      date-published="2023-06-01T10:40:00+08:00" date-modified="2023-06-02T09:05:00+08:00" time-zone="Asia/Shanghai"><p>正文。</p></folio-article>`);
    const meta = article.querySelector('.folio-article-meta')!;
    expect(meta.querySelector('.folio-article-byline')!.textContent).to.equal('记者 张三');
    expect(meta.querySelector('.folio-article-source')!.textContent).to.equal('来源：西宁晚报');
    const published = meta.querySelector('time.folio-article-published')!;
    expect(published.getAttribute('datetime')).to.equal('2023-06-01T10:40:00+08:00');
    expect(published.textContent).to.equal('2023年6月1日 上午10:40');
    expect(meta.querySelector('time.folio-article-modified')!.textContent).to.equal('更新于 2023年6月2日 上午9:05');
    article.timeZone = 'UTC';
    await article.updateComplete;
    expect(published.textContent).to.equal('2023年6月1日 上午2:40');
  });

  const locales: Array<[string, string, string, string]> = [
    ['zh-CN', '目录', '约 1 分钟', '来源：Folio'],
    ['zh-TW', '目錄', '約 1 分鐘', '來源：Folio'],
    ['en', 'Contents', '1 min read', 'Source: Folio'],
    ['ja', '目次', '約1分', '出典：Folio'],
  ];
  for (const [lang, contents, minutes, source] of locales) {
    it(`speaks ${lang}`, async () => {
      const wrapper = await fixture(
        html`<div lang=${lang}><folio-article toc reading-time source="Folio"><h2>One</h2><p>Text 文字。</p><h2>Two</h2></folio-article></div>`,
      );
      const article = wrapper.querySelector('folio-article')!;
      await tocLinks(article, 2);
      expect(article.querySelector('summary')!.textContent!.trim()).to.equal(contents);
      expect(article.querySelector('.folio-article-reading-time')!.textContent).to.equal(minutes);
      expect(article.querySelector('.folio-article-source')!.textContent).to.equal(source);
    });
  }

  it('counts Han as characters whatever the locale, and says once that the page declares no language', async () => {
    const frame = await narrowFrame({ width: 800, height: 600, lang: '', modules: ['/src/article/define.ts'] });
    try {
      const warnings: string[] = [];
      frame.win.console.warn = (message: string) => warnings.push(message);
      const body = '<p>习近平总书记强调，加强党对学校工作的全面领导，是办好学校的根本保证。</p>';
      frame.doc.body.innerHTML = `<folio-article reading-time>${body}</folio-article><folio-article reading-time>${body}</folio-article>`;
      const [first, second] = frame.doc.querySelectorAll('folio-article');
      await waitUntil(() => second!.querySelector('.folio-article-length'));
      expect(first!.querySelector('.folio-article-length')!.textContent).to.equal('31 characters');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^<folio-article> lang: no lang on it, its ancestors or <html>, .*<html lang="zh-CN">/,
      );
    } finally {
      frame.remove();
    }
  });

  it('follows a change of the page’s language', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN"><folio-article reading-time><p>文字。</p></folio-article></div>`,
    );
    const article = wrapper.querySelector('folio-article')!;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => article.querySelector('.folio-article-reading-time')!.textContent === '1 min read');
  });

  it('gives plain <h2>–<h6> ids and nests the contents by level', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="en" toc>
      <h2>Getting started</h2><p>a</p><h3>Install it</h3><p>b</p><h3 id="own">Use it</h3><h2>Getting started</h2><h4>Deep</h4>
    </folio-article>`);
    await tocLinks(article, 5);
    const nav = article.querySelector('[data-folio-article-part="toc"] nav')!;
    const top = [...nav.querySelectorAll(':scope > ol > li > a')].map((a) => a.getAttribute('href'));
    expect(top).to.deep.equal(['#getting-started', '#getting-started-2']);
    const nested = [...nav.querySelectorAll(':scope > ol > li:first-child > ol > li > a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(nested).to.deep.equal(['#install-it', '#own']);
    expect(nav.querySelector(':scope > ol > li:last-child > ol > li > a')!.getAttribute('href')).to.equal('#deep');
  });

  it('rebuilds the contents when the body changes', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article lang="en" toc><h2>First</h2><p>a</p></folio-article>`,
    );
    await tocLinks(article, 1);
    const added = document.createElement('folio-section-heading');
    added.textContent = 'Added later';
    article.append(added);
    const links = await tocLinks(article, 2);
    expect(links[1]!.getAttribute('href')).to.equal('#added-later');
    expect(article.lastElementChild).to.equal(added);
  });

  it('shows the reprint notice after the body, and keeps it last', async () => {
    const article = await fixture<FolioArticle>(
      html`<folio-article lang="zh-CN" reprint-notice="未经许可不得转载"><p>正文。</p></folio-article>`,
    );
    const notice = article.querySelector('[data-folio-article-part="notice"]')!;
    expect(notice.textContent).to.equal('未经许可不得转载');
    expect(article.lastElementChild).to.equal(notice);
    const p = document.createElement('p');
    p.textContent = '追加的段落。';
    article.append(p);
    await waitUntil(() => article.lastElementChild === notice, 'notice moved after the new paragraph');
    article.removeAttribute('reprint-notice');
    await article.updateComplete;
    expect(article.querySelector('[data-folio-article-part="notice"]')).to.equal(null);
  });

  it('warns about an invalid date and shows it as written', async () => {
    const warnStub = sinon.stub(console, 'warn');
    try {
      const article = await fixture<FolioArticle>(
        html`<folio-article date-published="昨天" time-zone="Mars/Base"><p>x</p></folio-article>`,
      );
      expect(article.querySelector('.folio-article-published')!.textContent).to.equal('昨天');
      expect(article.querySelector('time')).to.equal(null);
      const messages = warnStub.getCalls().map((c) => String(c.args[0]));
      expect(messages.some((m) => m.startsWith('<folio-article> date-published:'))).to.equal(true);
      expect(messages.some((m) => m.startsWith('<folio-article> time-zone:'))).to.equal(true);
    } finally {
      warnStub.restore();
    }
  });

  it('is accessible with every part shown', async () => {
    const article = await seedArticle(
      'headline="以高质量党建推动教育高质量发展" byline="记者 张三" source="西宁日报" date-published="2023-06-01T10:40:00+08:00" time-zone="Asia/Shanghai" toc reading-time reprint-notice="未经许可不得转载" normalize-punctuation',
    );
    await tocLinks(article, 4);
    await nextFrame();
    await expect(article).to.be.accessible();
  });
});
