import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed } from '../fixtures/seed-article.js';
import '../src/post-nav/define.js';

interface Args {
  'prev-href'?: string;
  'prev-title'?: string;
  'prev-date'?: string;
  'next-href'?: string;
  'next-title'?: string;
  'next-date'?: string;
  'time-zone'?: string;
  keyboard?: boolean;
  prefetch?: boolean;
}

// Stories never leave Storybook: every folio-navigate is canceled (as a
// single-page site would) and shown below the navigation instead.
function showNavigation(event: Event): void {
  event.preventDefault();
  const { direction, href } = (event as CustomEvent<{ direction: string; href: string }>).detail;
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (output) output.textContent = `folio-navigate: ${direction} → ${href} (canceled by the story)`;
}

const render = (args: Args, fallback: unknown = nothing) => html`<div @folio-navigate=${showNavigation}>
  <folio-post-nav
    prev-href=${ifDefined(args['prev-href'])}
    prev-title=${ifDefined(args['prev-title'])}
    prev-date=${ifDefined(args['prev-date'])}
    next-href=${ifDefined(args['next-href'])}
    next-title=${ifDefined(args['next-title'])}
    next-date=${ifDefined(args['next-date'])}
    time-zone=${ifDefined(args['time-zone'])}
    ?keyboard=${args.keyboard}
    ?prefetch=${args.prefetch}
    >${fallback}</folio-post-nav
  >
  <output style="display:block; margin-block-start:0.75rem; font-size:0.8125rem; opacity:0.8"></output>
</div>`;

const meta: Meta<Args> = {
  title: 'Tags/folio-post-nav',
  component: 'folio-post-nav',
  render: (args) => render(args),
  args: { keyboard: false, prefetch: false },
  parameters: {
    // What the story test (test/storybook/storybook.spec.ts) may not see change, and why.
    controlsWithoutRendering: {
      prefetch: 'Adds a prefetch hint when a link is hovered or focused: nothing is drawn.',
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const dates = {
  'prev-date': '2023-06-01T10:40:00+08:00',
  'next-date': '2023-06-01T10:56:00+08:00',
  'time-zone': 'Asia/Shanghai',
};

/**
 * The seed article as captured: dates only, no titles or links, so both
 * sides are plain text: 上一篇 2023年6月1日 上午10:40. The light-DOM
 * paragraphs are the fallback for readers without JavaScript.
 */
export const SeedData: Story = {
  tags: ['screenshot'],
  parameters: {
    controlsWithoutRendering: {
      keyboard: 'The shortcuts follow links (and are announced on them), and this story has none.',
    },
  },
  args: { 'prev-date': seed.prev.datePublished, 'next-date': seed.next.datePublished, 'time-zone': seed.timeZone },
  render: (args) =>
    render(
      args,
      html`<p>${seed.prev.label} ${seed.prev.displayedAs}</p><p>${seed.next.label} ${seed.next.displayedAs}</p>`,
    ),
  globals: { locale: 'zh-CN' },
};

const zh = {
  ...dates,
  'prev-href': '#news-1039',
  'prev-title': '市教育局召开2023年全市教育系统安全工作会议',
  'next-href': '#news-1041',
  'next-title': '西宁市举办中小学校党组织书记交心茶座',
};

/** Titles, links and dates, with the keyboard shortcuts on (← / k previous, → / j next). */
export const FullSimplifiedChinese: Story = {
  tags: ['screenshot'],
  args: { ...zh, keyboard: true },
  globals: { locale: 'zh-CN' },
};

export const FullTraditionalChinese: Story = {
  args: {
    ...dates,
    'prev-href': '#news-1039',
    'prev-title': '市教育局召開2023年全市教育系統安全工作會議',
    'next-href': '#news-1041',
    'next-title': '西寧市舉辦中小學校黨組織書記交心茶座',
    'time-zone': 'Asia/Taipei',
  },
  globals: { locale: 'zh-TW' },
};

export const FullEnglish: Story = {
  args: {
    ...dates,
    'prev-href': '#news-1039',
    'prev-title': 'City education bureau holds its 2023 school safety meeting',
    'next-href': '#news-1041',
    'next-title': 'Xining school party secretaries meet over tea',
    'time-zone': 'Europe/London',
  },
  globals: { locale: 'en' },
};

export const FullJapanese: Story = {
  args: {
    ...dates,
    'prev-href': '#news-1039',
    'prev-title': '市教育局、2023年度学校安全会議を開催',
    'next-href': '#news-1041',
    'next-title': '西寧市で学校党組織書記の懇談会',
    'time-zone': 'Asia/Tokyo',
  },
  globals: { locale: 'ja' },
};

/** Arabic, right to left: previous on the right, arrows mirrored, and → goes to the previous article. */
export const RightToLeft: Story = {
  args: {
    ...dates,
    'prev-href': '#prev',
    'prev-title': 'وزارة التعليم تعقد اجتماع السلامة المدرسية لعام 2023',
    'next-href': '#next',
    'next-title': 'لقاء مديري المدارس في شينينغ',
    keyboard: true,
  },
  globals: { locale: 'ar' },
};

/** Titles clamp to two lines; hover shows the full title, and screen readers read all of it. */
export const LongTitles: Story = {
  args: {
    ...zh,
    'prev-title':
      '以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局，持续深化“红色引领 四心融合”党建工作模式，深入实施“三高六提升”行动计划',
    'next-title':
      'A very long English headline that goes on and on about the term that starts in Xining, the tea session, the party secretaries and everything else they discussed',
  },
};

/** The newest article: nothing after it. Previous keeps to the start. */
export const OnlyPrevious: Story = {
  args: {
    'prev-href': zh['prev-href'],
    'prev-title': zh['prev-title'],
    'prev-date': zh['prev-date'],
    'time-zone': zh['time-zone'],
  },
};

/** The oldest article: next still sits on the end side. */
export const OnlyNext: Story = {
  args: {
    'next-href': zh['next-href'],
    'next-title': zh['next-title'],
    'next-date': zh['next-date'],
    'time-zone': zh['time-zone'],
  },
};

/** `prev-href="javascript:alert(1)"` is refused with a console warning; that side is plain text. */
export const UnsafeHref: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    expectedConsole: ['<folio-post-nav> prev-href: "javascript:alert\\(1\\)" uses the javascript: scheme'],
    // Removing the refused address draws the same plain text: the test gives a safe one, which becomes a link.
    controlTestValues: { 'prev-href': '#news-1039' },
  },
  args: { ...zh, 'prev-href': 'javascript:alert(1)' },
};

export const Dark: Story = { tags: ['screenshot'], args: zh, globals: { theme: 'dark' } };

/** In a 320px column the sides stack; next stays at the end. */
export const NarrowViewport: Story = {
  tags: ['screenshot'],
  args: zh,
  render: (args) => html`<div style="inline-size: 320px; outline: 1px dashed #8888">${render(args)}</div>`,
};

/** Hovering or focusing a link adds a prefetch hint for it to `<head>` (same-origin pages only). */
export const Prefetch: Story = {
  args: { ...zh, 'prev-href': '/?prefetch=prev', 'next-href': '/?prefetch=next', prefetch: true },
};
