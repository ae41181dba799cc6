import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import '../../src/article/define.js';
import type { FolioArticle } from '../../src/article/article.js';

declare global {
  interface Window {
    __folioSentinel?: string;
  }
}

/** Each tries to run `window.__folioSentinel = '…'` or to keep something an article must not contain. */
const HOSTILE: Array<[string, string]> = [
  ['script element', '<p>a</p><script>window.__folioSentinel = "script"</script>'],
  ['img onerror', '<img src="x" onerror="window.__folioSentinel = \'onerror\'">'],
  ['svg onload', '<svg onload="window.__folioSentinel = \'svg\'"><circle r="1"/></svg>'],
  ['javascript: link', '<a href="javascript:window.__folioSentinel=\'href\'">click</a>'],
  ['javascript: link with a tab and entities', '<a href="jav&#x09;ascript:window.__folioSentinel=\'tab\'">click</a>'],
  ['data: link', '<a href="data:text/html,<script>parent.__folioSentinel=1</script>">x</a>'],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'],
  [
    'iframe',
    '<iframe src="javascript:parent.__folioSentinel=\'iframe\'"></iframe><iframe srcdoc="<script>parent.__folioSentinel=1</script>"></iframe>',
  ],
  [
    'form with input and button',
    '<form action="https://evil.example/"><input name="password"><button formaction="javascript:alert(1)">Go</button></form>',
  ],
  ['object and embed', '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">'],
  ['style element and attribute', '<style>body{display:none}</style><p style="position:fixed;inset:0">cover</p>'],
  [
    'meta refresh and base',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
  ],
  ['details ontoggle', '<details open ontoggle="window.__folioSentinel=\'toggle\'"><summary>x</summary></details>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=window.__folioSentinel=\'mxss\'>"></noscript>'],
  ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror="window.__folioSentinel=\'math\'">'],
  ['event handler on an allowed tag', '<p onclick="window.__folioSentinel=\'click\'" onmouseover="x()">hover</p>'],
  ['srcset and formaction', '<img src="/ok.png" srcset="javascript:alert(1) 1x" alt="">'],
  [
    'section heading with a handler',
    '<folio-section-heading onclick="window.__folioSentinel=\'sh\'">标题</folio-section-heading>',
  ],
  ['template', '<template><script>window.__folioSentinel=1</script></template>'],
];

// Players, media and details are allowed by the content policy (content-policy.test.ts tests them).
const FORBIDDEN = 'script, form, input, button, object, embed, style, meta, base, svg, math, template, noscript';

function assertClean(body: Element): void {
  // The copy button of an upgraded <folio-section-heading> (and its icons) is the heading's own widget, not data.
  const own = (el: Element) => Boolean(el.closest('.folio-section-heading__copy, .folio-section-heading__status'));
  const forbidden = [...body.querySelectorAll(FORBIDDEN)].filter((el) => !own(el));
  expect(
    forbidden.map((el) => el.localName),
    body.innerHTML,
  ).to.deep.equal([]);
  for (const el of body.querySelectorAll('*')) {
    if (own(el)) continue;
    for (const attr of el.attributes) {
      expect(attr.name, `${el.localName} keeps ${attr.name}`).not.to.match(/^on|^srcdoc$|^formaction$/);
      if (attr.name === 'style') expect(attr.value, 'style').not.to.match(/position|url|expression|\\/i);
      if (['href', 'src', 'srcset'].includes(attr.name))
        expect(attr.value, attr.name).not.to.match(/(^|,\s*)\s*(javascript|data|vbscript):/i);
    }
  }
}

async function sanitized(article: FolioArticle, markup: string): Promise<Element> {
  article.html = markup;
  await waitUntil(() => article.querySelector('[data-folio-article-part="body"]'), 'sanitized body');
  await article.updateComplete;
  return article.querySelector('[data-folio-article-part="body"]')!;
}

