// renderArticlePage in Node: the seed page's HTML holds, with no script run,
// everything a reader and a crawler need (text, headings with their ids,
// navigation in declarative shadow roots, the notice), and nothing from the
// data reaches the markup unescaped or as a dangerous link.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seed, seedDisclaimer } from '../../fixtures/seed-article.js';
import { normalizePunctuationText } from '../../src/article/punctuation.js';
import {
  renderArticlePage,
  renderSectionHeading,
  renderTag,
  postNavTemplate,
  withoutReportSentence,
  type ArticleDocument,
} from '../../src/ssr/index.js';

const seedHtml = await renderArticlePage(seed);

/** The markup without Lit's hydration comments, to read it as a browser shows it. */
function visible(html: string): string {
  return html.replace(/<!--[\s\S]*?-->|<\?>/g, '');
}

/** The content of every declarative shadow root of `<tag>`. */
function shadowRootsOf(html: string, tag: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(
    `<${tag}\\b[^>]*>\\s*<template shadowroot="open" shadowrootmode="open">([\\s\\S]*?)</template>`,
    'g',
  );
  for (const match of html.matchAll(pattern)) found.push(visible(match[1]!).replace(/<style>[\s\S]*?<\/style>/g, ''));
  return found;
}

const text = (html: string) =>
  visible(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('renderArticlePage(seed)', () => {
  test('is a whole document in the article’s language, with the preflight stylesheet and the hydrating script', async () => {
    assert.match(seedHtml, /^<!doctype html>\n<html lang="zh-CN" dir="ltr">/);
    assert.match(
      seedHtml,
      /<title>以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局<\/title>/,
    );
    assert.match(
      seedHtml,
      /<link rel="stylesheet" href="\/src\/folio.css">\s*<script type="module" src="\/src\/ssr\/hydrate.ts"><\/script>/,
    );
    const custom = await renderArticlePage(seed, { stylesheet: '/assets/folio.css', script: '/assets/folio-ssr.js' });
    assert.match(custom, /<link rel="stylesheet" href="\/assets\/folio.css">/);
    assert.match(custom, /<script type="module" src="\/assets\/folio-ssr.js"><\/script>/);
  });

  test('holds the article text, with the Chinese punctuation normalized as the client would', () => {
    const body = text(seedHtml);
    assert.ok(
      body.includes('习近平总书记强调，加强党对学校工作的全面领导，加强和改进学校党的建设，是办好学校的根本保证。'),
    );
    for (const block of seed.blocks) {
      assert.ok(
        body.includes(normalizePunctuationText(block.text).replace(/\s+/g, ' ')),
        `"${block.text.slice(0, 12)}…" is in the page`,
      );
    }
    assert.match(
      seedHtml,
      /<h1>(<!--[^>]*-->)*以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局(<!--[^>]*-->)*<\/h1>/,
    );
  });

  test('renders the four section headings as <h2 id> with the ids the element derives, and lists them in the contents', () => {
    const ids = [...seedHtml.matchAll(/<h2 class="folio-section-heading__heading" id="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(ids, [
      '筑牢战斗堡垒-练强抓严学校党组织建设的基本功',
      '坚持立德树人-练强抓牢思想政治工作的基本功',
      '发挥模范作用-练强抓好党员队伍建设的基本功',
      '深化党建引领-练强抓实党建业务融合的基本功',
    ]);
    const toc = [...visible(seedHtml).matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(toc, ids);
    assert.match(seedHtml, /aria-label="复制本节链接：筑牢战斗堡垒，练强抓严学校党组织建设的基本功"/);
  });

  test('shows the navigation texts inside the post-nav’s declarative shadow root', () => {
    const [nav] = shadowRootsOf(seedHtml, 'folio-post-nav');
    assert.ok(nav, 'folio-post-nav has a declarative shadow root');
    const words = text(nav);
    assert.ok(words.includes('上一篇 2023年6月1日 上午10:40'), words);
    assert.ok(words.includes('下一篇 2023年6月1日 上午10:56'), words);
    assert.ok(!/<a\b/.test(nav), 'the seed has no prev/next URLs: no links');
  });

  test('dates the copyright line by the article’s datePublished when the document gives no years', async () => {
    const dated = await renderArticlePage({ ...seed, datePublished: '2023-06-01T10:40:00+08:00' });
    const [notice] = shadowRootsOf(dated, 'folio-copyright-notice');
    assert.match(text(notice!), /版权所有 © 2023(?!–)/);
    const ranged = await renderArticlePage({
      ...seed,
      datePublished: '2023-06-01T10:40:00+08:00',
      copyright: { ...seed.copyright, yearStart: 2019 },
    });
    assert.match(text(shadowRootsOf(ranged, 'folio-copyright-notice')[0]!), /版权所有 © 2019–\d{4}/);
  });

  test('has the notices: the reprint notice, the copyright line, the disclaimer without its report sentence', () => {
    assert.match(visible(seedHtml), /<p data-folio-article-part="notice">未经许可不得转载<\/p>/);
    const [notice] = shadowRootsOf(seedHtml, 'folio-copyright-notice');
    assert.ok(notice, 'folio-copyright-notice has a declarative shadow root');
    assert.match(text(notice), /版权所有 © \d{4}/);
    assert.match(text(notice), /如发现本站有涉嫌侵权或违法违规的内容，请 点击举报 。/);
    // Normalized with the article (a Chinese page): 版权声明：本文…贡献，该文….
    assert.ok(visible(seedHtml).includes(`<p>${normalizePunctuationText(seedDisclaimer)}</p>`));
    assert.ok(visible(seedHtml).includes('<p>版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。'));
    assert.equal(withoutReportSentence(seed.copyright.disclaimer), seedDisclaimer);
    assert.ok(!seedHtml.includes('请发送邮件至 举报'));
  });

  test('renders the related posts’ empty state and a closed report dialog', () => {
    const [related] = shadowRootsOf(seedHtml, 'folio-related-posts');
    assert.ok(text(related!).includes('相关推荐'));
    assert.ok(text(related!).includes('暂无相关推荐。'));
    assert.match(seedHtml, /<folio-report-dialog[^>]*\bid="report-dialog"[^>]*\baction="\/api\/reports"/);
    assert.match(seedHtml, /<folio-copyright-notice[^>]*report-dialog="report-dialog"/);
    const [dialog] = shadowRootsOf(seedHtml, 'folio-report-dialog');
    assert.ok(dialog && !/<dialog[^>]*\bopen\b/.test(dialog), 'the dialog is closed');
  });

  test('writes the NewsArticle JSON-LD the element would', () => {
    const json =
      /<script type="application\/ld\+json" data-folio-article-part="structured-data">([\s\S]*?)<\/script>/.exec(
        seedHtml,
      )?.[1];
    assert.ok(json);
    assert.deepEqual(JSON.parse(json), {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.title,
      inLanguage: 'zh-CN',
    });
  });
});

describe('data is never markup', () => {
  const hostile: ArticleDocument = {
    lang: 'en',
    title: '</title><script>alert("title")</script>',
    byline: '<img src=x onerror=alert(1)>',
    datePublished: 'not a date" onmouseover="alert(2)',
    blocks: [
      { type: 'paragraph', text: '<b>bold</b> & <script>alert(3)</script>' },
      { type: 'heading', text: '"><svg onload=alert(4)>', id: 'x" onclick="alert(5)' },
    ],
    reprintNotice: '<i>no</i>',
    copyright: { disclaimer: '<a href="javascript:alert(6)">click</a>', reportEmail: null },
    prev: { title: '<b>prev</b>', href: 'javascript:alert(7)', datePublished: '2023-06-01T10:40:00+08:00' },
    next: { title: 'next', href: ' JaVa\tScRiPt:alert(8)', datePublished: '2023-06-01T10:56:00+08:00' },
    related: {
      heading: '<h1>related</h1>',
      items: [
        { title: 'evil', href: 'javascript:alert(9)' },
        { title: '</script><script>alert(10)</script>', href: '/ok.html', image: 'javascript:alert(11)' },
      ],
    },
  };

  test('text and attributes are escaped, and no javascript: URL survives', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    let html: string;
    try {
      html = await renderArticlePage(hostile, { url: 'https://example.com/news/1040.html' });
    } finally {
      console.warn = original;
    }
    const markup = visible(html);
    // Every tag in the page is one we wrote: none comes from the data.
    for (const injected of [
      '<script>alert',
      '<img src=x',
      '<b>',
      '<i>',
      '<svg onload',
      '<h1>related',
      '<a href="javascript',
    ]) {
      assert.ok(!markup.includes(injected), `${injected} is not markup`);
    }
    assert.ok(!/(href|src)="[^"]*script:/i.test(markup), 'no script: URL in any href or src');
    assert.ok(!/JaVa\s*ScRiPt/.test(markup), 'the disguised javascript: URL was dropped');
    assert.match(markup, /<title>&lt;\/title&gt;&lt;script&gt;alert\("title"\)&lt;\/script&gt;<\/title>/);
    assert.ok(markup.includes('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(3)&lt;/script&gt;'));
    assert.match(
      markup,
      /<h2 class="folio-section-heading__heading" id="x&quot;-onclick=&quot;alert\(5\)">/,
      'whitespace in anchor-id becomes "-", as in the element',
    );
    assert.ok(!markup.includes('onclick="alert'));
    assert.ok(!markup.includes('onmouseover="alert'));
    // The related item with a bad href is left out; the other keeps its title as JSON text, "<" escaped.
    assert.ok(!markup.includes('"evil"'));
    assert.ok(markup.includes('\\u003c/script\\u003e\\u003cscript\\u003ealert(10)'));
    for (const field of ['prev-href', 'next-href', 'items[0].href', 'items[1].image']) {
      assert.ok(
        warnings.some((w) => w.includes(field)),
        `a warning names ${field}: ${warnings.join(' | ')}`,
      );
    }
  });
});

