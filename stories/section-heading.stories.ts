import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { seed, seedBodyHtml } from '../fixtures/seed-article.js';
import '../src/section-heading/define.js';
import type { FolioSectionHeading } from '../src/section-heading/section-heading.js';

interface Args {
  text: string;
  level?: number;
  'anchor-id'?: string;
  numbered?: boolean;
}

const SEED_HEADINGS = seed.blocks.filter((b) => b.type === 'heading').map((b) => b.text);

// Copy results appear below the story, so a designer sees what a click did.
function showCopy(event: Event): void {
  const { url, copied } = (event as CustomEvent<{ url: string; copied: boolean }>).detail;
  const output = (event.currentTarget as HTMLElement).querySelector('output');
  if (output) output.textContent = `folio-link-copy: ${copied ? 'copied' : 'refused, shown to copy by hand'} ${url}`;
}

const frame = (
  content: unknown,
) => html`<div @folio-link-copy=${showCopy} style="max-inline-size: 40rem; line-height: 1.8">
  ${content}
  <output style="display:block; margin-block-start:1rem; font-size:0.8125rem; opacity:0.8; overflow-wrap:anywhere"></output>
</div>`;

const heading = (args: Args) => html`<folio-section-heading
  level=${ifDefined(args.level)}
  anchor-id=${ifDefined(args['anchor-id'] || undefined)}
  ?numbered=${args.numbered}
  >${args.text}</folio-section-heading
>`;

const paragraph = (lang: string) =>
  lang.startsWith('zh')
    ? html`<p>立德树人,是新时代教育的根本任务。做好思想政治工作,办好思想政治理论课,就抓住了教育的根和魂。</p>`
    : lang === 'ja'
      ? html`<p>見出しの下の本文です。見出しにマウスを重ねるか、Tab キーでフォーカスすると、リンクのコピーボタンが表示されます。</p>`
      : html`<p>Body text under the heading. Hover the heading or Tab to it to reveal the copy-link button.</p>`;

/** An outline of every level, numbered, in the story root's language. */
const outline = (lang: string, titles: string[]) =>
  frame(html`
  ${[2, 3, 3, 4, 5, 6, 2, 3].map(
    (level, i) =>
      html`<folio-section-heading numbered level=${level}>${titles[i % titles.length]}</folio-section-heading>${paragraph(lang)}`,
  )}
`);

const meta: Meta<Args> = {
  title: 'Tags/folio-section-heading',
  component: 'folio-section-heading',
  render: (args) => frame(html`${heading(args)}${paragraph('zh')}`),
  args: { text: SEED_HEADINGS[0]!, numbered: false },
  argTypes: { level: { control: { type: 'number', min: 2, max: 6 } } },
  // heading-level 1 (what +1 makes of an unset level read as 0) is refused: the test sets 4.
  parameters: { controlTestValues: { level: 4 } },
};
export default meta;
type Story = StoryObj<Args>;

/** The seed's first heading as captured (half-width comma): an `<h2>` whose id keeps the Han text. Hover or Tab to it to see the copy button. */
/** Stories that draw fixed headings (an outline, every locale) rather than one from the controls: no controls. */
const fixedContent = { controls: { exclude: /.*/ } };

export const Default: Story = {};

/** Levels 2 to 6, each a real `<h2>`–`<h6>`. */
export const Levels: Story = {
  parameters: fixedContent,
  render: () =>
    frame(
      html`${[2, 3, 4, 5, 6].map((level) => html`<folio-section-heading level=${level}>第${level}级标题 Level ${level}</folio-section-heading>${paragraph('zh')}`)}`,
    ),
};

/** GB/T 9704: 一、 （一） 1. （1） ①. */
export const NumberedSimplifiedChinese: Story = {
  parameters: fixedContent,
  render: () => outline('zh-CN', ['筑牢战斗堡垒', '坚持立德树人', '发挥模范作用', '深化党建引领']),
  globals: { locale: 'zh-CN' },
};

/** Taiwan's 文書處理手冊: 一、 （一） 1、 （1） 甲、. */
export const NumberedTraditionalChinese: Story = {
  parameters: fixedContent,
  render: () => outline('zh-TW', ['築牢戰鬥堡壘', '堅持立德樹人', '發揮模範作用', '深化黨建引領']),
  globals: { locale: 'zh-TW' },
};

/** Nested decimals: 1. 1.1 1.1.1. */
export const NumberedEnglish: Story = {
  parameters: fixedContent,
  tags: ['screenshot'],
  render: () => outline('en', ['Background', 'Method', 'Results', 'Discussion']),
  globals: { locale: 'en' },
};

