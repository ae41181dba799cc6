/**
 * A page under a strict Content-Security-Policy, sent as a real response
 * header, for test/reliability/csp.test.ts: the seed article and every other
 * tag with realistic data, loaded either from this checkout's src/ (served
 * by the test server as same-origin JS modules) or from the built dist/
 * (through the drop-in route).
 *
 *   page?entry=src|dist&session=S   the page; S names the report-endpoint session
 *                                   (/test-api/reports/S) its dialog posts to
 *   recorder.js                     loaded first: records CSP violations, errors
 *                                   and Trusted Types policies in window.__csp
 *   cms.js                          what a CMS theme's script does: hands the
 *                                   page's JSON to `html` and `blocks`
 *
 * No 'unsafe-inline' anywhere: the page has no inline script, style element
 * or style attribute of its own, so any violation comes from the tags.

 */
import { seed, seedBodyHtml, seedDisclaimer } from '../../fixtures/seed-article.js';

interface Ctx {
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
}

const PREFIX = '/test-api/csp/';

/**
 * The Trusted Types policies the code really creates: Lit's template
 * policy ('lit-html', lit-html.js), DOMPurify's ('dompurify', created by the
 * article's sanitizer on first use) and ours ('folio-elements',
 * src/core/trusted-types.ts, for the article's JSON-LD). Nothing else may be
 * created, and no duplicate ('allow-duplicates' is deliberately absent).
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify', 'folio-elements'];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

const ENTRIES = {
  src: { css: `/src/folio.css`, js: `/src/index.ts` },
  dist: { css: '/test-api/dropin/dist/folio.css', js: '/test-api/dropin/dist/folio.js' },
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script type="application/json">: `</script` and `<!--` cannot end or confuse it. */
const jsonInScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The CMS body handed to `html`: safe markup that must survive (emphasis, a
 * link, a list, a heading, a figure with an image) among what the sanitizer
 * removes without the browser ever seeing it as script or style (a script
 * element, a javascript: link, an iframe, a form). `__cspPwned` is the
 * sentinel the test checks. Inline event handlers and style attributes are
 * not here: the browser reports those as violations while the sanitizer
 * parses them (before removing them); csp.test.ts covers that case apart.
 */
export const CMS_HTML = [
  '<p>来自 <em>CMS</em> 的正文，<a href="/news/1001.html">相关阅读</a>。</p>',
  '<h2>来自 CMS 的小节</h2>',
  '<folio-section-heading anchor-id="cms-section">来自 CMS 的分节标题</folio-section-heading>',
  '<ul><li>第一条</li><li><strong>第二条</strong></li></ul>',
  '<script>window.__cspPwned = true</script>',
  '<p><a href="javascript:window.__cspPwned = true">危险链接</a></p>',
  '<iframe src="/test-api/csp/cms.js"></iframe><form action="/x"><input name="q"></form>',
  '<figure><img src="/test-api/related/image/7.svg" alt="示意图" width="160" height="90"><figcaption>图一</figcaption></figure>',
].join('');

export const CMS_BLOCKS = [
  { type: 'heading', text: '结构化的小节', level: 2 },
  { type: 'paragraph', text: '由 blocks 属性生成的段落。' },
  { type: 'quote', text: '引用的一句话。' },
  { type: 'list', items: ['甲', '乙'] },
  { type: 'image', src: '/test-api/related/image/3.svg', alt: '缩略图', width: 160, height: 90 },
];

export const RELATED_ITEMS = [
  {
    title: '城南旧书市集的第十个夏天',
    href: '/news/1001.html',
    date: '2023-05-28T09:30:00+08:00',
    excerpt: '摊主们说，今年来淘书的年轻人比往年多。',
  },
  {
    title: '西宁市中小学校党组织书记交心茶座举办',
    href: '/news/1002.html',
    date: '2023-05-20',
    image: '/test-api/related/image/2.svg',
  },
];

function page(entry: keyof typeof ENTRIES, session: string): string {
  const { css, js } = ENTRIES[entry];
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(seed.title)}</title>
    <script src="${PREFIX}recorder.js"></script>
    <link rel="stylesheet" href="${css}">
    <script type="module" src="${js}"></script>
    <script type="module" src="${PREFIX}cms.js"></script>
  </head>
  <body>
    <a id="top" href="#seed">${escapeHtml(seed.title)}</a>
    <folio-article id="seed" headline="${escapeHtml(seed.title)}" byline="记者 张三" source="西宁市委教育工委"
      date-published="2023-06-01T10:40:00+08:00" time-zone="${seed.timeZone}" reprint-notice="${escapeHtml(seed.reprintNotice)}"
      normalize-punctuation indent toc reading-time structured-data>