describe('single tags', () => {
  test('renderTag renders a widget with declarative shadow DOM in the given language', () => {
    const html = renderTag(
      postNavTemplate({
        prevDate: '2023-06-01T10:40:00+08:00',
        prevHref: '/a.html',
        prevTitle: 'A',
        timeZone: 'Asia/Shanghai',
      }),
      { lang: 'en' },
    );
    const [nav] = shadowRootsOf(html, 'folio-post-nav');
    assert.ok(nav);
    assert.match(nav, /<a\b[^>]*\bhref="\/a.html"[^>]*\brel="prev"/);
    assert.ok(text(nav).includes('Previous'), text(nav));
    const zh = renderTag(postNavTemplate({ prevDate: '2023-06-01T10:40:00+08:00', timeZone: 'Asia/Shanghai' }), {
      lang: 'zh-TW',
    });
    assert.ok(text(shadowRootsOf(zh, 'folio-post-nav')[0]!).includes('上一篇'));
  });

  test('renderSectionHeading writes the upgraded heading, with unique ids on one page', async () => {
    const { PageIds } = await import('../../src/ssr/index.js');
    const ids = new PageIds();
    const first = renderSectionHeading({ text: 'Getting started', level: 3 }, { lang: 'en', ids });
    const second = renderSectionHeading({ text: 'Getting started', level: 3 }, { lang: 'en', ids });
    assert.match(
      first,
      /^<folio-section-heading level="3"><h3 class="folio-section-heading__heading" id="getting-started">Getting started<\/h3><button type="button" class="folio-section-heading__copy" aria-label="Copy link to this section: Getting started">/,
    );
    assert.match(second, /id="getting-started-2"/);
  });

  test('PageIds skips reserved ids and stays linear for thousands of headings of one text', async () => {
    const { PageIds } = await import('../../src/ssr/index.js');
    const ids = new PageIds(['x-3']);
    assert.deepEqual([ids.claim('x'), ids.claim('x'), ids.claim('x'), ids.claim('x')], ['x', 'x-2', 'x-4', 'x-5']);
    const many = new PageIds();
    const has = Set.prototype.has;
    let lookups = 0;
    Set.prototype.has = function (this: Set<unknown>, value: unknown) {
      lookups++;
      return has.call(this, value);
    };
    try {
      for (let i = 0; i < 2000; i++) many.claim('小节');
    } finally {
      Set.prototype.has = has;
    }
    assert.equal(many.claim('小节'), '小节-2001');
    assert.ok(lookups < 4 * 2000, `${lookups} lookups`);
  });
});

