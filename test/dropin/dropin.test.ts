// folio-elements dropped into plain HTML pages (test/dropin/pages/), served
// over http as files, with no build and no module rewriting
// (test/routes/dropin.ts): the all-in-one file renders every tag, two tags'
// own entries share their code, and a second copy of the library warns.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

const BASE = '/test-api/dropin/';
const TAGS = [
  'folio-article',
  'folio-section-heading',
  'folio-post-nav',
  'folio-related-posts',
  'folio-copyright-notice',
  'folio-report-dialog',
];

interface Record {
  defines: string[];
  warnings: string[];
  errors: string[];
  firstFrame?: number;
  firstDefine?: number;
}
type PageWindow = Window & typeof globalThis & { __dropin: Record; __whenDefined?: Promise<number> };
type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];

/** Opens a page in a frame of its own (its own custom element registry) and waits until its tags are defined and rendered. */
async function open(page: string, expected: string[]): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${BASE}pages/${page}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await Promise.all(expected.map((tag) => win.customElements.whenDefined(tag)));
  await Promise.all([...doc.querySelectorAll<Upgraded>(expected.join(','))].map((el) => el.updateComplete));
  return { win, doc };
}

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('drop-in: plain HTML pages over http', function () {
  // Each page loads the built files over http, unbundled Lit included: slower than
  // the suite's 10 s default on a loaded two-core machine.
  this.timeout(60_000);
  before(async function () {
    this.timeout(180_000); // builds dist/ once if it is missing or stale
    const ready = await fetch(`${BASE}ready`);
    expect(ready.status, 'dist/ built').to.equal(204);
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('serves dist/ as it is on disk: the per-tag entries still import bare "lit"', async () => {
    // The entry registers the class that its chunk (shared with folio-elements/post-nav/class) defines with Lit.
    const entry = await (await fetch(`${BASE}dist/post-nav.js`)).text();
    const chunk = /from\s*["']\.\/(chunks\/post-nav-[\w-]+\.js)["']/.exec(entry)?.[1];
    expect(chunk, 'the entry imports its class from a chunk').to.be.a('string');
    expect(await (await fetch(`${BASE}dist/${chunk}`)).text()).to.match(/from\s*["']lit["']/);
    const all = await (await fetch(`${BASE}dist/folio.js`)).text();
    expect(all, 'folio.js is self-contained').not.to.match(/from\s*["']lit["']/);
  });

  it('dist/folio.js alone renders all six tags from attributes', async () => {
    const { win, doc } = await open('all-in-one.html', TAGS);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');

    const article = doc.querySelector('folio-article')!;
    expect(article.querySelector('h1')!.textContent).to.equal('旧书市集');
    expect(article.textContent).to.contain('六月的第一个周末');
    expect(doc.querySelector('folio-section-heading h2')!.textContent).to.contain('摊主们');

    const nav = doc.querySelector('folio-post-nav')!;
    const links = [...nav.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((a) => [a.rel, new URL(a.href).pathname])).to.deep.equal([
      ['prev', '/posts/previous.html'],
      ['next', '/posts/next.html'],
    ]);
    expect(shadowText(nav)).to.contain('上一篇');

    const related = doc.querySelector('folio-related-posts')!;
    await win.customElements.whenDefined('folio-related-posts');
    const titles = [...related.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.textContent!.trim());
    expect(titles).to.deep.equal(['城南旧书市集的第十个夏天', '一家旧书店的搬迁日记']);

    const notice = doc.querySelector('folio-copyright-notice')!;
    expect(shadowText(notice)).to.contain('示例日报');
    expect(shadowText(notice)).to.contain('2020');

    const dialog = doc.querySelector('folio-report-dialog') as Upgraded & { show(): Promise<void> | void };
    expect(dialog.shadowRoot, 'the dialog rendered its shadow root').to.exist;
    expect(typeof dialog.show).to.equal('function');

    expect(win.__dropin.errors).to.deep.equal([]);
    expect(win.__dropin.defines.filter((name) => TAGS.includes(name)).sort()).to.deep.equal([...TAGS].sort());
  });

  it('dist/folio-loader.js lets the page paint first, then defines every tag from dist/folio.js', async () => {
    const { win, doc } = await open('loader.html', TAGS);
    const { firstFrame, firstDefine, defines, errors } = win.__dropin;
    expect(errors).to.deep.equal([]);
    expect(defines.filter((name) => TAGS.includes(name)).sort()).to.deep.equal([...TAGS].sort());
    expect(firstFrame, 'the page had a frame').to.be.a('number');
    expect(firstDefine!, 'the first tag was defined after the first frame').to.be.greaterThan(firstFrame!);
    const paint = win.performance.getEntriesByName('first-contentful-paint')[0];
    expect(paint, 'the page painted its text before any tag was defined').to.exist;
    expect(paint!.startTime).to.be.lessThan(firstDefine!);
    // The page's own script asked before the tags existed: customElements.whenDefined() still resolves.
    expect(await win.__whenDefined).to.be.at.least(firstDefine!);
    // folio.js beside the loader, once: the loader adds no copy of its own.
    const scripts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((path) => path.endsWith('/dist/folio.js'))).to.have.length(1);
    // Upgraded as with folio.js itself.
    expect(doc.querySelector('folio-article h1')!.textContent).to.equal('旧书市集');
    expect(
      doc.querySelector('folio-post-nav')!.shadowRoot!.querySelectorAll('a[rel="prev"], a[rel="next"]'),
    ).to.have.length(2);
  });

  it('dist/folio-loader.js defines the tags of a page that paints nothing before them, once it has loaded', async () => {
    const { win, doc } = await open('loader-blank.html', ['folio-report-dialog']);
    expect(win.__dropin.errors).to.deep.equal([]);
    expect(win.performance.getEntriesByName('first-contentful-paint'), 'nothing was painted').to.have.length(0);
    const load = (win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    expect(win.__dropin.firstDefine!, 'defined after the load event').to.be.greaterThan(load);
    expect(doc.querySelector('folio-report-dialog')!.shadowRoot).to.exist;
  });

  it('dist/folio.js loads its lazy sanitizer chunk from beside it when `html` is set', async () => {
    const { win, doc } = await open('all-in-one.html', TAGS);
    // The article's sanitizer part: sanitize.ts with DOMPurify, one chunk.
    const purify = () => win.performance.getEntriesByType('resource').filter((e) => /sanitize/.test(e.name));
    expect(purify(), 'not loaded for an article written in the page').to.have.length(0);
    const article = doc.createElement('folio-article') as Upgraded & { html?: string };
    doc.body.append(article);
    article.html = '<p>来自 <em>CMS</em> 的正文<img src="x" onerror="window.__pwned = true"></p>';
    await waitUntil(() => article.querySelector('em'), 'the sanitized body');
    expect(new URL(purify()[0].name).pathname).to.match(/^\/test-api\/dropin\/dist\/folio-chunks\/sanitize[^/]*\.js$/);
    expect(article.querySelector('img')?.hasAttribute('onerror') ?? false, 'no event handler reaches the DOM').to.equal(
      false,
    );
    expect(win.__dropin.errors).to.deep.equal([]);
  });

  it('two per-tag entries on one page register nothing twice', async () => {
    const { win, doc } = await open('two-entries.html', ['folio-post-nav', 'folio-article', 'folio-section-heading']);
    const { defines, warnings, errors } = win.__dropin;
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
    const counts = Object.fromEntries(defines.map((name) => [name, defines.filter((n) => n === name).length]));
    expect(counts).to.deep.equal({ 'folio-post-nav': 1, 'folio-section-heading': 1, 'folio-article': 1 });
    // Only what the two entries bring: the other tags stay undefined.
    expect(win.customElements.get('folio-related-posts')).to.equal(undefined);
    expect(doc.querySelector('folio-article h1')!.textContent).to.equal('旧书市集');
    expect(
      doc.querySelector('folio-post-nav')!.shadowRoot!.querySelectorAll('a[rel="prev"], a[rel="next"]'),
    ).to.have.length(2);
  });

  it('the all-in-one file after a per-tag entry warns about the other copy instead of throwing', async () => {
    const { win, doc } = await open('second-copy.html', ['folio-post-nav', 'folio-copyright-notice']);
    const { warnings, errors, defines } = win.__dropin;
    expect(errors, 'no uncaught exception').to.deep.equal([]);
    const copies = warnings.filter((w) => w.includes('another copy of folio-elements'));
    expect(copies).to.have.length(1);
    expect(copies[0]).to.contain('<folio-post-nav>');
    expect(defines.filter((n) => n === 'folio-post-nav')).to.have.length(1);
    // The first copy keeps its tag and still works; the second copy defines the rest.
    expect(
      doc.querySelector('folio-post-nav')!.shadowRoot!.querySelectorAll('a[rel="prev"], a[rel="next"]'),
    ).to.have.length(2);
    expect(win.customElements.get('folio-report-dialog')).to.be.a('function');
    expect(shadowText(doc.querySelector('folio-copyright-notice')!)).to.contain('示例日报');
  });
});
