/**
 * The language and direction of a `lang` value, shared by the elements'
 * LocaleController in the browser and by server rendering, so that both read
 * a CMS's `lang` the same way.
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** A language tag Intl can use: CMSs write zh_CN or worse; anything unusable becomes English. */
export function canonicalLang(lang: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales((lang ?? '').trim().replace(/_/g, '-') || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The writing direction of a language tag (as canonicalLang returns it). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
