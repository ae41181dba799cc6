import { addBuiltinStrings } from './registry.js';

/**
 * Strings of <folio-report-dialog>'s form. They travel with the form, in the
 * chunk the dialog loads once the page is idle, not with the page.
 */
export interface ReportFormStrings {
  reportIntro: string;
  reportRequiredNote: string;
  reportPageLegend: string;
  reportPageUrl: string;
  reportPageTitle: string;
  reportReasonLegend: string;
  reportReasonCopyright: string;
  reportReasonIllegal: string;
  reportReasonMisinformation: string;
  reportReasonOther: string;
  reportDescription: string;
  reportContactLegend: string;
  reportContactName: string;
  reportContactEmail: string;
  reportClaimLegend: string;
  reportClaimIntro: string;
  reportClaimantName: string;
  reportClaimantAddress: string;
  reportClaimantPhone: string;
  reportWorkTitle: string;
  reportWorkUrl: string;
  reportEvidence: string;
  reportEvidenceHint: string;
  reportAttachments: string;
  /** The accepted types (PDF, PNG …), listed with the locale's separator (、 in Chinese and Japanese). */
  reportAttachmentsHint: (types: readonly string[], size: string, count: number) => string;
  reportAttachmentRemove: (name: string) => string;
  reportAttachmentsNotKept: string;
  reportStatementsLegend: string;
  reportGoodFaith: string;
  reportAccurate: string;
  reportAuthorized: string;
  reportSignature: string;
  reportSignatureHint: string;
  reportCharactersLeft: (left: string) => string;
  reportCharactersOver: (over: string) => string;
  reportSubmit: string;
  reportSubmitting: string;
  reportSuccessTitle: string;
  reportSuccessText: string;
  reportReference: string;
  /** A label and its value on one line, with the locale's colon (受理编号：R-…, Reference number: R-…). */
  reportLabelled: (label: string, value: string) => string;
  reportDone: string;
  reportDraftRestored: string;
  reportErrorSummary: (count: number) => string;
  reportErrorRequired: string;
  reportErrorTooLong: (max: string) => string;
  reportErrorInvalidEmail: string;
  reportErrorInvalidUrl: string;
  reportErrorInvalid: string;
  reportErrorMustAccept: string;
  reportErrorTooLarge: (max: string) => string;
  reportErrorUnsupportedType: string;
  reportErrorTooMany: (max: number) => string;
  reportErrorTooManyLinks: (max: number) => string;
  reportErrorEvidenceRequired: string;
  reportErrorInvalidPhone: string;
  reportServerError: (status: number) => string;
  reportNetworkError: string;
  reportTimeout: (seconds: string) => string;
  reportRateLimited: (wait: string) => string;
  reportRateLimitedLater: string;
  reportRejected: (status: number) => string;
  reportTooLargeForServer: string;
  reportHostError: string;
  reportTooFast: string;
  reportNotConfigured: string;
  reportMailtoOpened: string;
  reportMailtoAgain: string;
  reportMailtoShortened: string;
  reportMailtoAttachmentsLeftOut: (count: number) => string;
  reportHoneypot: string;
}

declare module './registry.js' {
  interface FolioStrings extends ReportFormStrings {}
}

