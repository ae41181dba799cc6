import { addBuiltinStrings } from './registry.js';

/** Strings of `<folio-post-nav>`. */
export interface PostNavStrings {
  /** The accessible name of the `<nav>` landmark, so screen-reader users can tell it from the site's menus. */
  postNavLabel: string;
  /** The label of the link to the previous article. */
  postNavPrevious: string;
  /** The label of the link to the next article. */
  postNavNext: string;
}

declare module './registry.js' {
  interface FolioStrings extends PostNavStrings {}
}

addBuiltinStrings<PostNavStrings>({
  // 上一篇 / 下一篇: what the seed page (and most Chinese news sites) write.
  'zh-CN': { postNavLabel: '文章导航', postNavPrevious: '上一篇', postNavNext: '下一篇' },
  'zh-TW': { postNavLabel: '文章導覽', postNavPrevious: '上一篇', postNavNext: '下一篇' },
  en: { postNavLabel: 'Article navigation', postNavPrevious: 'Previous', postNavNext: 'Next' },
  ja: { postNavLabel: '記事ナビゲーション', postNavPrevious: '前の記事', postNavNext: '次の記事' },
});
