import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { seed } from '../fixtures/seed-article.js';
import '../src/post-nav/define.js';

interface Args {
  prevHref?: string;
  prevTitle?: string;
  prevDate?: string;
  nextHref?: string;
  nextTitle?: string;
  nextDate?: string;
  timeZone?: string;
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
    prev-href=${ifDefined(args.prevHref)}
    prev-title=${ifDefined(args.prevTitle)}
    prev-date=${ifDefined(args.prevDate)}
    next-href=${ifDefined(args.nextHref)}
    next-title=${ifDefined(args.nextTitle)}
    next-date=${ifDefined(args.nextDate)}
    time-zone=${ifDefined(args.timeZone)}
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
};
export default meta;
type Story = StoryObj<Args>;

const dates = {
  prevDate: '2023-06-01T10:40:00+08:00',
  nextDate: '2023-06-01T10:56:00+08:00',
  timeZone: 'Asia/Shanghai',
};

/**
 * The seed article as captured: dates only, no titles or links, so both
 * sides are plain text: 上一篇 2023年6月1日 上午10:40. The light-DOM
 * paragraphs are the fallback for readers without JavaScript.
 */
export const SeedData: Story = {
  args: { prevDate: seed.prev.datePublished, nextDate: seed.next.datePublished, timeZone: seed.timeZone },
  render: (args) =>
    render(
      args,
      html`<p>${seed.prev.label} ${seed.prev.displayedAs}</p><p>${seed.next.label} ${seed.next.displayedAs}</p>`,
    ),
  globals: { locale: 'zh-CN' },
};

const zh = {
  ...dates,
  prevHref: '#news-1039',
  prevTitle: '市教育局召开2023年全市教育系统安全工作会议',
  nextHref: '#news-1041',
  nextTitle: '西宁市举办中小学校党组织书记交心茶座',
};

/** Titles, links and dates, with the keyboard shortcuts on (← / k previous, → / j next). */
export const FullSimplifiedChinese: Story = { args: { ...zh, keyboard: true }, globals: { locale: 'zh-CN' } };

export const FullTraditionalChinese: Story = {
  args: {
    ...dates,
    prevHref: '#news-1039',
    prevTitle: '市教育局召開2023年全市教育系統安全工作會議',
    nextHref: '#news-1041',
    nextTitle: '西寧市舉辦中小學校黨組織書記交心茶座',
    timeZone: 'Asia/Taipei',
  },
  globals: { locale: 'zh-TW' },
};

export const FullEnglish: Story = {
  args: {
    ...dates,
    prevHref: '#news-1039',
    prevTitle: 'City education bureau holds its 2023 school safety meeting',
    nextHref: '#news-1041',
    nextTitle: 'Xining school party secretaries meet over tea',
    timeZone: 'Europe/London',
  },
  globals: { locale: 'en' },
};

export const FullJapanese: Story = {
  args: {
    ...dates,
    prevHref: '#news-1039',
    prevTitle: '市教育局、2023年度学校安全会議を開催',
    nextHref: '#news-1041',
    nextTitle: '西寧市で学校党組織書記の懇談会',
    timeZone: 'Asia/Tokyo',
  },
  globals: { locale: 'ja' },
};

/** Arabic, right to left: previous on the right, arrows mirrored, and → goes to the previous article. */
export const RightToLeft: Story = {
  args: {
    ...dates,
    prevHref: '#prev',
    prevTitle: 'وزارة التعليم تعقد اجتماع السلامة المدرسية لعام 2023',
    nextHref: '#next',
    nextTitle: 'لقاء مديري المدارس في شينينغ',
    keyboard: true,
  },
  globals: { locale: 'ar' },
};

/** Titles clamp to two lines; hover shows the full title, and screen readers read all of it. */
export const LongTitles: Story = {
  args: {
    ...zh,
    prevTitle:
      '以高质量党建推动教育高质量发展——市委教育工委探索打造党建引领基层治理新格局，持续深化“红色引领 四心融合”党建工作模式，深入实施“三高六提升”行动计划',
    nextTitle:
      'A very long English headline that goes on and on about the term that starts in Xining, the tea session, the party secretaries and everything else they discussed',
  },
};

/** The newest article: nothing after it. Previous keeps to the start. */
export const OnlyPrevious: Story = {
  args: { prevHref: zh.prevHref, prevTitle: zh.prevTitle, prevDate: zh.prevDate, timeZone: zh.timeZone },
};

/** The oldest article: next still sits on the end side. */
export const OnlyNext: Story = {
  args: { nextHref: zh.nextHref, nextTitle: zh.nextTitle, nextDate: zh.nextDate, timeZone: zh.timeZone },
};

/** `prev-href="javascript:alert(1)"` is refused with a console warning; that side is plain text. */
export const UnsafeHref: Story = { args: { ...zh, prevHref: 'javascript:alert(1)' } };

export const Dark: Story = { args: zh, globals: { theme: 'dark' } };

/** In a 320px column the sides stack; next stays at the end. */
export const NarrowViewport: Story = {
  args: zh,
  render: (args) => html`<div style="inline-size: 320px; outline: 1px dashed #8888">${render(args)}</div>`,
};

/** Hovering or focusing a link adds a prefetch hint for it to `<head>` (same-origin pages only). */
export const Prefetch: Story = {
  args: { ...zh, prevHref: '/?prefetch=prev', nextHref: '/?prefetch=next', prefetch: true },
};
