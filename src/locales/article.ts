import { addBuiltinStrings } from './registry.js';

/** Strings of <folio-article>. */
export interface ArticleStrings {
  /** Title of the table of contents, and the name of its navigation landmark. */
  articleContents: string;
  /** The reading time, e.g. 约 8 分钟 / 8 min read. */
  articleReadingTime: (minutes: string) => string;
  /**
   * The length of the text: Han, kana and hangul count as characters, other scripts by words; `unit` is
   * what most of the text is counted in (Chinese and Japanese say 字 either way).
   */
  articleLength: (count: string, unit: 'characters' | 'words') => string;
  /** Prefix of the source (the publication the article comes from). */
  articleSource: (source: string) => string;
  /** The date the article was last changed. */
  articleModified: (date: string) => string;
}

declare module './registry.js' {
  interface FolioStrings extends ArticleStrings {}
}

addBuiltinStrings<ArticleStrings>({
  'zh-CN': {
    articleContents: '目录',
    articleReadingTime: (n) => `约 ${n} 分钟`,
    articleLength: (n) => `${n} 字`,
    articleSource: (s) => `来源：${s}`,
    articleModified: (d) => `更新于 ${d}`,
  },
  'zh-TW': {
    articleContents: '目錄',
    articleReadingTime: (n) => `約 ${n} 分鐘`,
    articleLength: (n) => `${n} 字`,
    articleSource: (s) => `來源：${s}`,
    articleModified: (d) => `更新於 ${d}`,
  },
  en: {
    articleContents: 'Contents',
    articleReadingTime: (n) => `${n} min read`,
    articleLength: (n, unit) => `${n} ${unit}`,
    articleSource: (s) => `Source: ${s}`,
    articleModified: (d) => `Updated ${d}`,
  },
  ja: {
    articleContents: '目次',
    articleReadingTime: (n) => `約${n}分`,
    articleLength: (n) => `${n}字`,
    articleSource: (s) => `出典：${s}`,
    articleModified: (d) => `更新：${d}`,
  },
});
