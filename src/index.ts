/**
 * folio-elements: every tag, registered, plus the APIs a site uses to extend
 * them. For one tag alone, import `folio-elements/<tag>` instead.
 */
export { registerLocale, BUILTIN_LOCALES, type FolioStrings, type BuiltinLocale } from './locales/registry.js';
export { LocaleController, type DisplayDate } from './core/locale-controller.js';
export { ThemeController, type Theme } from './core/theme.js';
export { checkUrl, type UrlVerdict } from './core/url.js';
export * from './post-nav/define.js';
export * from './copyright-notice/define.js';
export * from './article/define.js';
export { normalizePunctuationText } from './article/punctuation.js';
export * from './section-heading/define.js';
export * from './report-dialog/define.js';
export * from './related-posts/define.js';
