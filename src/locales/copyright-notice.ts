import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice>. Sentences that hold a link or a button
 * are templates with `{placeholders}` (filled by fillTemplate), so each
 * language keeps its own word order around the link. The copyright line holds
 * only text, so it is a function of the years and the optional holder.
 * The Creative Commons names and sentences load with the license part
 * (copyright-notice-license.ts), on pages whose notice has such a license.
 */
export interface CopyrightNoticeStrings {
  /** The copyright line when all rights are reserved: 版权所有 © 2023 XXX / © 2023 XXX. All rights reserved. */
  noticeAllRightsReserved: (years: string, holder?: string) => string;
  /** The copyright line above a license sentence (a CC license reserves only some rights). */
  noticeCopyright: (years: string, holder?: string) => string;
  /** A license code the notice does not know, shown as written in `{license}`. */
  noticeLicenseUnknown: string;
  /** The report sentence with an e-mail link, `{email}`. */
  noticeReportByEmail: string;
  /** The report sentence with a button, `{report}`, that opens the report dialog. */
  noticeReportByDialog: string;
  /** The report sentence with both. */
  noticeReportByBoth: string;
  /** The text of the report button, read inside the sentence. */
  noticeReportButton: string;
  /** Shown when the report dialog cannot be found and there is no e-mail to fall back to. */
  noticeReportUnavailable: string;
  /** Subject of the report e-mail. */
  noticeReportSubject: (pageTitle: string) => string;
  /** First line of the report e-mail's body: which page is reported. */
  noticeReportBody: (pageUrl: string) => string;
}

declare module './registry.js' {
  interface FolioStrings extends CopyrightNoticeStrings {}
}

/** "Acme Inc." + "." must not read "Acme Inc..". */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** © 2023 Holder: the same in every language. */
const copyright = (years: string, holder?: string) => (holder ? `© ${years} ${holder}` : `© ${years}`);

/** The three report sentences share their opening and, within a language, the e-mail clause. */
function reportSentences(intro: string, dialog: string, email: string, both: string, end: string) {
  return { noticeReportByEmail: `${intro}${email}${end}`, noticeReportByDialog: `${intro}${dialog}${end}`, noticeReportByBoth: `${intro}${both}${end}` };
}

addBuiltinStrings<CopyrightNoticeStrings>({
  'zh-CN': {
    noticeAllRightsReserved: (years, holder) => `版权所有 ${copyright(years, holder)}`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: '许可协议：{license}',
    ...reportSentences('如发现本站有涉嫌侵权或违法违规的内容，请', '{report}', '发送邮件至 {email} 举报', '{report}或发送邮件至 {email} 举报', '。'),
    noticeReportButton: '点击举报',
    noticeReportUnavailable: '举报功能暂时无法使用，请稍后再试。',
    noticeReportSubject: (title) => `举报：${title}`,
    noticeReportBody: (url) => `被举报的页面：${url}`,
  },
  'zh-TW': {
    noticeAllRightsReserved: (years, holder) => `版權所有 ${copyright(years, holder)}`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: '授權條款：{license}',
    ...reportSentences('如發現本站有涉嫌侵權或違法違規的內容，請', '{report}', '寄送電子郵件至 {email} 檢舉', '{report}或寄送電子郵件至 {email} 檢舉', '。'),
    noticeReportButton: '點此檢舉',
    noticeReportUnavailable: '檢舉功能暫時無法使用，請稍後再試。',
    noticeReportSubject: (title) => `檢舉：${title}`,
    noticeReportBody: (url) => `被檢舉的頁面：${url}`,
  },
  en: {
    noticeAllRightsReserved: (years, holder) => `${sentence(copyright(years, holder))} All rights reserved.`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: 'License: {license}',
    ...reportSentences('To report content on this site that may infringe copyright or break the law, ', '{report}', 'e-mail {email}', '{report} or e-mail {email}', '.'),
    noticeReportButton: 'use the report form',
    noticeReportUnavailable: 'Reporting is not available at the moment; please try again later.',
    noticeReportSubject: (title) => `Report: ${title}`,
    noticeReportBody: (url) => `Reported page: ${url}`,
  },
  ja: {
    // Japanese sites write the reservation in English by convention (© 2023 XXX All Rights Reserved.).
    noticeAllRightsReserved: (years, holder) => `${copyright(years, holder)} All Rights Reserved.`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: 'ライセンス：{license}',
    ...reportSentences('本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、', '{report}から', '{email} までメールで', '{report}から、または {email} までメールで', 'お知らせください。'),
    noticeReportButton: '報告フォーム',
    noticeReportUnavailable: '報告機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。',
    noticeReportSubject: (title) => `報告：${title}`,
    noticeReportBody: (url) => `報告するページ：${url}`,
  },
});
