import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { seed, seedBodyHtml } from '../fixtures/seed-article.js';
import '../src/article/define.js';
import type { ArticleBlock } from '../src/article/article.js';

/** Small local illustrations (stories/assets), served by Storybook's Vite. */
const landscape = new URL('./assets/article-landscape.svg', import.meta.url).href;
const portrait = new URL('./assets/article-portrait.svg', import.meta.url).href;

interface ArticleArgs {
  headline?: string;
  byline?: string;
  source?: string;
  'date-published'?: string;
  'date-modified'?: string;
  'time-zone'?: string;
  'reprint-notice'?: string;
  toc?: boolean;
  'reading-time'?: boolean;
  'structured-data'?: boolean;
  'normalize-punctuation'?: boolean;
  indent?: boolean;
  'hanging-punctuation'?: boolean;
  'embed-hosts'?: string;
  /** The body as an HTML string (the `html` property's control). */
  html?: string;
  /** The body as JSON blocks (the `blocks` property's control). */
  blocks?: ArticleBlock[];
}

function article(
  args: ArticleArgs,
  body: unknown,
  extra: { html?: string; blocks?: ArticleBlock[]; lang?: string } = {},
) {
  // normalize-punctuation rewrites the body's text once, in place (its point: no copy of the body). Turned
  // off in the controls, the story starts again from the text as written rather than keep the changed one.
  return html`${keyed(
    args['normalize-punctuation'] ? 'normalized' : 'as written',
    html`<folio-article
    lang=${ifDefined(extra.lang)}
    headline=${ifDefined(args.headline)}
    byline=${ifDefined(args.byline)}
    source=${ifDefined(args.source)}
    date-published=${ifDefined(args['date-published'])}
    date-modified=${ifDefined(args['date-modified'])}
    time-zone=${ifDefined(args['time-zone'])}
    reprint-notice=${ifDefined(args['reprint-notice'])}
    ?toc=${args.toc}
    ?reading-time=${args['reading-time']}
    ?structured-data=${args['structured-data']}
    ?normalize-punctuation=${args['normalize-punctuation']}
    ?indent=${args.indent}
    ?hanging-punctuation=${args['hanging-punctuation']}
    embed-hosts=${ifDefined(args['embed-hosts'])}
    .html=${args.html ?? extra.html}
    .blocks=${args.blocks ?? extra.blocks}
    >${body}</folio-article
  >`,
  )}`;
}

/**
 * Controls that show nothing in a story, and why (test/storybook/storybook.spec.ts checks that every other
 * control changes the rendering, and that these do not).
 */
const showsNoDate = { 'time-zone': 'Only formats the dates, and this story shows none (set date-published).' };
const latinText = {
  indent: 'The 2em first-line indent is for Chinese and Japanese paragraphs; this text is not.',
  'normalize-punctuation': 'This text has no half-width punctuation in Chinese sentences to replace.',
};

const seedArgs: ArticleArgs = {
  headline: seed.title,
  'time-zone': seed.timeZone,
  'reprint-notice': seed.reprintNotice,
  toc: true,
  'reading-time': true,
  'normalize-punctuation': false,
};

