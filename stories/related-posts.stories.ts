import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed } from '../fixtures/seed-article.js';
import '../src/related-posts/define.js';
import type { RelatedItem } from '../src/related-posts/related-posts.js';

/** Small local thumbnails (stories/assets); static `new URL(…)` so that Vite bundles each one. */
const images = [
  new URL('./assets/related-3-meeting.svg', import.meta.url).href,
  new URL('./assets/related-2-books.svg', import.meta.url).href,
  new URL('./assets/related-1-school.svg', import.meta.url).href,
  new URL('./assets/related-4-city.svg', import.meta.url).href,
  new URL('./assets/related-5-field.svg', import.meta.url).href,
  new URL('./assets/related-6-chart.svg', import.meta.url).href,
];

interface Args {
  heading?: string;
  'heading-level'?: number;
  layout?: 'list' | 'compact' | 'grid';
  limit?: number;
  exclude?: string;
  'relative-dates'?: boolean;
  'time-zone'?: string;
  timeout?: number;
  'hide-empty'?: boolean;
  src?: string;
  items?: RelatedItem[];
}

function related(args: Args, children: unknown = '', extra: { fetcher?: typeof fetch } = {}) {
  return html`<folio-related-posts
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    layout=${ifDefined(args.layout)}
    limit=${ifDefined(args.limit)}
    exclude=${ifDefined(args.exclude)}
    ?relative-dates=${args['relative-dates']}
    time-zone=${ifDefined(args['time-zone'])}
    timeout=${ifDefined(args.timeout)}
    ?hide-empty=${args['hide-empty']}
    src=${ifDefined(args.src)}
    .items=${args.items}
    .fetcher=${extra.fetcher ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))}
    >${children}</folio-related-posts
  >`;
}

const withImages = (items: Array<Omit<RelatedItem, 'image'>>): RelatedItem[] =>
  items.map((item, i) => ({ ...item, image: images[i % images.length] }));

const zhCN = withImages([
  {
    title: '市委教育工委召开基层党建工作推进会，部署下半年重点任务',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
    excerpt:
      '会议总结了上半年全市教育系统基层党建工作，围绕党组织标准化规范化建设、思政课建设和教师队伍建设，对下半年重点任务作出部署。',
  },
  {
    title: '全市中小学“书香校园”建设成果展开幕',
    href: '/news/2023/0988.html',
    date: '2023-05-30T15:30:00+08:00',
    excerpt: '展览集中展示了近三年各校在阅读推广、图书馆建设和家校共读方面的经验做法。',
  },
  {
    title: '新建改扩建中小学校项目全部开工，秋季学期新增学位一万二千个',
    href: '/news/2023/0961.html',
    date: '2023-05-26T11:00:00+08:00',
    excerpt: '今年全市计划新建、改扩建中小学校二十八所，目前已全部开工建设。',
  },
  {
    title: '党建引领社区治理：十个街道试点“校社共建”',
    href: '/news/2023/0940.html',
    date: '2023-05-22T08:45:00+08:00',
    excerpt: '试点街道依托辖区学校党组织，与社区党委共建课后服务、志愿服务和应急管理三类项目。',
  },
]);
const zhTW = withImages([
  {
    title: '市委教育工委召開基層黨建工作推進會，部署下半年重點任務',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
    excerpt: '會議總結了上半年全市教育系統基層黨建工作，對下半年重點任務作出部署。',
  },
  {
    title: '全市中小學「書香校園」建設成果展開幕',
    href: '/news/2023/0988.html',
    date: '2023-05-30T15:30:00+08:00',
    excerpt: '展覽集中展示了近三年各校在閱讀推廣、圖書館建設和家校共讀方面的經驗做法。',
  },
  {
    title: '新建改擴建中小學校項目全部開工',
    href: '/news/2023/0961.html',
    date: '2023-05-26T11:00:00+08:00',
    excerpt: '今年全市計劃新建、改擴建中小學校二十八所，目前已全部開工建設。',
  },
]);
const en = withImages([
  {
    title: 'Education committee sets the second-half priorities for school party work',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
    excerpt:
      'The meeting reviewed the first half of the year and set out priorities for school organisations, civics classes and teacher training.',
  },
  {
    title: '“Reading campus” exhibition opens with 120 schools',
    href: '/news/2023/0988.html',
    date: '2023-05-30T15:30:00+08:00',
    excerpt: 'Schools show three years of reading programmes, library work and family reading.',
  },
  {
    title: 'All new school buildings under way, 12,000 more places this autumn',
    href: '/news/2023/0961.html',
    date: '2023-05-26T11:00:00+08:00',
    excerpt: 'Twenty-eight schools are being built or extended across the city.',
  },
]);
const ja = withImages([
  {
    title: '市教育工作委員会、下半期の重点課題を決定',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
    excerpt: '上半期の取り組みを振り返り、学校組織の整備、公民科の授業、教員研修について下半期の重点を示した。',
  },
  {
    title: '「読書のキャンパス」成果展が開幕、120校が参加',
    href: '/news/2023/0988.html',
    date: '2023-05-30T15:30:00+08:00',
    excerpt: '各校の読書推進、図書館整備、家庭での読み聞かせの取り組みを紹介。',
  },
  {
    title: '新設・増築の学校工事がすべて着工、秋に1万2千人分の定員増',
    href: '/news/2023/0961.html',
    date: '2023-05-26T11:00:00+08:00',
    excerpt: '市内28校で新設・増築工事が進む。',
  },
]);
const ar = withImages([
  {
    title: 'لجنة التعليم تحدد أولويات النصف الثاني من العام',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
    excerpt: 'استعرض الاجتماع أعمال النصف الأول وحدد أولويات تطوير المدارس وتدريب المعلمين.',
  },
  {
    title: 'افتتاح معرض «الحرم الجامعي القارئ» بمشاركة 120 مدرسة',
    href: '/news/2023/0988.html',
    date: '2023-05-30T15:30:00+08:00',
    excerpt: 'تعرض المدارس برامج القراءة وأعمال المكتبات على مدى ثلاث سنوات.',
  },
  {
    title: 'بدء العمل في جميع المباني المدرسية الجديدة',
    href: '/news/2023/0961.html',
    date: '2023-05-26T11:00:00+08:00',
    excerpt: 'يجري بناء أو توسيع ثمانٍ وعشرين مدرسة في المدينة.',
  },
]);