${seedBodyHtml()}
    </folio-article>
    <folio-article id="cms-html" headline="来自 CMS 的文章" toc><p>没有脚本时显示的正文。</p></folio-article>
    <script type="application/json" id="cms-html-data">${jsonInScript(CMS_HTML)}</script>
    <folio-article id="cms-blocks" headline="结构化的文章"><p>没有脚本时显示的正文。</p></folio-article>
    <script type="application/json" id="cms-blocks-data">${jsonInScript(CMS_BLOCKS)}</script>
    <folio-copyright-notice holder="西宁新闻网" year-start="2019" year-end="2023" license="all-rights-reserved"
      reprint-notice="${escapeHtml(seed.reprintNotice)}" report-dialog="report-dialog"><p>${escapeHtml(seedDisclaimer)}</p></folio-copyright-notice>
    <folio-post-nav keyboard prefetch time-zone="${seed.timeZone}"
      prev-href="/news/1039.html" prev-title="上一篇的标题" prev-date="${seed.prev.datePublished}"
      next-href="/news/1041.html" next-title="下一篇的标题" next-date="${seed.next.datePublished}"></folio-post-nav>
    <folio-related-posts id="related-inline" heading="${escapeHtml(seed.related.heading)}">
      <script type="application/json">${jsonInScript(RELATED_ITEMS)}</script>
    </folio-related-posts>
    <folio-related-posts id="related-feed" layout="grid" heading="更多文章" src="/test-api/related/feed?count=3&amp;key=csp-${escapeHtml(session)}"></folio-related-posts>
    <folio-report-dialog id="report-dialog" action="/test-api/reports/${escapeHtml(session)}" min-fill-time="0"
      page-title="${escapeHtml(seed.title)}"></folio-report-dialog>
  </body>
</html>
`;
}

/**
 * Classic script, first in <head>: everything after it is observed. It only
 * records; the one thing it wraps, trustedTypes.createPolicy, it calls through.
 */
const RECORDER = `(() => {
  const record = { violations: [], errors: [], policies: [] };
  window.__csp = record;
  document.addEventListener('securitypolicyviolation', (e) => {
    record.violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile ? e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '',
      target: e.target && e.target.nodeName ? e.target.nodeName.toLowerCase() : String(e.target),
    });
  }, true);
  addEventListener('error', (e) => record.errors.push(String(e.error && e.error.stack || e.message)));
  addEventListener('unhandledrejection', (e) => record.errors.push(String(e.reason && e.reason.stack || e.reason)));
  if (window.trustedTypes) {
    const create = trustedTypes.createPolicy.bind(trustedTypes);
    trustedTypes.createPolicy = (name, rules) => {
      record.policies.push(name);
      return create(name, rules);
    };
  }
})();
`;

/** A theme's own script: JSON from the page into the article properties, once the tag is defined. */
const CMS = `await customElements.whenDefined('folio-article');
const data = (id) => JSON.parse(document.getElementById(id).textContent);
document.getElementById('cms-html').html = data('cms-html-data');
document.getElementById('cms-blocks').blocks = data('cms-blocks-data');
window.__cspCmsDone = true;
`;

export default async function csp(ctx: Ctx, next: () => Promise<void>): Promise<void> {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  const param = (name: string) => {
    const value = ctx.query[name];
    return Array.isArray(value) ? value[0] : value;
  };
  ctx.set('Cache-Control', 'no-store');
  if (route === 'recorder.js' || route === 'cms.js') {
    ctx.type = 'text/javascript; charset=utf-8';
    ctx.body = route === 'recorder.js' ? RECORDER : CMS;
    return;
  }
  const entry = param('entry') ?? 'src';
  const session = param('session') ?? '';
  if (route !== 'page' || !(entry in ENTRIES) || !/^[A-Za-z0-9_-]{1,64}$/.test(session)) {
    ctx.status = 404;
    ctx.body = 'see test/routes/csp.ts';
    return;
  }
  ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = page(entry as keyof typeof ENTRIES, session);
}
