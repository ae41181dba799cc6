import type { CcElement, CreativeCommons } from '../copyright-notice/licenses.js';
import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-copyright-notice>. Sentences that hold a link or a button
 * are templates with `{placeholders}` (filled by fillTemplate), so each
 * language keeps its own word order around the link. The copyright line holds
 * only text, so it is a function of the years and the optional holder.
 */
export interface CopyrightNoticeStrings {
  /** The copyright line when all rights are reserved: 版权所有 © 2023 XXX / © 2023 XXX. All rights reserved. */
  noticeAllRightsReserved: (years: string, holder?: string) => string;
  /** The copyright line above a license sentence (a CC license reserves only some rights). */
  noticeCopyright: (years: string, holder?: string) => string;
  /** The official name of a Creative Commons license or CC0 in this language. */
  noticeLicenseName: (license: CreativeCommons) => string;
  /** `{license}` (the linked name) and `{code}` (CC BY-NC-ND 4.0). */
  noticeLicensed: string;
  /** The same for CC0, which dedicates a work to the public domain rather than licensing it. */
  noticeDedicated: string;
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

type Names = Record<CcElement, string>;

/** "Acme Inc." + "." must not read "Acme Inc..". */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

function names(elements: CcElement[], table: Names, separator: string): string {
  return elements.map((e) => table[e]).join(separator);
}

const ZH_CN: Names = { by: '署名', nc: '非商业性使用', nd: '禁止演绎', sa: '相同方式共享' };
const ZH_TW: Names = { by: '姓名標示', nc: '非商業性', nd: '禁止改作', sa: '相同方式分享' };
const JA: Names = { by: '表示', nc: '非営利', nd: '改変禁止', sa: '継承' };
const EN: Names = { by: 'Attribution', nc: 'NonCommercial', nd: 'NoDerivatives', sa: 'ShareAlike' };

addBuiltinStrings<CopyrightNoticeStrings>({
  'zh-CN': {
    noticeAllRightsReserved: (years, holder) => (holder ? `版权所有 © ${years} ${holder}` : `版权所有 © ${years}`),
    noticeCopyright: (years, holder) => (holder ? `© ${years} ${holder}` : `© ${years}`),
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 通用'
        : `知识共享 ${names(l.elements, ZH_CN, '-')} ${l.version} ${l.version === '4.0' ? '国际' : '未本地化版本'} 许可协议`,
    noticeLicensed: '本作品采用{license}（{code}）进行许可。',
    noticeDedicated: '本作品依据 {license}（{code}）贡献至公共领域。',
    noticeLicenseUnknown: '许可协议：{license}',
    noticeReportByEmail: '如发现本站有涉嫌侵权或违法违规的内容，请发送邮件至 {email} 举报。',
    noticeReportByDialog: '如发现本站有涉嫌侵权或违法违规的内容，请{report}。',
    noticeReportByBoth: '如发现本站有涉嫌侵权或违法违规的内容，请{report}或发送邮件至 {email} 举报。',
    noticeReportButton: '点击举报',
    noticeReportUnavailable: '举报功能暂时无法使用，请稍后再试。',
    noticeReportSubject: (title) => `举报：${title}`,
    noticeReportBody: (url) => `被举报的页面：${url}`,
  },
  'zh-TW': {
    noticeAllRightsReserved: (years, holder) => (holder ? `版權所有 © ${years} ${holder}` : `版權所有 © ${years}`),
    noticeCopyright: (years, holder) => (holder ? `© ${years} ${holder}` : `© ${years}`),
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 通用'
        : `創用 CC ${names(l.elements, ZH_TW, '-')} ${l.version} ${l.version === '4.0' ? '國際' : '未本地化'}`,
    noticeLicensed: '本著作係採用{license}授權條款（{code}）授權。',
    noticeDedicated: '本著作依 {license}（{code}）貢獻至公眾領域。',
    noticeLicenseUnknown: '授權條款：{license}',
    noticeReportByEmail: '如發現本站有涉嫌侵權或違法違規的內容，請寄送電子郵件至 {email} 檢舉。',
    noticeReportByDialog: '如發現本站有涉嫌侵權或違法違規的內容，請{report}。',
    noticeReportByBoth: '如發現本站有涉嫌侵權或違法違規的內容，請{report}或寄送電子郵件至 {email} 檢舉。',
    noticeReportButton: '點此檢舉',
    noticeReportUnavailable: '檢舉功能暫時無法使用，請稍後再試。',
    noticeReportSubject: (title) => `檢舉：${title}`,
    noticeReportBody: (url) => `被檢舉的頁面：${url}`,
  },
  en: {
    noticeAllRightsReserved: (years, holder) => `${sentence(holder ? `© ${years} ${holder}` : `© ${years}`)} All rights reserved.`,
    noticeCopyright: (years, holder) => (holder ? `© ${years} ${holder}` : `© ${years}`),
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 Universal'
        : // 3.0 still said "NoDerivs"; 4.0 spells it out.
          `Creative Commons ${names(l.elements, l.version === '4.0' ? EN : { ...EN, nd: 'NoDerivs' }, '-')} ${l.version} ${l.version === '4.0' ? 'International' : 'Unported'}`,
    noticeLicensed: 'This work is licensed under {license} ({code}).',
    noticeDedicated: 'This work is dedicated to the public domain under {license} ({code}).',
    noticeLicenseUnknown: 'License: {license}',
    noticeReportByEmail: 'To report content on this site that may infringe copyright or break the law, e-mail {email}.',
    noticeReportByDialog: 'To report content on this site that may infringe copyright or break the law, {report}.',
    noticeReportByBoth: 'To report content on this site that may infringe copyright or break the law, {report} or e-mail {email}.',
    noticeReportButton: 'use the report form',
    noticeReportUnavailable: 'Reporting is not available at the moment; please try again later.',
    noticeReportSubject: (title) => `Report: ${title}`,
    noticeReportBody: (url) => `Reported page: ${url}`,
  },
  ja: {
    // Japanese sites write the reservation in English by convention (© 2023 XXX All Rights Reserved.).
    noticeAllRightsReserved: (years, holder) => (holder ? `© ${years} ${holder} All Rights Reserved.` : `© ${years} All Rights Reserved.`),
    noticeCopyright: (years, holder) => (holder ? `© ${years} ${holder}` : `© ${years}`),
    noticeLicenseName: (l) =>
      l.tool === 'zero'
        ? 'CC0 1.0 全世界'
        : `クリエイティブ・コモンズ ${names(l.elements, JA, ' - ')} ${l.version} ${l.version === '4.0' ? '国際' : '非移植'}`,
    noticeLicensed: 'この作品は{license}ライセンス（{code}）の下に提供されています。',
    noticeDedicated: 'この作品は {license}（{code}）によりパブリック・ドメインに提供されています。',
    noticeLicenseUnknown: 'ライセンス：{license}',
    noticeReportByEmail: '本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、{email} までメールでお知らせください。',
    noticeReportByDialog: '本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、{report}からお知らせください。',
    noticeReportByBoth: '本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、{report}から、または {email} までメールでお知らせください。',
    noticeReportButton: '報告フォーム',
    noticeReportUnavailable: '報告機能は現在ご利用いただけません。しばらくしてからもう一度お試しください。',
    noticeReportSubject: (title) => `報告：${title}`,
    noticeReportBody: (url) => `報告するページ：${url}`,
  },
});
