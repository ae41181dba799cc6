import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { seed, seedDisclaimer } from '../fixtures/seed-article.js';
import '../src/copyright-notice/define.js';
import '../src/report-dialog/define.js';

interface Args {
  holder?: string;
  'year-start'?: string;
  'year-end'?: string;
  license?: string;
  'reprint-notice'?: string;
  'report-email'?: string;
  'report-dialog'?: string;
  'normalize-punctuation'?: boolean;
  /** The slotted disclaimer (story only). */
  disclaimer?: string;
}

// normalize-punctuation rewrites the disclaimer's text once, in place: turned off in the controls, the
// story starts again from the text as written.
const render = (args: Args) =>
  html`${keyed(
    args['normalize-punctuation'] ? 'normalized' : 'as written',
    html`<folio-copyright-notice
  holder=${ifDefined(args.holder)}
  year-start=${ifDefined(args['year-start'])}
  year-end=${ifDefined(args['year-end'])}
  license=${ifDefined(args.license)}
  reprint-notice=${ifDefined(args['reprint-notice'])}
  report-email=${ifDefined(args['report-email'])}
  report-dialog=${ifDefined(args['report-dialog'])}
  ?normalize-punctuation=${args['normalize-punctuation']}
  >${args.disclaimer ? html`<p>${args.disclaimer}</p>` : nothing}</folio-copyright-notice
>`,
  )}`;

/** A notice with a real <folio-report-dialog> beside it, which its button opens. The dialog has no `action` here: submitting says reporting is not configured. */
const withDialog = (args: Args) => html`${render(args)}
  <folio-report-dialog id=${ifDefined(args['report-dialog'])}></folio-report-dialog>`;

const meta: Meta<Args> = {
  title: 'Tags/folio-copyright-notice',
  component: 'folio-copyright-notice',
  render: (args) => render(args),
  // Years the story test (test/storybook/storybook.spec.ts) sets: a shortened year would be refused (and no
  // story starts in 2019).
  parameters: { controlTestValues: { 'year-start': '2019', 'year-end': '2024' } },
};

/** Controls that show nothing in a story, and why (test/storybook/storybook.spec.ts checks the others change it). */
const noDisclaimer = {
  'normalize-punctuation': 'Rewrites the slotted disclaimer, and this story has none: nothing to normalize.',
};
const fullWidthDisclaimer = {
  'normalize-punctuation':
    'This disclaimer has no half-width punctuation next to Han to replace (see Traditional Chinese for one that has).',
};
export default meta;
type Story = StoryObj<Args>;

/** A sample holder (the seed article is about Xining's education bureau) and the article's year. */
const seedSite = { holder: '西宁市教育局', 'year-start': '2023' };

/**
 * The seed article as captured: its reprint notice and its 版权声明 paragraph,
 * without the last sentence. The captured report e-mail was empty, and there is
 * no dialog here, so no report sentence is written at all (never 请发送邮件至 举报).
 */
export const SeedData: Story = {
  args: { 'reprint-notice': seed.reprintNotice, disclaimer: seedDisclaimer },
  globals: { locale: 'zh-CN' },
};

/** The seed page as the demo composes it: the same notice, with a report button that opens the page's report dialog. */
export const SeedDataWithReportDialog: Story = {
  tags: ['screenshot'],
  args: { 'reprint-notice': seed.reprintNotice, disclaimer: seedDisclaimer, 'report-dialog': 'story-dialog-seed' },
  render: withDialog,
  globals: { locale: 'zh-CN' },
};

/** No license attribute: all rights reserved, in the locale's wording (版权所有 © 2023–… 西宁市教育局). */
export const AllRightsReserved: Story = {
  tags: ['screenshot'],
  parameters: { controlsWithoutRendering: noDisclaimer },
  args: { ...seedSite, 'reprint-notice': '未经许可不得转载' },
  globals: { locale: 'zh-CN' },
};

/** A Creative Commons license: its official name in the locale, linked (rel="license") to the deed in the reader's language, and its short code. */
export const CreativeCommons: Story = {
  parameters: { controlsWithoutRendering: noDisclaimer },
  args: { ...seedSite, license: 'cc-by-nc-nd-4.0' },
  globals: { locale: 'zh-CN' },
};

/** Every Creative Commons license the notice knows, one notice each (switch the toolbar locale to compare names and deeds). */
export const AllCreativeCommonsLicenses: Story = {
  // Fixed notices, one per license: no controls.
  parameters: { controls: { exclude: /.*/ } },
  render: () => html`<div style="display:grid; gap:1.25rem">
    ${[
      'cc-by-4.0',
      'cc-by-sa-4.0',
      'cc-by-nd-4.0',
      'cc-by-nc-4.0',
      'cc-by-nc-sa-4.0',
      'cc-by-nc-nd-4.0',
      'cc-by-sa-3.0',
      'cc-by-nc-nd-3.0',
      'cc0-1.0',
    ].map(
      (license) =>
        html`<folio-copyright-notice holder="Example Media" year-start="2021" license=${license}></folio-copyright-notice>`,
    )}
  </div>`,
};

