import { quote, warn } from '../core/warn.js';

/** The four license elements of Creative Commons, in the order their codes write them (BY-NC-ND, BY-NC-SA …). */
export type CcElement = 'by' | 'nc' | 'nd' | 'sa';

/** A Creative Commons license or the CC0 public-domain dedication, as a notice shows it. */
export interface CreativeCommons {
  kind: 'cc';
  /** The tool in CC's URLs: `by-nc-nd`, `by-sa` …, or `zero` for CC0. */
  tool: string;
  /** `4.0` or `3.0` (`3.0` is the Unported version), `1.0` for CC0. */
  version: '4.0' | '3.0' | '1.0';
  /** BY, NC, ND, SA in code order; empty for CC0. */
  elements: CcElement[];
}

/** What the `license` attribute asks for. An unknown code is kept, to be shown as written. */
export type License = { kind: 'all-rights-reserved' } | CreativeCommons | { kind: 'unknown'; text: string };

const TOOLS = ['by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd'];

/**
 * Reads the `license` attribute: `all-rights-reserved` (also the default),
 * `cc-by-nc-nd-4.0` and the other five 4.0 and 3.0 licenses, or `cc0-1.0`.
 * Case, spaces and underscores are forgiven, so `CC BY-NC-ND 4.0` (the short
 * code a CMS may store) reads the same. Anything else warns and is kept as text.
 */
export function parseLicense(host: Element, value: string | null | undefined): License {
  const written = value?.trim() ?? '';
  const code = written.toLowerCase().replace(/[\s_]+/g, '-');
  if (code === '' || code === 'all-rights-reserved') return { kind: 'all-rights-reserved' };
  if (code === 'cc0' || code === 'cc0-1.0') return { kind: 'cc', tool: 'zero', version: '1.0', elements: [] };
  // `by-nc-nd-4.0` without its `cc-` is unambiguous too.
  const match = /^(?:cc-)?(by[a-z-]*)-(4\.0|3\.0)$/.exec(code);
  if (match && TOOLS.includes(match[1]!)) {
    const tool = match[1]!;
    return { kind: 'cc', tool, version: match[2] as '4.0' | '3.0', elements: tool.split('-') as CcElement[] };
  }
  warn(
    host,
    'license',
    `${quote(written)} is not a license code this notice knows (all-rights-reserved, cc-by-4.0 … cc-by-nc-nd-4.0, their 3.0 versions, cc0-1.0); it is shown as written, without a link.`,
  );
  return { kind: 'unknown', text: written };
}

/** The standard short code: `CC BY-NC-ND 4.0`, `CC0 1.0`. */
export function shortCode(license: CreativeCommons): string {
  return license.tool === 'zero' ? `CC0 ${license.version}` : `CC ${license.tool.toUpperCase()} ${license.version}`;
}

/**
 * The languages creativecommons.org offers its deeds in (the human-readable
 * summary a `rel="license"` link points to). Chinese comes in two scripts,
 * `zh-hans` and `zh-hant`; Portuguese and Serbian have regional variants.
 */
const DEED_LANGUAGES = new Set([
  'ar', 'be', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'eo', 'es', 'eu', 'fa', 'fi', 'fr', 'fy', 'ga', 'gl',
  'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'mi', 'ms', 'nl', 'no', 'oc', 'pl', 'pt', 'pt-br',
  'ro', 'ru', 'si', 'sk', 'sl', 'sr', 'sr-latn', 'sv', 'tr', 'uk', 'zh-hans', 'zh-hant',
]);

/** The deed language for a BCP 47 tag: zh-TW/HK/MO and zh-Hant read the Traditional deed, other Chinese the Simplified one. */
export function deedLanguage(lang: string): string {
  const [language = 'en', ...subtags] = lang.toLowerCase().split('-');
  if (language === 'zh') {
    const traditional = subtags.includes('hant') || (!subtags.includes('hans') && subtags.some((s) => s === 'tw' || s === 'hk' || s === 'mo'));
    return traditional ? 'zh-hant' : 'zh-hans';
  }
  const regional = `${language}-${subtags.find((s) => s.length === 2 || s === 'latn') ?? ''}`;
  if (DEED_LANGUAGES.has(regional)) return regional;
  return DEED_LANGUAGES.has(language) ? language : 'en';
}

/** The deed's URL in the reader's language, e.g. https://creativecommons.org/licenses/by-nc-nd/4.0/deed.zh-hans */
export function deedUrl(license: CreativeCommons, lang: string): string {
  const path = license.tool === 'zero' ? `publicdomain/zero/${license.version}` : `licenses/${license.tool}/${license.version}`;
  return `https://creativecommons.org/${path}/deed.${deedLanguage(lang)}`;
}
