import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice> that only a report e-mail needs: loaded
 * with the notice's e-mail part (src/copyright-notice/report-email.ts), on
 * pages whose notice has a `report-email`. The sentences are templates whose
 * `{email}` is the mailto link and `{report}` the report-dialog button; each
 * opens as the notice's noticeReportByDialog does.
 */
export interface CopyrightNoticeEmailStrings {
  /** The report sentence with an e-mail link, `{email}`. */
  noticeReportByEmail: string;
  /** The report sentence with both the report button, `{report}`, and the e-mail link. */
  noticeReportByBoth: string;
  /** Subject of the report e-mail. */
  noticeReportSubject: (pageTitle: string) => string;
  /** First line of the report e-mail's body: which page is reported. */
  noticeReportBody: (pageUrl: string) => string;
}

declare module './registry.js' {
  interface FolioStrings extends CopyrightNoticeEmailStrings {}
}

/** Within a language the two sentences share their opening, their end and the e-mail clause; `between` follows the button. */
function reportSentences(intro: string, email: string, between: string, end: string) {
  return {
    noticeReportByEmail: `${intro}${email}${end}`,
    noticeReportByBoth: `${intro}{report}${between}${email}${end}`,
  };
}

addBuiltinStrings<CopyrightNoticeEmailStrings>({
  'zh-CN': {
    ...reportSentences('如发现本站有涉嫌侵权或违法违规的内容，请', '发送邮件至 {email} 举报', '或', '。'),
    noticeReportSubject: (title) => `举报：${title}`,
    noticeReportBody: (url) => `被举报的页面：${url}`,
  },
  'zh-TW': {
    ...reportSentences('如發現本站有涉嫌侵權或違法違規的內容，請', '寄送電子郵件至 {email} 檢舉', '或', '。'),
    noticeReportSubject: (title) => `檢舉：${title}`,
    noticeReportBody: (url) => `被檢舉的頁面：${url}`,
  },
  en: {
    ...reportSentences(
      'To report content on this site that may infringe copyright or break the law, ',
      'e-mail {email}',
      ' or ',
      '.',
    ),
    noticeReportSubject: (title) => `Report: ${title}`,
    noticeReportBody: (url) => `Reported page: ${url}`,
  },
  ja: {
    ...reportSentences(
      '本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、',
      '{email} までメールで',
      'から、または ',
      'お知らせください。',
    ),
    noticeReportSubject: (title) => `報告：${title}`,
    noticeReportBody: (url) => `報告するページ：${url}`,
  },
});
