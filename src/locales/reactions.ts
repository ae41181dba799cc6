import { addBuiltinStrings } from './registry.js';

/** Strings of `<folio-reactions>`. */
export interface ReactionsStrings {
  /** The accessible name of the group of reaction buttons. */
  reactionsLabel: string;
  /** The label of the like button (赞 is what the seed's theme writes); the other kinds' are in reactions-kinds.ts. */
  reactionsLike: string;
  /** The count as shown after the label, already formatted (e.g. 1.2万). */
  reactionsCount: (count: string) => string;
  /** The buttons' description when the tag has no `action`: nothing is sent. */
  reactionsLocal: string;
}

declare module './registry.js' {
  interface FolioStrings extends ReactionsStrings {}
}

addBuiltinStrings<ReactionsStrings>({
  'zh-CN': {
    reactionsLabel: '文章反馈',
    reactionsLike: '赞',
    reactionsCount: (n) => `（${n}）`,
    reactionsLocal: '只在本页计数，不会发送到服务器。',
  },
  'zh-TW': {
    reactionsLabel: '文章回饋',
    reactionsLike: '讚',
    reactionsCount: (n) => `（${n}）`,
    reactionsLocal: '只在本頁計數，不會傳送到伺服器。',
  },
  en: {
    reactionsLabel: 'Reactions',
    reactionsLike: 'Like',
    reactionsCount: (n) => `(${n})`,
    reactionsLocal: 'Counted on this page only; nothing is sent.',
  },
  ja: {
    reactionsLabel: 'リアクション',
    reactionsLike: 'いいね',
    reactionsCount: (n) => `（${n}）`,
    reactionsLocal: 'このページでのみ数え、サーバーには送信しません。',
  },
});