const meta: Meta<ArticleArgs> = {
  title: 'Tags/folio-article',
  component: 'folio-article',
  args: seedArgs,
  render: (args) => article(args, unsafeHTML(seedBodyHtml())),
  parameters: {
    controlsWithoutRendering: {
      'hanging-punctuation':
        'CSS hanging-punctuation is drawn by Safari only: in Chromium (where the story test runs) the text does not move.',
      'embed-hosts': 'Decides which iframes an html or blocks body may keep; this story has no iframe.',
    },
    docs: {
      description: {
        component:
          'The article body stays in the page (light DOM). Its typography follows clreq for Chinese: 2em indent as an option, strict line breaking, punctuation compressed in zh-CN but not zh-TW, Han–Latin spacing, emphasis dots.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<ArticleArgs>;

/** The seed article exactly as captured: half-width , and : inside Chinese sentences. */
export const SeedRaw: Story = {
  parameters: { controlsWithoutRendering: showsNoDate },
  name: 'Seed article (zh-CN, captured text)',
  globals: { locale: 'zh-CN' },
};

/** The same with `normalize-punctuation`: "强调,加强" reads "强调，加强". */
export const SeedNormalized: Story = {
  parameters: { controlsWithoutRendering: showsNoDate },
  tags: ['screenshot'],
  name: 'Seed article, normalize-punctuation',
  args: { 'normalize-punctuation': true, indent: true },
  globals: { locale: 'zh-CN' },
};

/** A phone-sized column: the contents collapse into a box the reader opens. */
export const SeedNarrow: Story = {
  parameters: { controlsWithoutRendering: showsNoDate },
  name: 'Seed article, narrow',
  args: { 'normalize-punctuation': true },
  globals: { locale: 'zh-CN' },
  render: (args) =>
    html`<div style="max-inline-size: 360px; border: 1px dashed #d1d9e0">${article(args, unsafeHTML(seedBodyHtml()))}</div>`,
};

/** Wide enough for a side column: the contents sit beside the text and follow the reader. */
export const SeedWide: Story = {
  parameters: { controlsWithoutRendering: showsNoDate },
  name: 'Seed article, contents beside the text',
  args: { 'normalize-punctuation': true },
  globals: { locale: 'zh-CN' },
  render: (args) => html`<div style="min-inline-size: 62rem">${article(args, unsafeHTML(seedBodyHtml()))}</div>`,
};

export const SeedDark: Story = {
  tags: ['screenshot'],
  name: 'Seed article, dark theme',
  args: {
    'normalize-punctuation': true,
    byline: '记者 张三',
    source: '西宁日报',
    'date-published': '2023-06-01T10:40:00+08:00',
  },
  globals: { locale: 'zh-CN', theme: 'dark' },
};

const englishBody = html`
  <p>The first thing a reader meets is the measure: lines of about seventy characters, set at a line height that lets the eye find the start of the next line without effort. Everything else on the page either serves that rhythm or interrupts it.</p>
  <p>Long reads test the small things. Quotation marks should curl — <q>like these, with <q>nested ones</q> inside</q> — and emphasis should <em>lean</em> rather than shout. Links such as <a href="https://www.w3.org/TR/clreq/">the W3C’s Chinese layout requirements</a> stay readable in every theme.</p>
  <h2>Why the body stays in the page</h2>
  <p>Search engines, reader modes, translation tools and find-in-page all read the document. A component that hid its text in a shadow root would be invisible to them; this one only adds a header, a table of contents and a notice around what the page already says.</p>
  <h3>Headings you already write</h3>
  <p>Plain <code>h2</code> to <code>h6</code> elements are collected into the contents too, and get an id when they have none.</p>
  <blockquote><p>Typography exists to honor content.</p></blockquote>
  <h2>Numbers, lists and figures</h2>
  <ul><li>Reading time counts words at about 230 a minute.</li><li>Chinese and Japanese text counts characters at about 400 a minute.</li></ul>
  <figure><img src=${landscape} alt="Mountains by a lake at dawn" width="1200" height="675" loading="lazy"><figcaption>Images carry their aspect ratio, so nothing below them moves while they load.</figcaption></figure>
  <p>That is the whole idea: a page that reads well before any script runs, and exactly the same after.</p>
`;

export const EnglishLongRead: Story = {
  parameters: { controlsWithoutRendering: latinText },
  name: 'English long read',
  args: {
    headline: 'The quiet work of a well-set page',
    byline: 'By Ada Reader',
    source: 'Folio Review',
    'date-published': '2024-03-18T08:30:00Z',
    'date-modified': '2024-03-19T17:05:00Z',
    'time-zone': 'Europe/London',
    'reprint-notice': 'All rights reserved.',
    'structured-data': true,
  },
  globals: { locale: 'en' },
  render: (args) => article(args, englishBody),
};

export const TraditionalChinese: Story = {
  name: 'zh-TW: full-width punctuation, 「」 quotes',
  args: {
    headline: '以高品質黨建推動教育高品質發展',
    source: '中央社',
    'date-published': '2023-06-01T10:40:00+08:00',
    'time-zone': 'Asia/Taipei',
    'reprint-notice': '未經許可不得轉載',
    indent: true,
  },
  globals: { locale: 'zh-TW' },
  render: (args) =>
    article(
      args,
      html`
    <p>習近平總書記強調，加強黨對學校工作的全面領導，是辦好學校的根本保證。「中小學校黨的建設，是黨的基層組織建設重要組成部分」，他說。</p>
    <folio-section-heading>築牢戰鬥堡壘，練強抓嚴學校黨組織建設的基本功</folio-section-heading>
    <p>臺灣的排版習慣不擠壓標點：逗號、句號都佔一個全形字寬。引文使用<q>直角引號</q>，<em>著重號</em>標在字下。</p>
    <p>開學工作會上，園長向大家宣講，使學校黨組織成為教書育人的堅強戰鬥堡壘。</p>`,
    ),
};

export const Japanese: Story = {
  name: 'ja',
  args: {
    headline: '読みやすい記事の組版',
    byline: '山田 花子',
    'date-published': '2024-04-01T09:00:00+09:00',
    'time-zone': 'Asia/Tokyo',
    indent: true,
  },
  globals: { locale: 'ja' },
  render: (args) =>
    article(
      args,
      html`
    <p>日本語の本文は、行頭に閉じ括弧や句読点が来ないように禁則処理を行います。<em>強調</em>には傍点（ゴマ）を使い、引用は<q>かぎ括弧</q>で示します。</p>
    <h2>和欧間のアキ</h2>
    <p>HTMLとCSSで組むとき、漢字とLatin文字の間には四分アキが入ります。文字を挿入しないので、コピーしても元の文字列のままです。</p>
    <h2>読了時間</h2>
    <p>日本語は一分あたり約四百字として読了時間を計算します。</p>`,
    ),
};

export const Arabic: Story = {
  parameters: { controlsWithoutRendering: latinText },
  name: 'ar: right to left',
  args: {
    headline: 'التعليم الجيد يبدأ من المدرسة',
    byline: 'سارة أحمد',
    'date-published': '2024-05-02T10:00:00+03:00',
    'time-zone': 'Asia/Riyadh',
    'reprint-notice': 'جميع الحقوق محفوظة',
  },
  globals: { locale: 'ar' },
  render: (args) =>
    article(
      args,
      html`
    <p>تبدأ جودة التعليم من المدرسة، حيث يتعلم الطلاب القراءة والكتابة والتفكير النقدي. ويجب أن تكون الصفحة سهلة القراءة في كل اتجاه.</p>
    <h2>المعلمون أولاً</h2>
    <p>يحتاج المعلمون إلى التدريب والدعم المستمر لكي يقدموا أفضل ما لديهم لطلابهم.</p>
    <blockquote><p>التعليم هو أقوى سلاح يمكنك استخدامه لتغيير العالم.</p></blockquote>`,
    ),
};

export const ImagesAndFigures: Story = {
  parameters: {
    controlsWithoutRendering: {
      ...showsNoDate,
      toc: 'Lists the section headings, and this story has none (see the seed article).',
    },
  },
  name: 'Images and figures',
  args: { headline: '西宁市学校党建工作纪实', 'reprint-notice': seed.reprintNotice, indent: true },
  globals: { locale: 'zh-CN' },
  render: (args) =>
    article(
      args,
      html`
    <p>开学工作会上，全市优秀共产党员向大家宣讲党的二十大精神。</p>
    <figure><img src=${landscape} alt="清晨湖边的山峦（示意图）" width="1200" height="675" loading="lazy" decoding="async"><figcaption>图为示意图：宽幅图片按宽高比预留空间，加载时下文不移动。</figcaption></figure>
    <p>学校党支部规范化标准化水平不断提升，党组织政治功能和组织功能进一步增强。</p>
    <figure><img src=${portrait} alt="升着红旗的教学楼（示意图）" width="600" height="800" style="max-inline-size: 20rem" loading="lazy" decoding="async"><figcaption>竖幅图片</figcaption></figure>
    <p>一年来，市委教育工委严格落实中小学校党组织领导的校长负责制。</p>`,
    ),
};

/** The body from a CMS's HTML string, sanitized (DOMPurify loads only now): the script and the handler are gone. */
export const FromHtml: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    expectedConsole: [
      '<folio-article> html: removed what an article may not contain',
      // The bad image's src="x" is kept (only its onerror goes): Chromium logs its 404.
      'Failed to load resource: .* 404 .*/x$',
    ],
    controlsWithoutRendering: showsNoDate,
  },
  name: 'html property (sanitized)',
  args: {
    headline: '来自 CMS 的正文',
    toc: true,
    'reading-time': true,
    // Half-width punctuation as a CMS often stores it (normalize-punctuation turns "系统," into "系统，").
    html: `<p>这段正文来自内容管理系统,<strong>经过净化</strong>后才进入页面。<script>alert('never')</script></p>
        <h2>允许的标记</h2><p>链接 <a href="https://example.com/">保留</a>，<a href="javascript:alert(1)">危险链接</a>只剩文字。</p>
        <img src="x" onerror="alert('never')" alt="坏图片">
        <folio-section-heading>节标题也可以</folio-section-heading><blockquote><p>引文。</p></blockquote>`,
  },
  globals: { locale: 'zh-CN' },
  render: (args) => article(args, nothing),
};

/** A body of every block type, as a headless CMS sends it. */
const cmsBlocks: ArticleBlock[] = [
  ...(seed.blocks.slice(0, 4) as ArticleBlock[]),
  { type: 'quote', text: '“中小学校党的建设,是党的基层组织建设重要组成部分”。' },
  {
    type: 'figure',
    src: landscape,
    alt: '清晨湖边的山峦（示意图）',
    caption: '示意图',
    width: 1200,
    height: 675,
  },
  {
    type: 'list',
    ordered: true,
    items: ['提高思政教育实效', '构建“五育并举”育人体系', ['完善', { text: '协同育人机制', emphasis: true }]],
  },
  {
    type: 'table',
    caption: '三年工作安排（示意）',
    head: ['年度', '重点'],
    rows: [
      ['第一年', '建强班子'],
      ['第二年', [{ text: '规范', strong: true }, '制度']],
    ],
  },
  {
    type: 'details',
    summary: '附：名词解释',
    blocks: [{ type: 'paragraph', text: ['“五育并举”：德、智、体、美、', { text: '劳', code: true }, '。'] }],
  },
  { type: 'code', text: 'article.blocks = await (await fetch(url)).json();', language: 'js' },
  ...(seed.blocks.slice(4, 9) as ArticleBlock[]),
];

/** The body as JSON blocks, e.g. from a headless CMS. */
export const FromBlocks: Story = {
  parameters: {
    controlsWithoutRendering: {
      ...showsNoDate,
      html: 'blocks is set and takes precedence: html is used only without blocks (see html property).',
    },
  },
  name: 'blocks property',
  args: {
    headline: seed.title,
    toc: true,
    'reading-time': true,
    'normalize-punctuation': true,
    'reprint-notice': seed.reprintNotice,
    blocks: cmsBlocks,
  },
  globals: { locale: 'zh-CN' },
  render: (args) => article(args, nothing),
};
