import { addBuiltinStrings } from './registry.js';

/**
 * Strings of `<folio-section-heading>`'s copy button once pressed: they load
 * with its behaviour (src/section-heading/copy-link.ts), not with the page.
 * Nothing shows them before then, so no element needs to re-render for them.
 */
export interface SectionHeadingCopyStrings {
  /** Announced politely once the link is on the clipboard. */
  headingLinkCopied: string;
  /** Announced when the browser refused to copy and the link is shown to copy by hand. */
  headingCopyFailed: string;
  /** The accessible name of the field that shows the link when copying was refused. */
  headingLinkField: string;
}

declare module './registry.js' {
  interface FolioStrings extends SectionHeadingCopyStrings {}
}

addBuiltinStrings<SectionHeadingCopyStrings>({
  'zh-CN': {
    headingLinkCopied: '已复制本节链接',
    headingCopyFailed: '无法自动复制，请手动复制显示的链接',
    headingLinkField: '本节链接',
  },
  'zh-TW': {
    headingLinkCopied: '已複製本節連結',
    headingCopyFailed: '無法自動複製，請手動複製顯示的連結',
    headingLinkField: '本節連結',
  },
  en: {
    headingLinkCopied: 'Link to this section copied',
    headingCopyFailed: 'Could not copy automatically; copy the link shown',
    headingLinkField: 'Link to this section',
  },
  ja: {
    headingLinkCopied: 'このセクションへのリンクをコピーしました',
    headingCopyFailed: '自動でコピーできませんでした。表示されたリンクを手動でコピーしてください',
    headingLinkField: 'このセクションへのリンク',
  },
});
