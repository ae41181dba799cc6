// Every tag on a page served with a strict Content-Security-Policy header
// (test/routes/csp.ts): no 'unsafe-inline' for scripts or styles, and
// Trusted Types required for every script sink, with only the policies the
// code really creates allowed. The tags must render and work there exactly as
// elsewhere, and the browser must report zero violations: a violation is a
// feature that is silently missing on such a site, or a console full of
// reports sent to its CSP endpoint.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '../helpers/keys.js';
import { TAGS } from './lifecycle-tags.js';
import { cleanRecord, openCspPage, shadowText, type CspPage } from './support/csp-page.js';

let counter = 0;
const freshSession = () => `csp-${Date.now().toString(36)}-${++counter}`;

describe('strict CSP: every tag renders and works with zero violations', function () {
  // A whole page of modules over http in a frame, on a shared two-core machine.
  this.timeout(30_000);
  let page: CspPage | undefined;
  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('the page really enforces the policy: a string reaching innerHTML throws and is reported', async () => {
    // The control: without it, a header that never arrived would let every test below pass.
    page = await openCspPage('src', freshSession());
    const { win, doc } = page;
    expect(win.__csp.violations, 'clean before the control').to.deep.equal([]);
    const probe = doc.createElement('div');
    expect(() => {
      probe.innerHTML = '<b>not trusted</b>';
    })
      .to.throw()
      .with.property('name', 'TypeError'); // the message differs by engine; the type is the standard's
    await waitUntil(() => win.__csp.violations.length > 0, 'the violation event reached the recorder');
    expect(win.__csp.violations[0]!.directive).to.equal('require-trusted-types-for');
  });

  it('renders every tag from src/ with realistic data, and the sanitized `html`', async () => {
    page = await openCspPage('src', freshSession());
    const { win, doc } = page;

    const seedArticle = doc.getElementById('seed')!;
    expect(seedArticle.querySelector('h1')!.textContent).to.equal(doc.title);
    const first = seedArticle.querySelector(':scope > p, [data-folio-article-part="body"] p, p')!;
    // normalize-punctuation ran on the captured half-width comma.
    expect(first.textContent).to.contain('习近平总书记强调，加强党对学校工作的全面领导');
    expect(seedArticle.textContent).to.contain('未经许可不得转载');
    expect(seedArticle.textContent, 'reading time').to.match(/约\s*\d+\s*分钟/);
    // Section headings upgraded: real <h2>s with ids, listed in the contents.
    const headings = [...seedArticle.querySelectorAll('folio-section-heading')];
    expect(headings).to.have.length(4);
    for (const heading of headings) {
      const h2 = heading.querySelector('h2')!;
      expect(h2, 'a real heading').to.exist;
      expect(h2.id, 'an anchor').not.to.equal('');
      expect(heading.querySelector('button'), 'the copy-link button').to.exist;
    }
    await waitUntil(
      () => seedArticle.querySelector('[data-folio-article-part="toc"]')?.textContent?.includes('筑牢战斗堡垒'),
      'the contents',
      { timeout: 10_000 },
    );
    // structured-data: the JSON-LD text went through the 'folio-elements' policy.
    const jsonLd = seedArticle.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
    expect(jsonLd, 'JSON-LD written').to.exist;
    expect(JSON.parse(jsonLd!.text)).to.include({ '@type': 'NewsArticle', headline: doc.title });

    const cms = doc.getElementById('cms-html')!;
    expect(cms.querySelector('em')!.textContent).to.equal('CMS');
    expect(cms.querySelector('a[href="/news/1001.html"]')!.textContent).to.equal('相关阅读');
    expect(cms.querySelector('figure img')!.getAttribute('src')).to.equal('/test-api/related/image/7.svg');
    expect(cms.querySelector('script, iframe, form, input'), 'what the sanitizer removes').to.equal(null);
    const body = cms.querySelector('[data-folio-article-part="body"]')!;
    expect(
      [...body.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      'the javascript: link lost its href; the frame from a host embed-hosts does not list became a link to it',
    ).to.deep.equal(['/news/1001.html', null, '/test-api/csp/cms.js']);
    await waitUntil(
      () => cms.querySelector('[data-folio-article-part="toc"]')?.textContent?.includes('来自 CMS 的小节'),
      'contents from the sanitized body',
      { timeout: 10_000 },
    );
    expect(
      cms.querySelector('folio-section-heading h2#cms-section')?.textContent,
      'a section heading from the CMS',
    ).to.contain('来自 CMS 的分节标题');
    expect(win.__cspPwned, 'sentinel').to.equal(undefined);

    const blocks = doc.getElementById('cms-blocks')!;
    expect(blocks.querySelector('folio-section-heading h2')?.textContent).to.contain('结构化的小节');
    expect(blocks.querySelector('blockquote')!.textContent).to.contain('引用的一句话。');
    expect([...blocks.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['甲', '乙']);
    expect(blocks.querySelector('img')!.getAttribute('alt')).to.equal('缩略图');

    const nav = doc.querySelector('folio-post-nav')!;
    const links = [...nav.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(links.map((a) => [a.rel, new URL(a.href).pathname])).to.deep.equal([
      ['prev', '/news/1039.html'],
      ['next', '/news/1041.html'],
    ]);
    expect(shadowText(nav)).to.contain('上一篇的标题');
    expect(shadowText(nav)).to.contain('2023年6月1日');

    const inline = doc.getElementById('related-inline')!;
    expect([...inline.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.textContent!.trim())).to.deep.equal([
      '城南旧书市集的第十个夏天',
      '西宁市中小学校党组织书记交心茶座举办',
    ]);
    const feed = doc.getElementById('related-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('a[href]').length === 3, 'the fetched list', {
      timeout: 10_000,
    });
    feed.scrollIntoView(); // the thumbnails load lazily
    const thumbnails = [...feed.shadowRoot!.querySelectorAll('img')];
    await waitUntil(() => thumbnails.length > 0 && thumbnails.every((img) => img.complete), 'thumbnails loaded', {
      timeout: 10_000,
    });
    expect(
      thumbnails.every((img) => img.naturalWidth > 0),
      'thumbnails drawn (img-src self)',
    ).to.equal(true);

    const notice = doc.querySelector('folio-copyright-notice')!;
    expect(shadowText(notice)).to.contain('西宁新闻网');
    expect(shadowText(notice)).to.contain('2019');
    expect(notice.shadowRoot!.querySelector('[part="report-button"]'), 'the button that opens the dialog').to.exist;

    // Styles reached every shadow root through adopted style sheets (allowed by style-src 'self').
    const dialog = doc.querySelector('folio-report-dialog')!;
    for (const tag of ['folio-post-nav', 'folio-related-posts', 'folio-copyright-notice', 'folio-report-dialog']) {
      expect(doc.querySelector(tag)!.shadowRoot!.adoptedStyleSheets.length, `${tag} styles`).to.be.above(0);
    }
    expect(dialog.shadowRoot!.childElementCount, 'the dialog rendered').to.be.above(0);

    cleanRecord(page, TAGS.length);
  });

  it('works from the keyboard: post-nav shortcuts and prefetch, copy-link, the report dialog typed into and sent', async () => {
    const session = freshSession();
    page = await openCspPage('src', session);
    const { win, doc, frame } = page;

    // Post-nav: → announces the next article; the page cancels the navigation to stay here.
    const navigations: Array<{ direction: string; href: string }> = [];
    doc.addEventListener('folio-navigate', (event) => {
      event.preventDefault();
      navigations.push((event as CustomEvent<{ direction: string; href: string }>).detail);
    });
    frame.focus();
    win.focus();
    doc.getElementById('top')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'k' });
    expect(navigations.map((n) => [n.direction, new URL(n.href).pathname])).to.deep.equal([
      ['next', '/news/1041.html'],
      ['prev', '/news/1039.html'],
    ]);

    // Prefetch: focusing a link hints it in <head> (a <link rel=prefetch>, allowed by default-src 'self').
    const next = doc.querySelector('folio-post-nav')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="next"]')!;
    next.focus();
    await waitUntil(() => doc.head.querySelector('link[rel="prefetch"]'), 'a prefetch hint');
    expect(new URL(doc.head.querySelector<HTMLLinkElement>('link[rel="prefetch"]')!.href).pathname).to.equal(
      '/news/1041.html',
    );

    // Copy-link on a section heading, with Enter on its button.
    const copies: Array<{ id: string; url: string }> = [];
    doc.addEventListener('folio-link-copy', (event) =>
      copies.push((event as CustomEvent<{ id: string; url: string }>).detail),
    );
    const heading = doc.querySelector('#seed folio-section-heading')!;
    heading.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => copies.length === 1, 'folio-link-copy');
    expect(copies[0]!.id).to.equal(heading.querySelector('h2')!.id);
    expect(decodeURIComponent(new URL(copies[0]!.url).hash)).to.equal(`#${heading.querySelector('h2')!.id}`);

    // The copyright notice's button opens the dialog; the reader types a report and sends it.
    const notice = doc.querySelector('folio-copyright-notice')!;
    const dialog = doc.querySelector('folio-report-dialog') as HTMLElement & {
      updateComplete: Promise<unknown>;
      open: boolean;
    };
    notice.shadowRoot!.querySelector<HTMLButtonElement>('[part="report-button"]')!.click();
    await waitUntil(() => dialog.open, 'the dialog opened');
    const root = dialog.shadowRoot!;
    await waitUntil(() => root.querySelector('textarea[name="description"]'), 'the form rendered', { timeout: 10_000 });
    root.querySelector<HTMLInputElement>('input[name="reason"][value="illegal"]')!.click();
    await dialog.updateComplete;
    const typeInto = async (selector: string, text: string) => {
      root.querySelector<HTMLElement>(selector)!.focus();
      await sendKeys({ type: text });
    };
    await typeInto('textarea[name="description"]', '这篇文章含有违法内容，请核实。');
    await typeInto('input[name="contactName"]', '王小明');
    await typeInto('input[name="contactEmail"]', 'reader@example.com');
    await dialog.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => dialog.matches(':state(success)'), 'the report was accepted', { timeout: 10_000 });

    const stored = (await (await fetch(`/test-api/reports/${session}/stored`)).json()) as Array<{
      report: {
        reason: string;
        description: string;
        contact: { name: string; email: string };
        page: { title: string };
      };
    }>;
    expect(stored).to.have.length(1);
    expect(stored[0]!.report.reason).to.equal('illegal');
    expect(stored[0]!.report.description).to.equal('这篇文章含有违法内容，请核实。');
    expect(stored[0]!.report.contact).to.deep.equal({ name: '王小明', email: 'reader@example.com' });
    expect(stored[0]!.report.page.title).to.equal(doc.title);

    cleanRecord(page, TAGS.length);
  });

  it('hostile `html` with inline handlers and styles: only the browser’s own parse-time refusals, no Trusted Types violation, nothing runs', async () => {
    // Chromium reports an inline event handler or style attribute as soon as any
    // parser in a CSP page meets one, even in the inert document DOMPurify parses
    // into (measured: DOMParser, createHTMLDocument, <template> all report), before
    // the sanitizer removes it; Firefox reports only the style, as the body enters the page. Those reports are the data's,
    // not the tags'; this pins them down to at most that, so anything else still fails.
    page = await openCspPage('src', freshSession());
    const { win, doc } = page;
    cleanRecord(page, TAGS.length);
    const article = doc.getElementById('cms-html') as HTMLElement & { html: string };
    article.html =
      '<p>正文<img src="/test-api/related/image/1.svg" alt="" onerror="window.__cspPwned = true" onload="window.__cspPwned = true">' +
      '<span style="color: red" onmouseover="window.__cspPwned = true">悬停</span></p>';
    await waitUntil(() => article.textContent!.includes('悬停'), 'the hostile body rendered', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the image loads: no handler may run
    expect(win.__cspPwned, 'sentinel').to.equal(undefined);
    expect(article.querySelector('[onerror], [onload], [onmouseover]'), 'removed by the sanitizer').to.equal(null);
    const kinds = win.__csp.violations.map((v) => `${v.directive} ${v.blockedURI}`);
    expect(['script-src-attr inline', 'style-src-attr inline']).to.include.members([...new Set(kinds)]);
    // Firefox applies style-src when the sanitized body enters the page instead: it reports the
    // attribute there (generated-body.ts appends the body) and empties it.
    expect(
      win.__csp.violations.every((v) => /purify|generated-body/.test(v.source)),
      `reported while DOMPurify parsed, or as the body entered the page:\n${JSON.stringify(win.__csp.violations, null, 2)}`,
    ).to.equal(true);
    // The content policy keeps an editor's colour; whether it applies is the page's style-src to say.
    const refusedOnEntry = win.__csp.violations.some(
      (v) => v.directive === 'style-src-attr' && /generated-body/.test(v.source),
    );
    expect(article.querySelector('span')!.getAttribute('style')).to.equal(refusedOnEntry ? '' : 'color: red');
    expect(win.__csp.errors).to.deep.equal([]);
  });

  describe('the built dist/folio.js', function () {
    before(async function () {
      this.timeout(180_000); // builds dist/ once if it is missing or stale, as the drop-in tests do
      expect((await fetch('/test-api/dropin/ready')).status, 'dist/ built').to.equal(204);
    });

    it('renders every tag and sanitizes `html` under the same policy, with zero violations', async () => {
      page = await openCspPage('dist', freshSession());
      const { win, doc } = page;
      const seedArticle = doc.getElementById('seed')!;
      expect(seedArticle.querySelector('h1')!.textContent).to.equal(doc.title);
      expect(seedArticle.querySelectorAll('folio-section-heading h2')).to.have.length(4);
      expect(seedArticle.querySelector('script[type="application/ld+json"]'), 'JSON-LD').to.exist;
      const cms = doc.getElementById('cms-html')!;
      expect(cms.querySelector('em')!.textContent).to.equal('CMS');
      expect(cms.querySelector('script, iframe, form, input')).to.equal(null);
      expect(
        // The article's sanitizer part: sanitize.ts with DOMPurify, one chunk.
        win.performance
          .getEntriesByType('resource')
          .some((e) => /\/dist\/folio-chunks\/sanitize[^/]*\.js$/.test(e.name)),
        'the lazy sanitizer chunk',
      ).to.equal(true);
      expect(
        doc.querySelector('folio-post-nav')!.shadowRoot!.querySelectorAll('a[rel="prev"], a[rel="next"]'),
      ).to.have.length(2);
      const feed = doc.getElementById('related-feed')!;
      await waitUntil(() => feed.shadowRoot!.querySelectorAll('a[href]').length === 3, 'the fetched list', {
        timeout: 10_000,
      });
      expect(shadowText(doc.querySelector('folio-copyright-notice')!)).to.contain('西宁新闻网');
      const dialog = doc.querySelector('folio-report-dialog') as HTMLElement & {
        show(): Promise<void> | void;
        open: boolean;
      };
      await dialog.show();
      await waitUntil(() => dialog.shadowRoot!.querySelector('textarea[name="description"]'), 'the form rendered', {
        timeout: 10_000,
      });
      cleanRecord(page, TAGS.length);
    });
  });
});
