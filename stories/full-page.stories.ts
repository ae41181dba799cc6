import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { keyed } from 'lit/directives/keyed.js';
import { seed, seedBodyHtml, seedDisclaimer } from '../fixtures/seed-article.js';
import '../src/index.js';
import type { ReportSubmitDetail } from '../src/report-dialog/report-dialog.js';

interface PageArgs {
  'normalize-punctuation': boolean;
  indent: boolean;
  toc: boolean;
  'reading-time': boolean;
  /** The related list's heading; empty for the locale's own (相关推荐 / Related posts …). */
  'related-heading': string;
}

/**
 * The captured body, marked as Chinese when the page around it is in another
 * language: screen readers then read it with a Chinese voice, and its
 * typography stays Chinese, while the tags' own chrome follows the page.
 */
function body(pageLocale: string): string {
  const html = seedBodyHtml();
  return pageLocale === seed.lang ? html : html.replace(/<(p|folio-section-heading)>/g, `<$1 lang="${seed.lang}">`);
}

// The story answers reports itself (as a CMS may, through folio-report-submit),
// so the whole flow can be tried without a server: a reference number comes back.
function answerReport(event: Event): void {
  (event as CustomEvent<ReportSubmitDetail>).detail.respondWith(Promise.resolve({ id: 'R-20230601-1040' }));
}

/**
 * The seed page as demo/seed-article.html composes it: the article, the
 * copyright notice whose button opens the report dialog, prev/next with the
 * captured dates (and their no-JavaScript fallback), the captured related
 * list (a heading and no items) and the dialog. Each story gets its own
 * dialog id, so stories shown together on the docs page never share one.
 */
function page(args: PageArgs, context: StoryContext<PageArgs>) {
  const locale = String(context.globals.locale ?? seed.lang);
  const dialogId = `report-dialog-${context.id}`;
  // normalize-punctuation rewrites the body's text once, in place: turned off in the controls, the page
  // starts again from the text as written.
  return html`<main @folio-report-submit=${answerReport}>
    ${keyed(
      args['normalize-punctuation'] ? 'normalized' : 'as written',
      html`<folio-article
      headline=${seed.title}
      time-zone=${seed.timeZone}
      reprint-notice=${seed.reprintNotice}
      ?normalize-punctuation=${args['normalize-punctuation']}
      ?indent=${args.indent}
      ?toc=${args.toc}
      ?reading-time=${args['reading-time']}
      structured-data
      >${unsafeHTML(body(locale))}</folio-article
    >`,
    )}

    <folio-copyright-notice report-dialog=${dialogId}><p>${seedDisclaimer}</p></folio-copyright-notice>

    <folio-post-nav prev-date=${seed.prev.datePublished} next-date=${seed.next.datePublished} time-zone=${seed.timeZone}>
      <p>${seed.prev.label} ${seed.prev.displayedAs}</p>
      <p>${seed.next.label} ${seed.next.displayedAs}</p>
    </folio-post-nav>

    <folio-related-posts heading=${args['related-heading'] || nothing}>
      <script type="application/json">${JSON.stringify(seed.related.items)}</script>
    </folio-related-posts>

    <folio-report-dialog id=${dialogId} page-title=${seed.title} min-fill-time="0"></folio-report-dialog>
  </main>`;
}

const meta: Meta<PageArgs> = {
  title: 'Pages/Seed article',
  render: page,
  args: {
    'normalize-punctuation': true,
    indent: true,
    toc: true,
    'reading-time': true,
    'related-heading': seed.related.heading,
  },
  parameters: {
    // A whole page per story: each in its own frame on the docs page.
    docs: {
      story: { inline: false, height: '900px' },
      description: {
        component:
          'All six tags on the seed article (`fixtures/seed-article`), composed as `demo/seed-article.html` composes them: attributes and children only. The capture’s gaps stay gaps: prev/next have dates but no titles or links, the report e-mail is empty (the notice opens the report dialog instead) and the related list is empty.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<PageArgs>;

/** The captured text unchanged: half-width `,` `:` `;` inside Chinese sentences (强调,加强), no first-line indent. */
export const CapturedText: Story = {
  name: 'zh-CN, captured text',
  args: { 'normalize-punctuation': false, indent: false },
  globals: { locale: 'zh-CN' },
};

/** As the demo page serves it: `normalize-punctuation` (强调，加强) and a 2em first-line indent. */
export const NormalizedPunctuation: Story = {
  name: 'zh-CN, normalize-punctuation',
  globals: { locale: 'zh-CN' },
};

/** The page in Traditional Chinese: the chrome (目錄, 上一篇, 相關推薦, 版權所有, the dialog) follows; the captured body stays Simplified Chinese (`lang="zh-CN"`). */
export const TraditionalChineseChrome: Story = {
  name: 'zh-TW chrome',
  args: { 'related-heading': '' },
  globals: { locale: 'zh-TW' },
};

/** The page in English: Contents, Previous / Next, Related posts, the notice and the dialog in English; the captured body stays Chinese. */
export const EnglishChrome: Story = {
  name: 'en chrome',
  args: { 'related-heading': '' },
  parameters: {
    controlsWithoutRendering: {
      indent: 'The 2em indent is for Chinese and Japanese paragraphs, and this page is in English (lang="en").',
    },
  },
  globals: { locale: 'en' },
};

/** The page in Japanese: 目次, 前の記事 / 次の記事, 関連記事 and the notice in Japanese; the captured body stays Chinese. */
export const JapaneseChrome: Story = {
  name: 'ja chrome',
  args: { 'related-heading': '' },
  globals: { locale: 'ja' },
};

export const Dark: Story = {
  name: 'zh-CN, dark theme',
  globals: { locale: 'zh-CN', theme: 'dark' },
};

/** A phone: the contents fold into a box, prev/next stack, the dialog (press 点击举报) takes the whole screen. */
export const Narrow: Story = {
  name: 'zh-CN, narrow viewport',
  globals: { locale: 'zh-CN', viewport: { value: 'mobile1', isRotated: false } },
  render: (args, context) =>
    html`<div style="max-inline-size: 320px; margin-inline: auto">${page(args, context)}</div>`,
};