const full: Args = {
  license: 'cc-by-nc-nd-4.0',
  'report-email': 'report@example.com',
};

export const SimplifiedChinese: Story = {
  args: {
    ...full,
    holder: '西宁市教育局',
    'year-start': '2020',
    'reprint-notice': '未经许可不得转载',
    disclaimer: seedDisclaimer,
    'report-dialog': 'story-dialog-zh-cn',
  },
  render: withDialog,
  globals: { locale: 'zh-CN' },
};

export const TraditionalChinese: Story = {
  args: {
    ...full,
    holder: '西寧市教育局',
    'year-start': '2020',
    'reprint-notice': '未經許可不得轉載',
    // As a CMS often captures it, half-width (normalize-punctuation turns it into ：and ，).
    disclaimer: '版權聲明:本文內容由網路使用者自發貢獻,該文觀點僅代表作者本人。',
    'report-dialog': 'story-dialog-zh-tw',
  },
  render: withDialog,
  globals: { locale: 'zh-TW' },
};

export const English: Story = {
  parameters: { controlsWithoutRendering: fullWidthDisclaimer },
  args: {
    ...full,
    holder: 'Example Media Ltd.',
    'year-start': '2020',
    'reprint-notice': 'Do not reprint without permission.',
    disclaimer: 'Views expressed are the author’s own. This site only stores content and does not own it.',
    'report-dialog': 'story-dialog-en',
  },
  render: withDialog,
  globals: { locale: 'en' },
};

export const Japanese: Story = {
  parameters: { controlsWithoutRendering: fullWidthDisclaimer },
  args: {
    ...full,
    holder: '株式会社サンプル',
    'year-start': '2020',
    'reprint-notice': '無断転載を禁じます',
    disclaimer: '記事の内容は投稿者個人の見解です。',
    'report-dialog': 'story-dialog-ja',
  },
  render: withDialog,
  globals: { locale: 'ja' },
};

/** With `report-email` only: a mailto link inside the sentence (请发送邮件至 x 举报). */
export const WithEmail: Story = {
  args: { ...seedSite, 'report-email': 'report@example.com', disclaimer: seedDisclaimer },
  globals: { locale: 'zh-CN' },
};

/** With `report-dialog` only: a button that opens the <folio-report-dialog> beside it. */
export const WithDialog: Story = {
  args: { ...seedSite, 'report-dialog': 'story-dialog-only', disclaimer: seedDisclaimer },
  render: withDialog,
  globals: { locale: 'zh-CN' },
};

/** With both: one sentence, 请点击举报或发送邮件至 x 举报. */
export const WithEmailAndDialog: Story = {
  args: {
    ...seedSite,
    'report-email': 'report@example.com',
    'report-dialog': 'story-dialog-both',
    disclaimer: seedDisclaimer,
  },
  render: withDialog,
  globals: { locale: 'zh-CN' },
};

/**
 * `report-dialog` names no element: pressing the button warns (see the
 * console) and falls back to the e-mail, moving focus to its link.
 */
export const MissingDialog: Story = {
  parameters: {
    controlsWithoutRendering: {
      ...noDisclaimer,
      'report-dialog':
        'Any name that is on no element draws the same button (the warning comes when it is pressed); see With Dialog for one that is.',
    },
  },
  args: { ...seedSite, 'report-email': 'report@example.com', 'report-dialog': 'no-such-dialog' },
  globals: { locale: 'zh-CN' },
};

/** Bad data, each warned about in the console naming its attribute: an invalid e-mail (no link, no broken sentence), an unknown license (shown as written), years the wrong way round (shown in order). */
export const BadInput: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    expectedConsole: [
      '<folio-copyright-notice> year-start: 2024 is after year-end 2019',
      '<folio-copyright-notice> license: "GFDL-1.3" is not a license code',
      '<folio-copyright-notice> report-email: "请发送邮件至" is not an e-mail address',
    ],
  },
  args: {
    holder: '西宁市教育局',
    'year-start': '2024',
    'year-end': '2019',
    license: 'GFDL-1.3',
    'report-email': '请发送邮件至',
    disclaimer: seedDisclaimer,
  },
  globals: { locale: 'zh-CN' },
};

export const Dark: Story = {
  tags: ['screenshot'],
  args: {
    ...seedSite,
    ...full,
    'reprint-notice': '未经许可不得转载',
    disclaimer: seedDisclaimer,
    'report-dialog': 'story-dialog-dark',
  },
  render: withDialog,
  globals: { locale: 'zh-CN', theme: 'dark' },
};

/** A phone-width column: the lines wrap, links break inside long addresses. */
export const Narrow: Story = {
  args: {
    ...seedSite,
    ...full,
    'report-email': 'copyright-complaints@news.example.com',
    'reprint-notice': '未经许可不得转载',
    disclaimer: seedDisclaimer,
    'report-dialog': 'story-dialog-narrow',
  },
  render: (args) =>
    html`<div style="max-inline-size: 20rem; border-inline: 1px dashed #d1d9e0; padding-inline: 0.75rem">${withDialog(args)}</div>`,
  globals: { locale: 'zh-CN' },
};