describe('markup the renderer copies rather than parses', () => {
  test("renderArticle writes what Lit SSR writes with unsafeHTML, apart from the body's part digests, in the article's language", async () => {
    const { renderArticle, articleTemplate, PageIds: Ids } = await import('../../src/ssr/index.js');
    const { defaultFeatures } = await import('../../src/ssr/page.js');
    const { withPageContext } = await import('../../src/ssr/server-context.js');
    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const doc = { ...seed, lang: 'zh-CN' } as unknown as ArticleDocument;
    const spliced = renderArticle(doc);
    const parsed = withPageContext({ lang: 'zh-CN', baseUrl: 'http://localhost/' }, () =>
      collectResultSync(render(articleTemplate(doc, defaultFeatures('zh-CN'), new Ids()))),
    );
    const digests = (html: string) => html.replace(/<!--lit-part[^>]*-->/g, '<!--lit-part-->');
    assert.equal(digests(spliced), digests(parsed));
    // The template used to be built before the language was set: the header and JSON-LD came out in English.
    assert.ok(spliced.includes('约 6 分钟'), 'reading time in Chinese');
    assert.match(spliced, /"inLanguage": "zh-CN"/);
  });

  test('a body holding replacement patterns ($&, $1) or text like the placeholder comes out as written', async () => {
    const doc = {
      lang: 'en',
      title: 'T',
      blocks: [{ type: 'paragraph', text: 'costs $& and $1 and $$; folio-markup-0. stays' }],
    } as unknown as ArticleDocument;
    const page = await renderArticlePage(doc);
    assert.ok(
      page.includes('costs $&amp; and $1 and $$; folio-markup-0. stays'),
      page.slice(page.indexOf('costs') - 20, page.indexOf('costs') + 80),
    );
  });
});