describe('<folio-article> html property', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => {
    delete window.__folioSentinel;
    warnStub = sinon.stub(console, 'warn');
  });
  afterEach(() => warnStub.restore());

  it('keeps allowed markup: paragraphs, headings, emphasis, links, lists, quotes, figures, tables', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article lang="zh-CN" toc></folio-article>`);
    const body = await sanitized(
      article,
      `<p>一段 <em>强调</em> <strong>加粗</strong> <a href="https://example.com/a" title="t">链接</a> <a href="#s">锚点</a> <a href="mailto:a@example.com">信</a></p>
       <h2 id="s">小标题</h2><folio-section-heading level="3">节标题</folio-section-heading>
       <blockquote cite="https://example.com/q"><p>引文</p></blockquote><ul><li>甲</li></ul><ol start="3"><li>乙</li></ol>
       <figure><img src="/img/a.png" alt="图" width="640" height="360"><figcaption>说明</figcaption></figure>
       <table><caption>表</caption><tr><th scope="col">A</th></tr><tr><td colspan="1">1</td></tr></table><p lang="en" dir="ltr">x<sub>2</sub> <q>q</q> <time datetime="2023-06-01">6月1日</time></p>`,
    );
    for (const selector of [
      'p em',
      'p strong',
      'a[href="https://example.com/a"][title="t"]',
      'a[href="#s"]',
      'a[href="mailto:a@example.com"]',
      'h2#s',
      'folio-section-heading[level="3"] h3',
      'blockquote[cite] p',
      'ul li',
      'ol[start="3"] li',
      'figure img[alt="图"][width="640"][height="360"]',
      'figcaption',
      'table caption',
      'th[scope="col"]',
      'td[colspan]',
      'p[lang="en"][dir="ltr"] sub',
      'q',
      'time[datetime="2023-06-01"]',
    ]) {
      expect(body.querySelector(selector), selector).to.exist;
    }
    const img = body.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(warnStub.callCount).to.equal(0);
    expect(article.matches(':state(generated)')).to.equal(true);
    // The generated body's headings feed the contents.
    await waitUntil(() => article.querySelectorAll('[data-folio-article-part="toc"] nav a').length === 2);
  });

  for (const [name, markup] of HOSTILE) {
    it(`removes ${name}, and nothing runs`, async () => {
      const article = await fixture<FolioArticle>(html`<folio-article lang="zh-CN"></folio-article>`);
      const body = await sanitized(article, markup);
      // Give error and load events (images, frames) the time to fire, had anything survived.
      await new Promise((r) => setTimeout(r, 150));
      body.querySelectorAll('p').forEach((p) => p.click());
      expect(window.__folioSentinel, 'sentinel').to.equal(undefined);
      assertClean(body);
      expect(
        warnStub.getCalls().some((c) => String(c.args[0]).startsWith('<folio-article> html: removed')),
        'warned',
      ).to.equal(true);
    });
  }

  it('the sentinel can fail: the same markup run unsanitized does set it', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    div.innerHTML = '<img src="x" onerror="window.__folioSentinel = \'raw\'">';
    await waitUntil(() => window.__folioSentinel === 'raw', 'raw markup runs');
    div.remove();
  });

  it('shows the latest value when html changes quickly, and the page’s children again when it is cleared', async () => {
    const article = await fixture<FolioArticle>(html`<folio-article><p class="own">页面自己的内容</p></folio-article>`);
    article.html = '<p>第一版</p>';
    article.html = '<p>第二版</p>';
    await waitUntil(() => article.querySelector('[data-folio-article-part="body"]')?.textContent === '第二版');
    const own = article.querySelector('.own')!;
    expect(getComputedStyle(own).display).to.equal('none');
    article.html = undefined;
    await article.updateComplete;
    expect(article.querySelector('[data-folio-article-part="body"]')).to.equal(null);
    expect(article.matches(':state(generated)')).to.equal(false);
    expect(getComputedStyle(own).display).to.equal('block');
  });
});
