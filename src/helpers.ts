/**
 * `folio-elements/helpers`: what a site uses around the tags, without
 * registering or loading any tag (nor Lit): a locale of its own
 * (`registerLocale`), the controller that gives a site's own elements the
 * tags' locale, strings and dates, and the URL check that decides what
 * becomes a link. The package's main entry exports the same.
 */
export { registerLocale, BUILTIN_LOCALES, type FolioStrings, type BuiltinLocale } from './locales/registry.js';
export { LocaleController, type DisplayDate } from './core/locale-controller.js';
export { checkUrl, type UrlVerdict } from './core/url.js';
