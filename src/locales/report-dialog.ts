import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-report-dialog>'s shell: what it shows before its form has
 * loaded, or when the form cannot load. The form's own strings travel with it
 * (report-dialog-form.ts), in the chunk the dialog loads lazily.
 */
export interface ReportDialogStrings {
  reportTitle: string;
  reportMailtoSubject: (title: string) => string;
  reportFormUnavailable: string;
  reportByEmail: string;
}

declare module './registry.js' {
  interface FolioStrings extends ReportDialogStrings {}
}

addBuiltinStrings<ReportDialogStrings>({
  'zh-CN': {
    reportTitle: '举报本页内容',
    reportMailtoSubject: (title) => `举报：${title}`,
    reportFormUnavailable: '举报表单未能加载，请检查网络后重试。',
    reportByEmail: '改用电子邮件举报',
  },
  'zh-TW': {
    reportTitle: '檢舉本頁內容',
    reportMailtoSubject: (title) => `檢舉：${title}`,
    reportFormUnavailable: '檢舉表單未能載入，請檢查網路後重試。',
    reportByEmail: '改用電子郵件檢舉',
  },
  en: {
    reportTitle: 'Report this page',
    reportMailtoSubject: (title) => `Report: ${title}`,
    reportFormUnavailable: 'The report form could not be loaded. Check your connection and try again.',
    reportByEmail: 'Report by e-mail instead',
  },
  ja: {
    reportTitle: 'このページを報告',
    reportMailtoSubject: (title) => `報告：${title}`,
    reportFormUnavailable: '報告フォームを読み込めませんでした。接続を確認して、もう一度お試しください。',
    reportByEmail: 'メールで報告する',
  },
});
