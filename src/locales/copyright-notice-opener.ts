import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice> that only its report button needs once
 * pressed: loaded with the notice's opener part
 * (src/copyright-notice/report-opener.ts), on pages whose notice has a
 * `report-dialog`.
 */
export interface CopyrightNoticeOpenerStrings {
  /** Shown in place of the report sentence when the button found no dialog to open and there is no e-mail to fall back to. */
  noticeReportUnavailable: string;
}

declare module './registry.js' {
  interface FolioStrings extends CopyrightNoticeOpenerStrings {}
}

addBuiltinStrings<CopyrightNoticeOpenerStrings>({
  'zh-CN': { noticeReportUnavailable: '举报功能暂时无法使用，请稍后再试。' },
  'zh-TW': { noticeReportUnavailable: '檢舉功能暫時無法使用，請稍後再試。' },
  en: { noticeReportUnavailable: 'Reporting is not available at the moment; please try again later.' },
  ja: { noticeReportUnavailable: '報告機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。' },
});
