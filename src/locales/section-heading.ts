import { addBuiltinStrings } from './registry.js';

/** The heading levels `<folio-section-heading>` renders. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Strings of `<folio-section-heading>`; those of its copy button's
 * behaviour travel with it (section-heading-copy.ts).
 *
 * `headingNumbering` is how `numbered` headings are numbered: for each level, a
 * CSS `content` value built from the counters `folio-heading-2` …
 * `folio-heading-6` (see numbering.ts). A site registering a locale can give
 * its own, e.g. `{ 2: 'counter(folio-heading-2, upper-roman) ". "' }`.
 */
export interface SectionHeadingStrings {
  /** The copy button's accessible name; `heading` is the heading's text (may be empty). */
  headingCopyLink: (heading: string) => string;
  headingNumbering: Record<HeadingLevel, string>;
}

declare module './registry.js' {
  interface FolioStrings extends SectionHeadingStrings {}
}

/**
 * Numbering styles. Chinese follows the official document standards, which
 * most Chinese publications also use for section numbers: the mainland's
 * GB/T 9704-2012 (一、 （一） 1. （1）) and Taiwan's 文書處理手冊
 * (一、 （一） 1、 （1） 甲、). Japanese uses full-width Arabic numerals (１．
 * （１） ① ア． （ア）), as modern horizontal Japanese documents do (the
 * 2022 公用文作成の考え方 prefers Arabic numerals in horizontal text), full width
 * so that numbers keep the one-em grid of the text. English nests decimals
 * (1. 1.1 1.1.1), the convention of long technical and legal reads.
 */
const c = (level: HeadingLevel, style = 'decimal') => `counter(folio-heading-${level}, ${style})`;
/** The copy button's name: the action, and the heading's text after `separator` when it has any. */
const copyLink =
  (action: string, separator = '：') =>
  (heading: string) =>
    heading ? action + separator + heading : action;
const nested = (level: HeadingLevel) =>
  `${Array.from({ length: level - 1 }, (_, i) => c((i + 2) as HeadingLevel)).join(' "." ')} " "`;

addBuiltinStrings<SectionHeadingStrings>({
  'zh-CN': {
    headingCopyLink: copyLink('复制本节链接'),
    headingNumbering: {
      2: `${c(2, 'simp-chinese-informal')} "、"`,
      3: `"（" ${c(3, 'simp-chinese-informal')} "）"`,
      4: `${c(4)} "."`,
      5: `"（" ${c(5)} "）"`,
      6: `${c(6, 'folio-circled-decimal')}`,
    },
  },
  'zh-TW': {
    headingCopyLink: copyLink('複製本節連結'),
    headingNumbering: {
      2: `${c(2, 'trad-chinese-informal')} "、"`,
      3: `"（" ${c(3, 'trad-chinese-informal')} "）"`,
      4: `${c(4)} "、"`,
      5: `"（" ${c(5)} "）"`,
      6: `${c(6, 'cjk-heavenly-stem')} "、"`,
    },
  },
  en: {
    headingCopyLink: copyLink('Copy link to this section', ': '),
    // 1. / 1.2 / 1.2.3 …: the levels' counters joined by dots.
    headingNumbering: { 2: `${c(2)} ". "`, 3: nested(3), 4: nested(4), 5: nested(5), 6: nested(6) },
  },
  ja: {
    headingCopyLink: copyLink('このセクションへのリンクをコピー'),
    headingNumbering: {
      2: `${c(2, 'folio-fullwidth-decimal')} "．"`,
      3: `"（" ${c(3, 'folio-fullwidth-decimal')} "）"`,
      4: `${c(4, 'folio-circled-decimal')}`,
      5: `${c(5, 'katakana')} "．"`,
      6: `"（" ${c(6, 'katakana')} "）"`,
    },
  },
});
