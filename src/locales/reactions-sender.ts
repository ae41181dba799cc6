import { addBuiltinStrings } from './registry.js';

/** Strings of `<folio-reactions>` that only its sender needs (src/reactions/sender.ts, loaded with `action`). */
export interface ReactionsSenderStrings {
  /** Said (role=status) when a reaction could not be stored and was undone. */
  reactionsFailed: string;
  /** Said while offline: the reaction is kept and sent once the connection returns. */
  reactionsOffline: string;
}

declare module './registry.js' {
  interface FolioStrings extends ReactionsSenderStrings {}
}

addBuiltinStrings<ReactionsSenderStrings>({
  'zh-CN': {
    reactionsFailed: '没能记下你的反馈，已恢复原状，请稍后再试。',
    reactionsOffline: '当前处于离线状态，联网后会自动发送。',
  },
  'zh-TW': {
    reactionsFailed: '未能記下你的回饋，已恢復原狀，請稍後再試。',
    reactionsOffline: '目前處於離線狀態，連線後會自動送出。',
  },
  en: {
    reactionsFailed: 'Your reaction could not be saved, so it was undone. Please try again later.',
    reactionsOffline: 'You are offline; your reaction will be sent when the connection returns.',
  },
  ja: {
    reactionsFailed: 'リアクションを保存できなかったため、元に戻しました。しばらくしてからもう一度お試しください。',
    reactionsOffline: 'オフラインです。接続が戻ると自動で送信します。',
  },
});