/** Full-width Arabic numerals, as modern horizontal Japanese documents number sections: １． （１） ① ア． （ア）. */
export const NumberedJapanese: Story = {
  parameters: fixedContent,
  render: () => outline('ja', ['はじめに', '方法', '結果', '考察']),
  globals: { locale: 'ja' },
};

/** A long heading in a narrow column: it wraps in balanced lines, clear of the button's room at the line end. */
export const LongHeadingWrapping: Story = {
  parameters: fixedContent,
  render: () =>
    frame(html`<div style="max-inline-size: 20rem">
      <folio-section-heading numbered>西宁市青藏铁路花园学校党委发挥“南京—西宁”教育发展优势,坚持理论研究和实践探索同向发力</folio-section-heading>
      ${paragraph('zh')}
    </div>`),
  globals: { locale: 'zh-CN' },
};

/** `anchor-id` fixes the id (`#party-building`) whatever the text says. */
export const AnchorId: Story = { args: { 'anchor-id': 'party-building' } };

/**
 * The copy button just after copying: a check mark, and “已复制本节链接”
 * announced politely. (The story stands in for the clipboard, which
 * Storybook's frame may refuse.) The state lasts a few seconds; press the
 * button to see it again.
 */
export const CopySuccess: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<FolioSectionHeading>('folio-section-heading')!;
    await el.updateComplete;
    const clipboard = navigator.clipboard;
    const original = clipboard?.writeText;
    if (clipboard) clipboard.writeText = () => Promise.resolve();
    try {
      el.querySelector('button')!.focus();
      await el.copyLink();
    } finally {
      if (clipboard && original) clipboard.writeText = original;
    }
  },
};

/** When every way of copying is refused, the link is shown, selected, to copy by hand (Escape closes it). */
export const CopyRefused: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<FolioSectionHeading>('folio-section-heading')!;
    await el.updateComplete;
    const clipboard = navigator.clipboard;
    const original = clipboard?.writeText;
    const execCommand = document.execCommand;
    if (clipboard)
      clipboard.writeText = () => Promise.reject(new DOMException('Refused by the story', 'NotAllowedError'));
    document.execCommand = () => false;
    try {
      await el.copyLink();
    } finally {
      if (clipboard && original) clipboard.writeText = original;
      document.execCommand = execCommand;
    }
  },
};

/** The same heading in the four built-in locales: the button's name and the number follow `lang`. */
export const Locales: Story = {
  parameters: fixedContent,
  render: () =>
    frame(
      html`${['zh-CN', 'zh-TW', 'en', 'ja'].map(
        (lang) => html`<section lang=${lang}>
        <folio-section-heading numbered>${lang}: ${SEED_HEADINGS[1]}</folio-section-heading>
        ${paragraph(lang)}
      </section>`,
      )}`,
    ),
};

/** Right to left: the button's room and the button move to the left. */
export const RightToLeft: Story = {
  args: { text: 'تعزيز بناء المنظمات الحزبية في المدارس', numbered: true },
  render: (args) => frame(html`${heading(args)}<p>نص الفقرة تحت العنوان.</p>`),
  globals: { locale: 'ar' },
};

export const DarkTheme: Story = {
  parameters: fixedContent,
  render: () => outline('zh-CN', SEED_HEADINGS),
  globals: { locale: 'zh-CN', theme: 'dark' },
};

/** The seed article's body: its four section headings among the captured paragraphs, numbered 一、 to 四、. */
export const SeedHeadings: Story = {
  parameters: fixedContent,
  tags: ['screenshot'],
  render: () =>
    frame(unsafeHTML(seedBodyHtml().replace(/<folio-section-heading>/g, '<folio-section-heading numbered>'))),
  globals: { locale: 'zh-CN' },
};

/**
 * Bad input renders gracefully, with a console warning naming the attribute:
 * `level="9"` (an `<h6>`), `anchor-id` with spaces (dashes), an empty heading (hidden).
 */
export const BadInput: Story = {
  // Bad input on purpose: these warnings are the story's point (test/storybook/storybook.spec.ts checks them).
  parameters: {
    ...fixedContent,
    expectedConsole: [
      '<folio-section-heading> level: "9" is outside 2–6',
      '<folio-section-heading> anchor-id: "my section" contains whitespace',
      '<folio-section-heading> text: the heading has no text',
    ],
  },
  render: () =>
    frame(html`
      <folio-section-heading level="9">level="9" renders an h6</folio-section-heading>
      <folio-section-heading anchor-id="my section">anchor-id="my section" becomes #my-section</folio-section-heading>
      <folio-section-heading></folio-section-heading>
      <p>(An empty heading is above this paragraph, hidden.)</p>
    `),
  globals: { locale: 'en' },
};
