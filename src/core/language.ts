/**
 * The language and direction of a `lang` value, shared by the elements'
 * LocaleController in the browser and by server rendering, so that both read
 * a CMS's `lang` the same way.
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/**
 * `value` as a canonical BCP 47 tag (CMSs write zh_cn or ZH-tw: zh-CN,
 * zh-TW), or undefined when it is blank or not a language tag at all. The one
 * reading of a language code for the whole library: the page's `lang`, a
 * server's, and the codes sites register strings under.
 */
export function languageTag(value: string | null | undefined): string | undefined {
  const tag = (value ?? '').trim().replace(/_/g, '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language a page is read in: its `lang` as languageTag reads it, English when missing or unusable. */
export function canonicalLang(lang: string | null | undefined): string {
  return languageTag(lang) ?? 'en';
}

/** The writing direction of a language tag (as canonicalLang returns it). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
