import { addBuiltinStrings } from './registry.js';

/** Labels of the kinds of `<folio-reactions>` beyond like: loaded with them (src/reactions/more-kinds.ts). */
export interface ReactionsKindsStrings {
  reactionsLove: string;
  reactionsLaugh: string;
  reactionsCelebrate: string;
}

declare module './registry.js' {
  interface FolioStrings extends ReactionsKindsStrings {}
}

addBuiltinStrings<ReactionsKindsStrings>({
  'zh-CN': { reactionsLove: '喜爱', reactionsLaugh: '哈哈', reactionsCelebrate: '庆祝' },
  'zh-TW': { reactionsLove: '喜愛', reactionsLaugh: '哈哈', reactionsCelebrate: '慶祝' },
  en: { reactionsLove: 'Love', reactionsLaugh: 'Haha', reactionsCelebrate: 'Celebrate' },
  ja: { reactionsLove: '大好き', reactionsLaugh: '笑った', reactionsCelebrate: 'お祝い' },
});