describe('the page follows the document’s language', () => {
  const english: ArticleDocument = {
    lang: 'en',
    title: 'A title',
    byline: 'Jane Doe',
    datePublished: '2023-06-01T10:48:00+08:00',
    timeZone: 'Asia/Shanghai',
    blocks: [
      { type: 'paragraph', text: 'Lit, Vite and 强调,加强.' },
      { type: 'heading', text: 'Getting started' },
    ],
    prev: { datePublished: '2023-06-01T10:40:00+08:00' },
  };

  test('en: English strings and dates, and the Chinese typography left off', async () => {
    const html = await renderArticlePage(english);
    assert.match(html, /<html lang="en" dir="ltr">/);
    const words = text(html);
    assert.ok(words.includes('Contents'), 'the contents summary');
    assert.ok(words.includes('Jane Doe'));
    assert.match(
      visible(html),
      /<time class="folio-article-published" datetime="2023-06-01T10:48:00\+08:00">June 1, 2023 at 10:48 AM<\/time>/,
    );
    assert.ok(text(shadowRootsOf(html, 'folio-post-nav')[0]!).includes('Previous June 1, 2023 at 10:40 AM'));
    assert.ok(words.includes('Lit, Vite and 强调,加强.'), 'punctuation is normalized on Chinese pages only');
    assert.match(html, /<folio-article[^>]*\btoc\b/);
    assert.doesNotMatch(html, /<folio-article[^>]*\bnormalize-punctuation\b/);
  });

  test('a right-to-left language sets dir on <html>; a CMS’s zh_TW is understood', async () => {
    assert.match(await renderArticlePage({ ...english, lang: 'ar' }), /<html lang="ar" dir="rtl">/);
    const tw = await renderArticlePage({ ...english, lang: 'zh_TW' });
    assert.match(tw, /<html lang="zh-TW" dir="ltr">/);
    assert.ok(text(tw).includes('目錄'));
  });

  test('a document that is not an object is refused with a clear error', async () => {
    await assert.rejects(
      renderArticlePage(null as unknown as ArticleDocument),
      /renderArticlePage: the article must be an object/,
    );
  });
});
