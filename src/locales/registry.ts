/**
 * The string tables every tag reads through its LocaleController.
 *
 * Each tag keeps its strings in its own module here (post-nav.ts,
 * report-dialog.ts …) and adds them with `addBuiltinStrings`, so a page that
 * loads one tag ships only that tag's strings. Each module widens
 * `FolioStrings` by declaration merging, which keeps `term()` typed.
 */
import { canonicalLang, languageTag } from '../core/language.js';
import { quote } from '../core/warn.js';

/** Every locale that ships built in; each table must have the same keys. */
export const BUILTIN_LOCALES = ['zh-CN', 'zh-TW', 'en', 'ja'] as const;
export type BuiltinLocale = (typeof BUILTIN_LOCALES)[number];

/** The strings (and locale-specific formats) that tags look up. Widened by each tag's strings module. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface FolioStrings {}

export type StringKey = keyof FolioStrings;

const builtin = new Map<string, Record<string, unknown>>();
const overrides = new Map<string, Record<string, unknown>>();
const listeners = new Set<() => void>();

/** For string modules: adds one tag's tables for all built-in locales at once, so none can be forgotten. */
export function addBuiltinStrings<T extends object>(tables: Record<BuiltinLocale, T>): void {
  for (const code of BUILTIN_LOCALES) {
    builtin.set(code, { ...builtin.get(code), ...tables[code] });
  }
}

/**
 * Adds a locale, or overrides strings of an existing one. Strings missing from
 * a new locale fall back to its base language, then to English. Elements on
 * the page re-render at once.
 *
 * @example registerLocale('fr', { postNavPrevious: 'Article précédent' })
 * @example registerLocale('zh-CN', { relatedHeading: '猜你喜欢' })
 */
export function registerLocale(code: string, strings: Partial<FolioStrings>): void {
  const key = languageTag(code);
  if (!key) {
    // Never under a guessed code: English, say, would have its strings replaced.
    console.warn(
      `registerLocale: ${quote(code)} is not a language tag (e.g. fr, pt-BR); the strings were not registered.`,
    );
    return;
  }
  overrides.set(key, { ...overrides.get(key), ...strings });
  for (const listener of listeners) listener();
}

/** Lets controllers re-render when a site registers strings after the page rendered. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The tables to consult for `lang`, most specific first: the exact code, the
 * built-in it maps to (zh-HK → zh-TW, zh-SG → zh-CN, zh-Hant → zh-TW …), its
 * base language, and English last.
 */
export function localeChain(lang: string): readonly string[] {
  // Every string lookup asks, and Intl.getCanonicalLocales is not cheap (a server rendering
  // pages spent 5% of its time here): remember the few languages a page or server sees.
  let chain = chains.get(lang);
  if (!chain) {
    const code = canonicalLang(lang);
    chain = [...new Set([code, chineseTable(code) ?? '', code.split('-')[0]!, 'en'].filter(Boolean))];
    if (chains.size >= 64) chains.clear();
    chains.set(lang, chain);
  }
  return chain;
}
const chains = new Map<string, readonly string[]>();

/** The built-in Chinese table for a Chinese tag: Traditional script or a Traditional-writing region → zh-TW. */
function chineseTable(code: string): BuiltinLocale | undefined {
  const [language, ...subtags] = code.split('-');
  if (language !== 'zh') return undefined;
  if (subtags.includes('Hant')) return 'zh-TW';
  if (subtags.includes('Hans')) return 'zh-CN';
  return subtags.some((s) => s === 'TW' || s === 'HK' || s === 'MO') ? 'zh-TW' : 'zh-CN';
}

/** The first built-in or registered table in `lang`'s chain; its code is the locale strings are shown in. */
export function resolveLocale(lang: string): string {
  return localeChain(lang).find((code) => builtin.has(code) || overrides.has(code)) ?? 'en';
}

/** Looks a key up along `lang`'s chain, overrides before built-ins at each step. */
export function lookup<K extends StringKey>(lang: string, key: K): FolioStrings[K] | undefined {
  for (const code of localeChain(lang)) {
    const value = overrides.get(code)?.[key] ?? builtin.get(code)?.[key];
    if (value !== undefined) return value as FolioStrings[K];
  }
  return undefined;
}

/** The built-in table of one locale as it stands (for completeness tests and docs). */
export function builtinTable(code: BuiltinLocale): Readonly<Record<string, unknown>> {
  return builtin.get(code) ?? {};
}