/** An empty list (seed data, no items, a feed that failed): what would change the items has nothing to change. */
const emptyList = {
  items: 'The list is empty, and the test only shortens a list.',
  layout: 'The list is empty: there is no item to lay out.',
  limit: 'The list is empty: there is nothing to cut.',
  exclude: 'The list is empty: there is nothing to leave out.',
  'relative-dates': 'The list is empty: no date to show.',
  'time-zone': 'The list is empty: no date to show.',
  src: '',
  'hide-empty': '',
};

/** `items` is set (empty): the tag never fetches `src`. */
const itemsGiven = 'The list comes from items (empty here); src is fetched only by a tag without items.';

const meta: Meta<Args> = {
  title: 'Tags/folio-related-posts',
  component: 'folio-related-posts',
  args: { layout: 'list', 'time-zone': 'Asia/Shanghai', items: zhCN },
  render: (args) => related(args),
  parameters: {
    // What the story test (test/storybook/storybook.spec.ts) sets: an address the lists hold.
    controlTestValues: { exclude: '/news/2023/1041.html' },
    controlsWithoutRendering: {
      timeout: 'How long fetching src may take: nothing changes until a fetch is that slow.',
      src: 'The list comes from items here; src is fetched only by a tag without items.',
      'hide-empty': 'Hides the block when its list is empty; this list is not.',
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The seed page as captured: a 相关推荐 heading and an empty list, written by
 * the CMS as an inline JSON script. The tag says so politely.
 */
export const SeedData: Story = {
  parameters: { controlsWithoutRendering: emptyList },
  tags: ['screenshot'],
  args: { heading: seed.related.heading, items: undefined },
  render: (args) => related(args, html`<script type="application/json">${JSON.stringify(seed.related.items)}</script>`),
  globals: { locale: 'zh-CN' },
};

/** Full data in the grid: thumbnails (16:9, lazy), titles, excerpts clamped to three lines, dates. */
export const FullSimplifiedChinese: Story = {
  tags: ['screenshot'],
  args: { layout: 'grid', items: zhCN },
  globals: { locale: 'zh-CN' },
};
export const FullTraditionalChinese: Story = {
  args: { layout: 'grid', items: zhTW, 'time-zone': 'Asia/Taipei' },
  globals: { locale: 'zh-TW' },
};
export const FullEnglish: Story = {
  args: { layout: 'grid', items: en, 'time-zone': 'Europe/London' },
  globals: { locale: 'en' },
};
export const FullJapanese: Story = {
  args: { layout: 'grid', items: ja, 'time-zone': 'Asia/Tokyo' },
  globals: { locale: 'ja' },
};

/** Arabic, right to left. Arabic has no built-in strings: the heading comes from the attribute. */
export const RightToLeft: Story = {
  args: { layout: 'grid', items: ar, heading: 'مقالات ذات صلة' },
  globals: { locale: 'ar' },
};

/** Titles wrap in the list, are cut with an ellipsis in compact, and clamp to two lines in the grid (full title on hover). */
export const LongTitles: Story = {
  args: {
    layout: 'grid',
    items: withImages([
      {
        title: `${seed.title}，持续深化“红色引领 四心融合”党建工作模式，深入实施“三高六提升”行动计划`,
        href: '/news/long-1.html',
        date: '2023-06-01T10:40:00+08:00',
        excerpt: seed.blocks.find((b) => b.type === 'paragraph')!.text,
      },
      {
        title:
          'A very long English headline that goes on and on about the term that starts in Xining and everything else that was discussed there',
        href: '/news/long-2.html',
        date: '2023-05-30',
        excerpt: 'Short.',
      },
      { title: '短标题', href: '/news/long-3.html' },
    ]),
  },
  parameters: {
    // The story names each of its three lists by its layout: the heading control would change none of them.
    controls: { exclude: ['heading'] },
    controlTestValues: { exclude: '/news/long-3.html' },
  },
  // Each list is named by its layout: three regions of one name on a page would be indistinguishable landmarks.
  render: (args) =>
    html`${related({ ...args, heading: 'layout="grid"' })}<br />${related({ ...args, layout: 'list', heading: 'layout="list"' })}<br />${related({ ...args, layout: 'compact', heading: 'layout="compact"' })}`,
};

/** `list`: title and date. (Links to the current page, `#fragment` ones included, are never listed.) */
export const List: Story = { tags: ['screenshot'], args: { layout: 'list' } };
/** `compact`: titles only, one line each. */
export const Compact: Story = {
  tags: ['screenshot'],
  args: { layout: 'compact' },
  parameters: {
    controlsWithoutRendering: {
      'relative-dates': 'compact shows titles only: no date to show.',
      'time-zone': 'compact shows titles only: no date to show.',
    },
  },
};
/** `grid`: three columns, two below 42em of container width, one below 26em. */
export const Grid: Story = { args: { layout: 'grid' } };

/** `relative-dates`: 3天前 / 3 days ago, from the reader's clock. */
export const RelativeDates: Story = {
  parameters: {
    controlsWithoutRendering: {
      'time-zone': 'Relative dates count days back from the reader’s clock: no zone or time of day is shown.',
    },
  },
  args: {
    'relative-dates': true,
    items: [1, 3, 10, 45].map((days, i) => ({
      title: zhCN[i]!.title,
      href: zhCN[i]!.href,
      date: new Date(Date.now() - days * 86_400_000).toISOString(),
    })),
  },
};

/**
 * Loading: the skeleton has the rows and size of the result (`limit` rows), so
 * nothing moves when the feed arrives. This story's feed never answers: its
 * `fetcher` waits for the abort signal.
 */
export const Loading: Story = {
  parameters: {
    controlsWithoutRendering: {
      src: '',
      'relative-dates': 'No list yet: nothing dated to show.',
      'time-zone': 'No list yet: nothing dated to show.',
      exclude: 'No list yet: nothing to leave out.',
    },
  },
  args: { items: undefined, src: '/related.json', limit: 3, layout: 'grid', timeout: 600_000 },
  render: (args) =>
    related(args, '', {
      fetcher: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    }),
};

/** Empty (items is []): a polite message under the heading. */
export const Empty: Story = {
  parameters: { controlsWithoutRendering: { ...emptyList, src: itemsGiven } },
  args: { items: [] },
};

/** `hide-empty`: with nothing to list, the element (heading included) is not shown; the paragraph after it moves up. */
export const HideEmpty: Story = {
  parameters: { controlsWithoutRendering: { ...emptyList, src: itemsGiven } },
  args: { items: [], 'hide-empty': true },
  render: (args) => html`<p>Before.</p>${related(args)}<p>After: nothing between.</p>`,
};

/**
 * Error: `src` names a feed that does not exist, so after one automatic retry
 * the message and a retry button appear (the console names the URL).
 */
export const LoadError: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    controlsWithoutRendering: {
      ...emptyList,
      // items, set, replace the error with their list: that control shows its change here.
      items: '',
      src: '',
      'hide-empty': 'Hides the block when its list is empty; here it shows an error.',
    },
    expectedConsole: [
      '<folio-related-posts> src: "/__folio-story-missing__/related.json" answered HTTP 404',
      // Chromium's own line for the failed request.
      'Failed to load resource: .* 404 .*/__folio-story-missing__/related\\.json',
    ],
  },
  args: { items: undefined, src: '/__folio-story-missing__/related.json', timeout: 3000 },
};

/** Bad items (no title, a javascript: link, an unsafe image) are skipped with console warnings; the good ones stay. */
export const BadItems: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    expectedConsole: [
      '<folio-related-posts> items\\[1\\].title: is missing or empty',
      '<folio-related-posts> items\\[2\\].href: "javascript:alert\\(1\\)"',
      '<folio-related-posts> items\\[3\\].image: "javascript:alert\\(2\\)"',
    ],
  },
  args: {
    items: [
      zhCN[0]!,
      { title: '', href: '/news/no-title.html' },
      { title: '脚本链接', href: 'javascript:alert(1)' },
      { ...zhCN[1]!, image: 'javascript:alert(2)' },
    ] as RelatedItem[],
    layout: 'grid',
  },
};

export const Dark: Story = { tags: ['screenshot'], args: { layout: 'grid' }, globals: { theme: 'dark' } };
export const DarkList: Story = { args: { layout: 'list' }, globals: { theme: 'dark' } };

/** A phone-sized viewport: the grid is one column of cards. */
export const NarrowViewport: Story = {
  args: { layout: 'grid' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (args) => html`<div style="max-inline-size: 320px">${related(args)}</div>`,
};