addBuiltinStrings<ReportFormStrings>({
  'zh-CN': {
    reportIntro: '请告诉我们本页有什么问题。在提交成功之前，您填写的内容会保存在本标签页中。',
    reportRequiredNote: '带 * 的为必填项。',
    reportPageLegend: '被举报的页面',
    reportPageUrl: '网址',
    reportPageTitle: '标题',
    reportReasonLegend: '举报原因',
    reportReasonCopyright: '涉嫌抄袭侵权',
    reportReasonIllegal: '违法违规',
    reportReasonMisinformation: '虚假信息',
    reportReasonOther: '其他',
    reportDescription: '问题描述',
    reportContactLegend: '您的联系方式',
    reportContactName: '姓名',
    reportContactEmail: '电子邮箱',
    reportClaimLegend: '侵权通知',
    reportClaimIntro:
      '依据《信息网络传播权保护条例》第十四条，侵权通知须包含权利人信息、原作品信息、权属证明和以下声明。',
    reportClaimantName: '权利人姓名（名称）',
    reportClaimantAddress: '通讯地址',
    reportClaimantPhone: '联系电话',
    reportWorkTitle: '原作品名称',
    reportWorkUrl: '原作品网址',
    reportEvidence: '权属证明链接',
    reportEvidenceHint: '每行一个网址，例如原作品的首发页面或版权登记信息。',
    reportAttachments: '附件（可选）',
    reportAttachmentsHint: (types, size, count) =>
      `可上传 ${types.join('、')} 文件，每个不超过 ${size}，最多 ${count} 个。`,
    reportAttachmentRemove: (name) => `移除 ${name}`,
    reportAttachmentsNotKept: '附件较大，未保存在草稿中：如果刷新页面，需要重新添加附件。',
    reportStatementsLegend: '声明',
    reportGoodFaith: '本人善意地相信，被举报内容的使用未经权利人、其代理人或法律许可。',
    reportAccurate: '本通知中的信息真实、准确。',
    reportAuthorized: '本人是权利人，或经授权代表权利人行事。',
    reportSignature: '电子签名',
    reportSignatureHint: '请输入您的全名，作为本通知的签名。',
    reportCharactersLeft: (left) => `还可输入 ${left} 字`,
    reportCharactersOver: (over) => `超出 ${over} 字`,
    reportSubmit: '提交举报',
    reportSubmitting: '正在提交…',
    reportSuccessTitle: '举报已提交',
    reportSuccessText: '感谢您的举报，我们会尽快核实处理。',
    reportReference: '受理编号',
    reportLabelled: (label, value) => `${label}：${value}`,
    reportDone: '完成',
    reportDraftRestored: '已恢复您尚未提交的草稿。',
    reportErrorSummary: (count) => `有 ${count} 项需要修改。`,
    reportErrorRequired: '此项为必填项。',
    reportErrorTooLong: (max) => `最多 ${max} 字。`,
    reportErrorInvalidEmail: '请输入有效的电子邮箱，例如 name@example.com。',
    reportErrorInvalidUrl: '请输入以 http:// 或 https:// 开头的网址。',
    reportErrorInvalid: '此项的内容无效。',
    reportErrorMustAccept: '请确认此声明。',
    reportErrorTooLarge: (max) => `文件不能超过 ${max}。`,
    reportErrorUnsupportedType: '不支持此类型的文件。',
    reportErrorTooMany: (max) => `最多上传 ${max} 个文件。`,
    reportErrorTooManyLinks: (max) => `最多填写 ${max} 个链接。`,
    reportErrorEvidenceRequired: '请至少填写一个证明链接或上传一个文件。',
    reportErrorInvalidPhone: '请输入有效的电话号码，例如 +86 10 1234 5678。',
    reportServerError: (status) => `服务器出错（HTTP ${status}）。您填写的内容已保留，请重试。`,
    reportNetworkError: '无法连接服务器。您填写的内容已保留，请检查网络后重试。',
    reportTimeout: (seconds) => `服务器在 ${seconds}内没有响应。您填写的内容已保留，请重试。`,
    reportRateLimited: (wait) => `提交过于频繁，请在 ${wait}后重试。您填写的内容已保留。`,
    reportRateLimitedLater: '提交过于频繁，请稍后重试。您填写的内容已保留。',
    reportRejected: (status) => `服务器未能接收此举报（HTTP ${status}）。您填写的内容已保留。`,
    reportTooLargeForServer: '举报内容超出服务器允许的大小，请删除部分附件后重试。',
    reportHostError: '举报未能提交。您填写的内容已保留，请重试。',
    reportTooFast: '提交得太快了，请再检查一遍内容后重新提交。',
    reportNotConfigured: '本站尚未设置举报渠道，暂时无法提交。您填写的内容已保留在本标签页中。',
    reportMailtoOpened: '已为您打开邮件程序并填好举报内容，请在邮件程序中发送。',
    reportMailtoAgain: '再次打开邮件',
    reportMailtoShortened: '（内容过长，已截断）',
    reportMailtoAttachmentsLeftOut: (count) => `（${count} 个附件未包含在内，请在邮件中添加。）`,
    reportHoneypot: '请勿填写此项',
  },
  'zh-TW': {
    reportIntro: '請告訴我們本頁有什麼問題。在送出成功之前，您填寫的內容會保存在本分頁中。',
    reportRequiredNote: '標有 * 的為必填欄位。',
    reportPageLegend: '被檢舉的頁面',
    reportPageUrl: '網址',
    reportPageTitle: '標題',
    reportReasonLegend: '檢舉原因',
    reportReasonCopyright: '涉嫌抄襲侵權',
    reportReasonIllegal: '違法違規',
    reportReasonMisinformation: '不實資訊',
    reportReasonOther: '其他',
    reportDescription: '問題描述',
    reportContactLegend: '您的聯絡方式',
    reportContactName: '姓名',
    reportContactEmail: '電子郵件',
    reportClaimLegend: '侵權通知',
    reportClaimIntro: '侵權通知須包含權利人資料、原著作資料、權利證明及以下聲明。',
    reportClaimantName: '權利人姓名（名稱）',
    reportClaimantAddress: '通訊地址',
    reportClaimantPhone: '聯絡電話',
    reportWorkTitle: '原著作名稱',
    reportWorkUrl: '原著作網址',
    reportEvidence: '權利證明連結',
    reportEvidenceHint: '每行一個網址，例如原著作的首次發表頁面或著作權登記資料。',
    reportAttachments: '附件（選填）',
    reportAttachmentsHint: (types, size, count) =>
      `可上傳 ${types.join('、')} 檔案，每個不超過 ${size}，最多 ${count} 個。`,
    reportAttachmentRemove: (name) => `移除 ${name}`,
    reportAttachmentsNotKept: '附件較大，未保存在草稿中：如果重新整理頁面，需要重新加入附件。',
    reportStatementsLegend: '聲明',
    reportGoodFaith: '本人善意相信，被檢舉內容的使用未經權利人、其代理人或法律許可。',
    reportAccurate: '本通知中的資訊真實、正確。',
    reportAuthorized: '本人為權利人，或經授權代表權利人行事。',
    reportSignature: '電子簽名',
    reportSignatureHint: '請輸入您的全名，作為本通知的簽名。',
    reportCharactersLeft: (left) => `還可輸入 ${left} 字`,
    reportCharactersOver: (over) => `超出 ${over} 字`,
    reportSubmit: '送出檢舉',
    reportSubmitting: '正在送出…',
    reportSuccessTitle: '檢舉已送出',
    reportSuccessText: '感謝您的檢舉，我們會盡快查核處理。',
    reportReference: '受理編號',
    reportLabelled: (label, value) => `${label}：${value}`,
    reportDone: '完成',
    reportDraftRestored: '已恢復您尚未送出的草稿。',
    reportErrorSummary: (count) => `有 ${count} 個欄位需要修改。`,
    reportErrorRequired: '此欄位為必填。',
    reportErrorTooLong: (max) => `最多 ${max} 字。`,
    reportErrorInvalidEmail: '請輸入有效的電子郵件，例如 name@example.com。',
    reportErrorInvalidUrl: '請輸入以 http:// 或 https:// 開頭的網址。',
    reportErrorInvalid: '此欄位的內容無效。',
    reportErrorMustAccept: '請確認此聲明。',
    reportErrorTooLarge: (max) => `檔案不能超過 ${max}。`,
    reportErrorUnsupportedType: '不支援此類型的檔案。',
    reportErrorTooMany: (max) => `最多上傳 ${max} 個檔案。`,
    reportErrorTooManyLinks: (max) => `最多填寫 ${max} 個連結。`,
    reportErrorEvidenceRequired: '請至少填寫一個證明連結或上傳一個檔案。',
    reportErrorInvalidPhone: '請輸入有效的電話號碼，例如 +886 2 1234 5678。',
    reportServerError: (status) => `伺服器發生錯誤（HTTP ${status}）。您填寫的內容已保留，請重試。`,
    reportNetworkError: '無法連線到伺服器。您填寫的內容已保留，請檢查網路後重試。',
    reportTimeout: (seconds) => `伺服器在 ${seconds}內沒有回應。您填寫的內容已保留，請重試。`,
    reportRateLimited: (wait) => `送出過於頻繁，請在 ${wait}後重試。您填寫的內容已保留。`,
    reportRateLimitedLater: '送出過於頻繁，請稍後重試。您填寫的內容已保留。',
    reportRejected: (status) => `伺服器未能接收此檢舉（HTTP ${status}）。您填寫的內容已保留。`,
    reportTooLargeForServer: '檢舉內容超出伺服器允許的大小，請刪除部分附件後重試。',
    reportHostError: '檢舉未能送出。您填寫的內容已保留，請重試。',
    reportTooFast: '送出得太快了，請再檢查一次內容後重新送出。',
    reportNotConfigured: '本站尚未設定檢舉管道，暫時無法送出。您填寫的內容已保留在本分頁中。',
    reportMailtoOpened: '已為您開啟郵件程式並填好檢舉內容，請在郵件程式中寄出。',
    reportMailtoAgain: '再次開啟郵件',
    reportMailtoShortened: '（內容過長，已截斷）',
    reportMailtoAttachmentsLeftOut: (count) => `（${count} 個附件未包含在內，請在郵件中加入。）`,
    reportHoneypot: '請勿填寫此欄',
  },
  en: {
    reportIntro: 'Tell us what is wrong with this page. What you type is kept in this tab until the report is sent.',
    reportRequiredNote: 'Fields marked * are required.',
    reportPageLegend: 'Page you are reporting',
    reportPageUrl: 'Address',
    reportPageTitle: 'Title',
    reportReasonLegend: 'Reason',
    reportReasonCopyright: 'Copyright infringement or plagiarism',
    reportReasonIllegal: 'Illegal or harmful content',
    reportReasonMisinformation: 'False information',
    reportReasonOther: 'Other',
    reportDescription: 'What is wrong?',
    reportContactLegend: 'How we can reach you',
    reportContactName: 'Name',
    reportContactEmail: 'E-mail',
    reportClaimLegend: 'Copyright notice',
    reportClaimIntro:
      'A takedown notice (DMCA §512(c)(3)) needs the right holder’s details, the original work, evidence of the right and the statements below.',
    reportClaimantName: 'Right holder’s full name',
    reportClaimantAddress: 'Postal address',
    reportClaimantPhone: 'Phone',
    reportWorkTitle: 'Title of the original work',
    reportWorkUrl: 'Address of the original work',
    reportEvidence: 'Evidence of the right (links)',
    reportEvidenceHint: 'One address per line, e.g. where the work was first published or its registration.',
    reportAttachments: 'Attachments (optional)',
    reportAttachmentsHint: (types, size, count) => `${types.join(', ')} files, up to ${size} each, at most ${count}.`,
    reportAttachmentRemove: (name) => `Remove ${name}`,
    reportAttachmentsNotKept:
      'The attachments are too large to keep in the draft: if you reload the page, attach them again.',
    reportStatementsLegend: 'Statements',
    reportGoodFaith:
      'I believe in good faith that the use of this material is not authorized by the right holder, its agent or the law.',
    reportAccurate: 'The information in this notice is accurate.',
    reportAuthorized: 'Under penalty of perjury, I am the right holder or authorized to act on its behalf.',
    reportSignature: 'Electronic signature',
    reportSignatureHint: 'Type your full name to sign this notice.',
    reportCharactersLeft: (left) => `${left} characters left`,
    reportCharactersOver: (over) => `${over} characters too many`,
    reportSubmit: 'Send report',
    reportSubmitting: 'Sending…',
    reportSuccessTitle: 'Report sent',
    reportSuccessText: 'Thank you. We will look into it as soon as we can.',
    reportReference: 'Reference number',
    reportLabelled: (label, value) => `${label}: ${value}`,
    reportDone: 'Done',
    reportDraftRestored: 'Your unsent draft was restored.',
    reportErrorSummary: (count) =>
      count === 1 ? '1 field needs your attention.' : `${count} fields need your attention.`,
    reportErrorRequired: 'Please fill this in.',
    reportErrorTooLong: (max) => `At most ${max} characters.`,
    reportErrorInvalidEmail: 'Enter an e-mail address such as name@example.com.',
    reportErrorInvalidUrl: 'Enter an address starting with http:// or https://.',
    reportErrorInvalid: 'This value is not valid.',
    reportErrorMustAccept: 'Please confirm this statement.',
    reportErrorTooLarge: (max) => `Files may be at most ${max}.`,
    reportErrorUnsupportedType: 'This type of file cannot be attached.',
    reportErrorTooMany: (max) => `At most ${max} files.`,
    reportErrorTooManyLinks: (max) => `At most ${max} links.`,
    reportErrorEvidenceRequired: 'Give at least one link, or attach a file, that shows the right.',
    reportErrorInvalidPhone: 'Enter a phone number such as +1 555 123 4567.',
    reportServerError: (status) => `The server had a problem (HTTP ${status}). Your report is kept; please try again.`,
    reportNetworkError: 'The server could not be reached. Your report is kept; check your connection and try again.',
    reportTimeout: (seconds) => `The server did not answer within ${seconds}. Your report is kept; please try again.`,
    reportRateLimited: (wait) => `Too many reports were sent. Please try again in ${wait}. Your report is kept.`,
    reportRateLimitedLater: 'Too many reports were sent. Please try again later. Your report is kept.',
    reportRejected: (status) => `The server could not accept this report (HTTP ${status}). Your report is kept.`,
    reportTooLargeForServer: 'The report is larger than the server accepts. Remove some attachments and try again.',
    reportHostError: 'The report could not be sent. Your report is kept; please try again.',
    reportTooFast: 'That was quick. Please check your report, then send it again.',
    reportNotConfigured:
      'Reporting is not set up on this site, so the report cannot be sent. What you typed is kept in this tab.',
    reportMailtoOpened: 'Your e-mail program should have opened with the report filled in. Send it from there.',
    reportMailtoAgain: 'Open the e-mail again',
    reportMailtoShortened: '(shortened: the rest did not fit in an e-mail link)',
    reportMailtoAttachmentsLeftOut: (count) =>
      `(${count} attachment${count === 1 ? '' : 's'} left out: please attach ${count === 1 ? 'it' : 'them'} to the e-mail.)`,
    reportHoneypot: 'Leave this field empty',
  },
  ja: {
    reportIntro: 'このページの問題をお知らせください。送信が完了するまで、入力内容はこのタブに保存されます。',
    reportRequiredNote: '* の付いた項目は必須です。',
    reportPageLegend: '報告するページ',
    reportPageUrl: 'アドレス',
    reportPageTitle: 'タイトル',
    reportReasonLegend: '理由',
    reportReasonCopyright: '著作権侵害・盗用',
    reportReasonIllegal: '違法・有害な内容',
    reportReasonMisinformation: '虚偽の情報',
    reportReasonOther: 'その他',
    reportDescription: '問題の内容',
    reportContactLegend: '連絡先',
    reportContactName: 'お名前',
    reportContactEmail: 'メールアドレス',
    reportClaimLegend: '著作権侵害の通知',
    reportClaimIntro: '削除の申し出には、権利者の情報、元の著作物、権利の証明、および以下の宣誓が必要です。',
    reportClaimantName: '権利者の氏名（名称）',
    reportClaimantAddress: '住所',
    reportClaimantPhone: '電話番号',
    reportWorkTitle: '元の著作物の題名',
    reportWorkUrl: '元の著作物のアドレス',
    reportEvidence: '権利を証明するリンク',
    reportEvidenceHint: '1 行に 1 つのアドレス（初出のページや登録情報など）。',
    reportAttachments: '添付ファイル（任意）',
    reportAttachmentsHint: (types, size, count) =>
      `${types.join('、')} ファイル、1 つ ${size} まで、最大 ${count} 個。`,
    reportAttachmentRemove: (name) => `${name} を削除`,
    reportAttachmentsNotKept:
      '添付ファイルが大きいため下書きに保存されていません。ページを再読み込みした場合は、もう一度添付してください。',
    reportStatementsLegend: '宣誓',
    reportGoodFaith: '当該コンテンツの利用が権利者、その代理人または法律によって許諾されていないと誠実に信じます。',
    reportAccurate: 'この通知の内容は正確です。',
    reportAuthorized: '私は権利者本人、または権利者から委任を受けた者です。',
    reportSignature: '電子署名',
    reportSignatureHint: 'この通知の署名として、氏名を入力してください。',
    reportCharactersLeft: (left) => `残り ${left} 文字`,
    reportCharactersOver: (over) => `${over} 文字超過`,
    reportSubmit: '報告を送信',
    reportSubmitting: '送信中…',
    reportSuccessTitle: '報告を送信しました',
    reportSuccessText: 'ご報告ありがとうございます。できるだけ早く確認いたします。',
    reportReference: '受付番号',
    reportLabelled: (label, value) => `${label}：${value}`,
    reportDone: '完了',
    reportDraftRestored: '未送信の下書きを復元しました。',
    reportErrorSummary: (count) => `${count} 件の項目を確認してください。`,
    reportErrorRequired: 'この項目は必須です。',
    reportErrorTooLong: (max) => `${max} 文字以内で入力してください。`,
    reportErrorInvalidEmail: 'name@example.com のようなメールアドレスを入力してください。',
    reportErrorInvalidUrl: 'http:// または https:// で始まるアドレスを入力してください。',
    reportErrorInvalid: 'この値は無効です。',
    reportErrorMustAccept: 'この宣誓を確認してください。',
    reportErrorTooLarge: (max) => `ファイルは ${max} までです。`,
    reportErrorUnsupportedType: 'この種類のファイルは添付できません。',
    reportErrorTooMany: (max) => `ファイルは最大 ${max} 個までです。`,
    reportErrorTooManyLinks: (max) => `リンクは最大 ${max} 個までです。`,
    reportErrorEvidenceRequired: '権利を証明するリンクを 1 つ以上入力するか、ファイルを添付してください。',
    reportErrorInvalidPhone: '+81 3 1234 5678 のような電話番号を入力してください。',
    reportServerError: (status) =>
      `サーバーでエラーが発生しました（HTTP ${status}）。入力内容は保持されています。もう一度お試しください。`,
    reportNetworkError:
      'サーバーに接続できませんでした。入力内容は保持されています。接続を確認してもう一度お試しください。',
    reportTimeout: (seconds) =>
      `サーバーが ${seconds}以内に応答しませんでした。入力内容は保持されています。もう一度お試しください。`,
    reportRateLimited: (wait) => `送信が多すぎます。${wait}後にもう一度お試しください。入力内容は保持されています。`,
    reportRateLimitedLater: '送信が多すぎます。しばらくしてからもう一度お試しください。入力内容は保持されています。',
    reportRejected: (status) =>
      `サーバーがこの報告を受け付けませんでした（HTTP ${status}）。入力内容は保持されています。`,
    reportTooLargeForServer: '報告がサーバーの上限を超えています。添付ファイルを減らしてもう一度お試しください。',
    reportHostError: '報告を送信できませんでした。入力内容は保持されています。もう一度お試しください。',
    reportTooFast: '送信が早すぎます。内容をもう一度確認してから送信してください。',
    reportNotConfigured:
      'このサイトでは報告の送信先が設定されていないため、送信できません。入力内容はこのタブに保持されています。',
    reportMailtoOpened: '報告を記入したメールが開きました。メールソフトから送信してください。',
    reportMailtoAgain: 'メールをもう一度開く',
    reportMailtoShortened: '（長すぎるため省略しました）',
    reportMailtoAttachmentsLeftOut: (count) =>
      `（添付ファイル ${count} 個は含まれていません。メールに添付してください。）`,
    reportHoneypot: 'この項目は空のままにしてください',
  },
});
