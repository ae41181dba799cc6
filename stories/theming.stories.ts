import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { seed, seedDisclaimer } from '../fixtures/seed-article.js';
import '../src/index.js';

/** A few `--folio-*` properties: change them in the controls and every tag follows. */
interface ThemeArgs {
  '--folio-color-accent': string;
  '--folio-color-on-accent': string;
  '--folio-color-text': string;
  '--folio-color-text-muted': string;
  '--folio-color-background': string;
  '--folio-color-surface': string;
  '--folio-color-border': string;
  '--folio-radius': string;
  '--folio-font-body': string;
}

const zh = {
  prevTitle: '市教育局召开2023年全市教育系统安全工作会议',
  nextTitle: '西宁市举办中小学校党组织书记交心茶座',
};

const related = [
  {
    title: '市委教育工委召开基层党建工作推进会，部署下半年重点任务',
    href: '/news/2023/1041.html',
    date: '2023-06-01T09:15:00+08:00',
  },
  { title: '全市中小学“书香校园”建设成果展开幕', href: '/news/2023/0988.html', date: '2023-05-30T15:30:00+08:00' },
  { title: '新建改扩建中小学校项目全部开工', href: '/news/2023/0961.html', date: '2023-05-26T11:00:00+08:00' },
];

/**
 * A small article page whose container sets the properties, as a site's
 * stylesheet would on `:root` or any ancestor: the light-DOM article and
 * headings and the shadow-DOM widgets all read them. The container paints
 * the page with the same colours, so text is judged on the background it
 * will really have.
 */
function themedPage(args: ThemeArgs, context: StoryContext<ThemeArgs>, extraClass = '') {
  const dialogId = `theming-dialog-${context.id}`;
  return html`<div
    class="folio-theme-demo ${extraClass}"
    style=${styleMap({ ...args, background: 'var(--folio-color-background)', color: 'var(--folio-color-text)', padding: '1.5rem', borderRadius: 'var(--folio-radius)' })}
  >
    <folio-article headline="以高质量党建推动教育高质量发展" time-zone=${seed.timeZone} date-published=${seed.prev.datePublished} reprint-notice=${seed.reprintNotice} reading-time>
      <p>习近平总书记强调，加强党对学校工作的全面领导，加强和改进学校党的建设，是办好学校的根本保证。详见<a href="#theming-link">教育部通知</a>。</p>
      <folio-section-heading>筑牢战斗堡垒，练强抓严学校党组织建设的基本功</folio-section-heading>
      <p>“中小学校党的建设，是党的基层组织建设重要组成部分”。</p>
    </folio-article>
    <folio-copyright-notice holder="西宁市教育局" year-start="2023" license="cc-by-nc-nd-4.0" report-email="report@example.com" report-dialog=${dialogId}>
      <p>${seedDisclaimer}</p>
    </folio-copyright-notice>
    <folio-post-nav prev-href="#news-1039" prev-title=${zh.prevTitle} prev-date=${seed.prev.datePublished} next-href="#news-1041" next-title=${zh.nextTitle} next-date=${seed.next.datePublished} time-zone=${seed.timeZone}></folio-post-nav>
    <folio-related-posts .items=${related} time-zone=${seed.timeZone}></folio-related-posts>
    <folio-report-dialog id=${dialogId} page-title=${seed.title}></folio-report-dialog>
  </div>`;
}

const colour = { control: 'color' } as const;

const meta: Meta<ThemeArgs> = {
  title: 'Foundations/Theming',
  // The docs page is Theming.mdx.
  tags: ['!autodocs'],
  render: (args, context) => themedPage(args, context),
  argTypes: {
    '--folio-color-accent': colour,
    '--folio-color-on-accent': colour,
    '--folio-color-text': colour,
    '--folio-color-text-muted': colour,
    '--folio-color-background': colour,
    '--folio-color-surface': colour,
    '--folio-color-border': colour,
  },
  // A warm "paper" theme; every text colour keeps WCAG AA contrast on its background.
  args: {
    '--folio-color-accent': '#9c3d10',
    '--folio-color-on-accent': '#ffffff',
    '--folio-color-text': '#2b2118',
    '--folio-color-text-muted': '#6a5d4d',
    '--folio-color-background': '#fbf8f1',
    '--folio-color-surface': '#f1ebdd',
    '--folio-color-border': '#d8cfbd',
    '--folio-radius': '12px',
    '--folio-font-body': 'Georgia, "Noto Serif CJK SC", "Source Han Serif SC", serif',
  },
  globals: { locale: 'zh-CN', theme: 'light' },
};
export default meta;
type Story = StoryObj<ThemeArgs>;

/** Nine properties re-theme every tag: change them in the controls. */
export const SiteTheme: Story = { name: 'A site’s own theme' };

/** The same properties for a dark site (with `data-folio-theme="dark"` on an ancestor, for the tags’ own built-in values). */
export const SiteThemeDark: Story = {
  name: 'A site’s own theme, dark',
  args: {
    '--folio-color-accent': '#f4a261',
    '--folio-color-on-accent': '#1c1917',
    '--folio-color-text': '#f5efe6',
    '--folio-color-text-muted': '#b8ab98',
    '--folio-color-background': '#1c1917',
    '--folio-color-surface': '#292420',
    '--folio-color-border': '#4a423a',
  },
  globals: { locale: 'zh-CN', theme: 'dark' },
};

/**
 * `::part()` reaches inside the widgets for what no property covers: here the
 * navigation's labels in small capitals, the related list's heading with an
 * accent rule, and the licence code as a badge.
 */
export const Parts: Story = {
  name: '::part() styling',
  render: (args, context) => html`<style>
      .folio-parts-demo folio-post-nav::part(label) {
        font-variant-caps: all-small-caps;
        letter-spacing: 0.08em;
      }
      .folio-parts-demo folio-related-posts::part(heading) {
        border-inline-start: 4px solid var(--folio-color-accent);
        padding-inline-start: 0.6rem;
      }
      .folio-parts-demo folio-copyright-notice::part(license-code) {
        border: 1px solid currentColor;
        border-radius: 999px;
        padding-inline: 0.5em;
      }
    </style>
    ${themedPage(args, context, 'folio-parts-demo')}`,
};
