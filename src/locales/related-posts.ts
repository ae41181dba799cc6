import { addBuiltinStrings } from './registry.js';

/** Strings of `<folio-related-posts>`. */
export interface RelatedPostsStrings {
  /** The default heading; the `heading` attribute overrides it. */
  relatedHeading: string;
  /** Shown under the heading when there is nothing to list (unless `hide-empty`). */
  relatedEmpty: string;
  /** Shown when the `src` feed could not be loaded, beside the retry button. */
  relatedError: string;
}

declare module './registry.js' {
  interface FolioStrings extends RelatedPostsStrings {}
}

addBuiltinStrings<RelatedPostsStrings>({
  'zh-CN': {
    relatedHeading: '相关推荐',
    relatedEmpty: '暂无相关推荐。',
    relatedError: '相关推荐加载失败。',
  },
  'zh-TW': {
    relatedHeading: '相關推薦',
    relatedEmpty: '暫無相關推薦。',
    relatedError: '相關推薦載入失敗。',
  },
  en: {
    relatedHeading: 'Related posts',
    relatedEmpty: 'No related posts yet.',
    relatedError: 'Related posts could not be loaded.',
  },
  ja: {
    relatedHeading: '関連記事',
    relatedEmpty: '関連記事はまだありません。',
    relatedError: '関連記事を読み込めませんでした。',
  },
});
