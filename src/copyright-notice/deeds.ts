import type { CreativeCommons } from './licenses.js';

/**
 * The languages creativecommons.org offers its deeds in (the human-readable
 * summary a `rel="license"` link points to). Chinese comes in two scripts,
 * `zh-hans` and `zh-hant`; Portuguese and Serbian have regional variants.
 */
const DEED_LANGUAGES = new Set([
  'ar',
  'be',
  'bg',
  'bn',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'eo',
  'es',
  'eu',
  'fa',
  'fi',
  'fr',
  'fy',
  'ga',
  'gl',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mi',
  'ms',
  'nl',
  'no',
  'oc',
  'pl',
  'pt',
  'pt-br',
  'ro',
  'ru',
  'si',
  'sk',
  'sl',
  'sr',
  'sr-latn',
  'sv',
  'tr',
  'uk',
  'zh-hans',
  'zh-hant',
]);

/** The deed language for a BCP 47 tag: zh-TW/HK/MO and zh-Hant read the Traditional deed, other Chinese the Simplified one. */
export function deedLanguage(lang: string): string {
  const [language = 'en', ...subtags] = lang.toLowerCase().split('-');
  if (language === 'zh') {
    const traditional =
      subtags.includes('hant') ||
      (!subtags.includes('hans') && subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo'));
    return traditional ? 'zh-hant' : 'zh-hans';
  }
  const regional = `${language}-${subtags.find((s) => s.length === 2 || s === 'latn') ?? ''}`;
  if (DEED_LANGUAGES.has(regional)) return regional;
  return DEED_LANGUAGES.has(language) ? language : 'en';
}

/** The deed's URL in the reader's language, e.g. https://creativecommons.org/licenses/by-nc-nd/4.0/deed.zh-hans */
export function deedUrl(license: CreativeCommons, lang: string): string {
  const path =
    license.tool === 'zero' ? `publicdomain/zero/${license.version}` : `licenses/${license.tool}/${license.version}`;
  return `https://creativecommons.org/${path}/deed.${deedLanguage(lang)}`;
}
