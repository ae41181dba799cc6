import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice>. Sentences that hold a link or a button
 * are templates with `{placeholders}` (filled by fillTemplate), so each
 * language keeps its own word order around the link. The copyright line holds
 * only text, so it is a function of the years and the optional holder.
 * The Creative Commons names and sentences load with the license part
 * (copyright-notice-license.ts), on pages whose notice has such a license;
 * the report sentences with an e-mail link and the e-mail's own subject and
 * body with the e-mail part (copyright-notice-email.ts); what a press on the
 * report button may show with the opener part (copyright-notice-opener.ts).
 */
export interface CopyrightNoticeStrings {
  /** The copyright line when all rights are reserved: 版权所有 © 2023 XXX / © 2023 XXX. All rights reserved. */
  noticeAllRightsReserved: (years: string, holder?: string) => string;
  /** The copyright line above a license sentence (a CC license reserves only some rights). */
  noticeCopyright: (years: string, holder?: string) => string;
  /** A license code the notice does not know, shown as written in `{license}`. */
  noticeLicenseUnknown: string;
  /** The report sentence with a button, `{report}`, that opens the report dialog. */
  noticeReportByDialog: string;
  /** The text of the report button, read inside the sentence. */
  noticeReportButton: string;
}

declare module './registry.js' {
  interface FolioStrings extends CopyrightNoticeStrings {}
}

/** "Acme Inc." + "." must not read "Acme Inc..". */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** © 2023 Holder: the same in every language. */
const copyright = (years: string, holder?: string) => (holder ? `© ${years} ${holder}` : `© ${years}`);

addBuiltinStrings<CopyrightNoticeStrings>({
  'zh-CN': {
    noticeAllRightsReserved: (years, holder) => `版权所有 ${copyright(years, holder)}`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: '许可协议：{license}',
    noticeReportByDialog: '如发现本站有涉嫌侵权或违法违规的内容，请{report}。',
    noticeReportButton: '点击举报',
  },
  'zh-TW': {
    noticeAllRightsReserved: (years, holder) => `版權所有 ${copyright(years, holder)}`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: '授權條款：{license}',
    noticeReportByDialog: '如發現本站有涉嫌侵權或違法違規的內容，請{report}。',
    noticeReportButton: '點此檢舉',
  },
  en: {
    noticeAllRightsReserved: (years, holder) => `${sentence(copyright(years, holder))} All rights reserved.`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: 'License: {license}',
    noticeReportByDialog: 'To report content on this site that may infringe copyright or break the law, {report}.',
    noticeReportButton: 'use the report form',
  },
  ja: {
    // Japanese sites write the reservation in English by convention (© 2023 XXX All Rights Reserved.).
    noticeAllRightsReserved: (years, holder) => `${copyright(years, holder)} All Rights Reserved.`,
    noticeCopyright: copyright,
    noticeLicenseUnknown: 'ライセンス：{license}',
    noticeReportByDialog:
      '本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、{report}からお知らせください。',
    noticeReportButton: '報告フォーム',
  },
});
