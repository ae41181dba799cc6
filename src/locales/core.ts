import { addBuiltinStrings } from './registry.js';

/** Strings and formats that several tags share. */
export interface CoreStrings {
  /** Intl options for a date with a time. zh-CN forces the 12-hour clock: the captured page reads 上午10:40. */
  dateTimeFormat: Intl.DateTimeFormatOptions;
  /** Intl options for a calendar date without a time. */
  dateFormat: Intl.DateTimeFormatOptions;
  loading: string;
  retry: string;
  close: string;
}

declare module './registry.js' {
  interface FolioStrings extends CoreStrings {}
}

const longDate: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const longDateTime: Intl.DateTimeFormatOptions = { ...longDate, hour: 'numeric', minute: '2-digit' };

addBuiltinStrings<CoreStrings>({
  'zh-CN': {
    dateTimeFormat: { ...longDateTime, hour12: true },
    dateFormat: longDate,
    loading: '正在加载…',
    retry: '重试',
    close: '关闭',
  },
  'zh-TW': {
    dateTimeFormat: { ...longDateTime, hour12: true },
    dateFormat: longDate,
    loading: '載入中…',
    retry: '重試',
    close: '關閉',
  },
  en: {
    dateTimeFormat: longDateTime,
    dateFormat: longDate,
    loading: 'Loading…',
    retry: 'Try again',
    close: 'Close',
  },
  ja: {
    dateTimeFormat: longDateTime,
    dateFormat: longDate,
    loading: '読み込み中…',
    retry: '再試行',
    close: '閉じる',
  },
});
