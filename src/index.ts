/**
 * folio-elements: every tag, registered, plus the APIs a site uses to extend
 * them. For one tag alone, import `folio-elements/<tag>` instead (or
 * `folio-elements/<tag>/class` to register it yourself), and
 * `folio-elements/helpers` for the helpers alone.
 */
export * from './helpers.js';
export { ThemeController, type Theme } from './core/theme.js';
export * from './post-nav/define.js';
export * from './copyright-notice/define.js';
export * from './article/define.js';
export { normalizePunctuationText } from './article/punctuation.js';
export * from './section-heading/define.js';
export * from './report-dialog/define.js';
export * from './related-posts/define.js';
export * from './reactions/define.js';
